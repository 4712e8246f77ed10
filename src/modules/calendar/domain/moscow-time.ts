/**
 * Moscow time (Europe/Moscow) has been UTC+3 all year since 2014, with no DST, so a fixed
 * offset is exact for every instant this system handles and needs no tz database.
 */
export const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** The Moscow calendar day of an instant, 'YYYY-MM-DD'. */
export function moscowDate(instant: Date): string {
  return new Date(instant.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

/** 23:59:59.999 Moscow time of the date: where a day-based deadline ends (DOMAIN.md §2). */
export function endOfMoscowDay(date: string): Date {
  const nextMidnightUtc = Date.parse(`${date}T00:00:00.000Z`) + 24 * 60 * 60 * 1000;
  return new Date(nextMidnightUtc - MOSCOW_OFFSET_MS - 1);
}
