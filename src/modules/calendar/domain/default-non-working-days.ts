import { datesOfYear, dayOfWeek } from './calendar-date';

/**
 * Russian public holidays (Labour Code art. 112): 1–8 January (New Year holidays and
 * Christmas), 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. As 'MM-DD'.
 */
export const FIXED_HOLIDAYS: readonly string[] = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

/**
 * DOMAIN.md §2's fallback for a year the admin has not loaded: weekends plus the fixed
 * holidays, without the carry-overs and transfers that only the year's decree settles.
 */
export function defaultNonWorkingDays(year: number): string[] {
  return datesOfYear(year).filter((date) => {
    const weekday = dayOfWeek(date);
    return weekday === 0 || weekday === 6 || FIXED_HOLIDAYS.includes(date.slice(5));
  });
}
