import { addDays, yearOf } from './calendar-date';
import { defaultNonWorkingDays } from './default-non-working-days';
import { endOfMoscowDay, moscowDate } from './moscow-time';

/**
 * The working-day calendar (DOMAIN.md §2): a day is working unless the year's list names
 * it. Years the admin loaded use their list (decree transfers, working Saturdays); any
 * other year falls back to weekends plus the fixed holidays.
 */
export class WorkingCalendar {
  private readonly years = new Map<number, ReadonlySet<string>>();
  // Kept apart from `years` so hasYear still tells table rows from the fallback.
  private readonly fallbacks = new Map<number, ReadonlySet<string>>();

  constructor(nonWorkingByYear: ReadonlyMap<number, Iterable<string>> = new Map()) {
    for (const [year, dates] of nonWorkingByYear) this.years.set(year, new Set(dates));
  }

  /** Whether the year comes from the admin's table rather than the fallback. */
  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  nonWorkingDays(year: number): ReadonlySet<string> {
    let days = this.years.get(year) ?? this.fallbacks.get(year);
    if (!days) {
      days = new Set(defaultNonWorkingDays(year));
      this.fallbacks.set(year, days);
    }
    return days;
  }

  isWorkingDay(date: string): boolean {
    return !this.nonWorkingDays(yearOf(date)).has(date);
  }

  isWorkingInstant(instant: Date): boolean {
    return this.isWorkingDay(moscowDate(instant));
  }

  /**
   * The end (23:59:59.999 Moscow) of the n-th working day strictly after the Moscow day of
   * `from`: "answer due 2 working days after it was asked". n = 0 is the day of `from`.
   */
  addWorkingDays(from: Date, n: number): Date {
    return endOfMoscowDay(this.stepWorkingDays(moscowDate(from), n, 1));
  }

  /**
   * The end (23:59:59.999 Moscow) of the Moscow day n working days before the Moscow day
   * of `instant`: "amendments until 1 working day before the deadline".
   */
  workingDaysBefore(instant: Date, n: number): Date {
    return endOfMoscowDay(this.stepWorkingDays(moscowDate(instant), n, -1));
  }

  private stepWorkingDays(start: string, n: number, direction: 1 | -1): string {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`a count of working days must be a whole number >= 0, got ${n}`);
    }
    let date = start;
    for (let counted = 0; counted < n;) {
      date = addDays(date, direction);
      if (this.isWorkingDay(date)) counted += 1;
    }
    return date;
  }
}
