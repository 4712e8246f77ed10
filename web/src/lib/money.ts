/** Money as the API has it: a decimal string of rubles, at most 2 decimals. Exact, in kopecks. */
export function toKopecks(value: string): bigint | null {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

export function fromKopecks(kopecks: bigint): string {
  const whole = kopecks / 100n;
  const part = (kopecks % 100n).toString().padStart(2, '0');
  return `${whole}.${part}`;
}

/** "3400000000" → "3400000000.00", as the API prints money. */
export function normalizeMoney(value: string): string {
  const k = toKopecks(value);
  return k === null ? value : fromKopecks(k);
}
