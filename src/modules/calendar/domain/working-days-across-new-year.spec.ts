import { WorkingCalendar } from './working-calendar';

/** Saturdays and Sundays of a year, listed by hand-checkable arithmetic on UTC dates. */
function weekends(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    if (new Date(t).getUTCDay() % 6 === 0) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

const newYear = (year: number) => [1, 2, 3, 4, 5, 6, 7, 8].map((d) => `${year}-01-0${d}`);

// 2026 after Decree 1466 (Jan 3 → Jan 9, Jan 4 → Dec 31); 2027 without its decree.
const calendar = new WorkingCalendar(
  new Map([
    [2026, [...weekends(2026), ...newYear(2026), '2026-01-09', '2026-12-31']],
    [2027, [...weekends(2027), ...newYear(2027)]],
  ]),
);
const at = (iso: string) => new Date(iso);

describe('working days across the New Year holidays', () => {
  it('1 working day after Wednesday 30 Dec 2026 is Monday 11 Jan 2027', () => {
    // 31 Dec (transferred day off), 1–8 Jan (holidays), 9–10 Jan (weekend) are skipped.
    const due = calendar.addWorkingDays(at('2026-12-30T07:00:00.000Z'), 1);
    expect(due.toISOString()).toBe('2027-01-11T20:59:59.999Z');
  });

  it('2 working days after 30 Dec 2026 is Tuesday 12 Jan 2027', () => {
    expect(calendar.addWorkingDays(at('2026-12-30T07:00:00.000Z'), 2).toISOString()).toBe(
      '2027-01-12T20:59:59.999Z',
    );
  });

  it('1 working day before a deadline on Monday 11 Jan 2027 ends on Wednesday 30 Dec 2026', () => {
    const cutoff = calendar.workingDaysBefore(at('2027-01-11T09:00:00.000Z'), 1);
    expect(cutoff.toISOString()).toBe('2026-12-30T20:59:59.999Z');
  });

  it('treats the transferred days of 2026 as days off: Friday 9 Jan and Thursday 31 Dec', () => {
    expect(calendar.isWorkingDay('2026-01-09')).toBe(false);
    expect(calendar.isWorkingDay('2026-12-31')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-12')).toBe(true);
  });

  it('enters 2026 from 2025, a year with no rows, on Monday 12 Jan', () => {
    // 2025 uses the fallback, so its real day off on 31 Dec is unknown here: a working day.
    expect(calendar.addWorkingDays(at('2025-12-30T09:00:00.000Z'), 1).toISOString()).toBe(
      '2025-12-31T20:59:59.999Z',
    );
    expect(calendar.addWorkingDays(at('2025-12-31T09:00:00.000Z'), 1).toISOString()).toBe(
      '2026-01-12T20:59:59.999Z',
    );
  });
});
