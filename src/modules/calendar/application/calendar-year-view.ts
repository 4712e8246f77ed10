import { defaultNonWorkingDays } from '../domain/default-non-working-days';

/** Where a year's days come from: the admin's table, or DOMAIN.md §2's fallback. */
export type CalendarSource = 'table' | 'default';

export interface CalendarYearView {
  year: number;
  source: CalendarSource;
  /** 'YYYY-MM-DD', ascending. */
  nonWorkingDays: string[];
}

/** A year with no stored rows answers with the fallback, marked as such. */
export function toCalendarYearView(year: number, stored: string[]): CalendarYearView {
  return stored.length > 0
    ? { year, source: 'table', nonWorkingDays: stored }
    : { year, source: 'default', nonWorkingDays: defaultNonWorkingDays(year) };
}
