import { defaultNonWorkingDays } from './default-non-working-days';
import { WorkingCalendar } from './working-calendar';

describe('a year with no rows in the table', () => {
  const calendar = new WorkingCalendar(new Map([[2026, ['2026-01-01']]]));

  it('uses weekends plus the fixed holidays (2030: 104 weekend days + 11 weekday holidays)', () => {
    const days = defaultNonWorkingDays(2030);
    expect(days).toHaveLength(115);
    expect(days.slice(0, 8)).toEqual([
      '2030-01-01',
      '2030-01-02',
      '2030-01-03',
      '2030-01-04',
      '2030-01-05',
      '2030-01-06',
      '2030-01-07',
      '2030-01-08',
    ]);
    expect(days).toEqual(expect.arrayContaining(['2030-03-08', '2030-11-04', '2030-12-29']));
    expect(calendar.hasYear(2030)).toBe(false);
    expect([...calendar.nonWorkingDays(2030)]).toEqual(days);
  });

  it('knows no transfers: Wednesday 9 Jan 2030 works, and Saturday 23 Feb 2030 moves nothing', () => {
    expect(calendar.isWorkingDay('2030-01-09')).toBe(true);
    expect(calendar.isWorkingDay('2030-02-23')).toBe(false);
    expect(calendar.isWorkingDay('2030-02-25')).toBe(true);
    expect(calendar.isWorkingDay('2030-03-08')).toBe(false);
  });

  it('is not mixed into a year that has rows: the table alone decides 2026', () => {
    expect(calendar.hasYear(2026)).toBe(true);
    expect(calendar.isWorkingDay('2026-01-01')).toBe(false);
    // Not listed, so working, although a Saturday: how a working Saturday is stored.
    expect(calendar.isWorkingDay('2026-01-03')).toBe(true);
  });

  it('lists a leap year 29 February only when it exists', () => {
    expect(defaultNonWorkingDays(2028)).not.toContain('2028-02-29'); // a Tuesday
    expect(defaultNonWorkingDays(2032)).toContain('2032-02-29'); // a Sunday
  });
});
