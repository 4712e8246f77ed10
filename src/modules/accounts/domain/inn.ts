const WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/**
 * A Russian legal entity's taxpayer number (ИНН): 10 digits, the last a check digit
 * = (Σ digit_i × weight_i mod 11) mod 10 over the first nine.
 */
export class Inn {
  private constructor(readonly value: string) {}

  static isValid(candidate: string): boolean {
    if (!/^\d{10}$/.test(candidate)) return false;
    const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(candidate[i]), 0);
    return (sum % 11) % 10 === Number(candidate[9]);
  }

  /** Returns null for an invalid number, so callers choose their own error. */
  static parse(candidate: string): Inn | null {
    return Inn.isValid(candidate) ? new Inn(candidate) : null;
  }
}
