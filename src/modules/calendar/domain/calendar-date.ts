/**
 * Arithmetic on calendar dates written 'YYYY-MM-DD'. A date is a day, not an instant, so
 * it is computed at UTC midnight where no offset or DST can shift it to a neighbour.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** True for a real calendar date ('2026-02-30' and '2026-2-1' are not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date of the year, 1 Jan to 31 Dec. */
export function datesOfYear(year: number): string[] {
  const dates: string[] = [];
  const first = `${String(year).padStart(4, '0')}-01-01`;
  for (let date = first; yearOf(date) === year; date = addDays(date, 1)) dates.push(date);
  return dates;
}
