import Decimal from 'decimal.js';

/** API.md: rubles as a decimal string with at most 2 decimals, never a JSON number. */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;

/** An amount of rubles, exact to the kopeck. Never a float. */
export class Money {
  private constructor(private readonly amount: Decimal) {}

  static parse(value: string): Money {
    if (!MONEY_PATTERN.test(value)) throw new RangeError(`not a money amount: "${value}"`);
    return new Money(new Decimal(value));
  }

  static zero(): Money {
    return new Money(new Decimal(0));
  }

  plus(other: Money): Money {
    return new Money(this.amount.plus(other.amount));
  }

  compare(other: Money): -1 | 0 | 1 {
    return this.amount.comparedTo(other.amount) as -1 | 0 | 1;
  }

  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }

  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }

  /** Always two decimals, as API responses print money. */
  toString(): string {
    return this.amount.toFixed(2);
  }

  toJSON(): string {
    return this.toString();
  }
}
