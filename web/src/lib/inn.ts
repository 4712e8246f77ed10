const WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

export type InnState = 'empty' | 'incomplete' | 'invalid' | 'valid';

/** A 10-digit legal-entity INN: the last digit is the weighted sum mod 11 mod 10. */
export function innState(inn: string): InnState {
  if (inn === '') return 'empty';
  if (!/^\d*$/.test(inn) || inn.length > 10) return 'invalid';
  if (inn.length < 10) return 'incomplete';
  const digits = [...inn].map(Number);
  const check = (WEIGHTS.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11) % 10;
  return check === digits[9] ? 'valid' : 'invalid';
}
