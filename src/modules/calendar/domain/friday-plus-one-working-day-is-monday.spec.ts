import { WorkingCalendar } from './working-calendar';

// Table rows for the few weeks these scenarios touch: weekends plus the days off.
const calendar = new WorkingCalendar(
  new Map([
    [
      2026,
      [
        ...['2026-02-21', '2026-02-22', '2026-02-23'], // Sat, Sun, Defender of the Fatherland Day
        ...['2026-05-09', '2026-05-10', '2026-05-11'], // Victory Day on a Saturday → Monday off
        ...['2026-11-28', '2026-11-29'],
        ...['2026-11-21', '2026-11-22'],
      ],
    ],
    [
      2027,
      [
        ...['2027-05-01', '2027-05-02', '2027-05-03'], // 1 May on a Saturday → Monday off
        ...['2027-06-12', '2027-06-13', '2027-06-14'], // 12 June on a Saturday → Monday off
      ],
    ],
  ]),
);
const at = (iso: string) => new Date(iso);

describe('a Friday plus 1 working day', () => {
  it('is the next Monday, ending 23:59:59.999 Moscow', () => {
    // Friday 27 Nov 2026, 12:00 Moscow.
    expect(calendar.addWorkingDays(at('2026-11-27T09:00:00.000Z'), 1).toISOString()).toBe(
      '2026-11-30T20:59:59.999Z',
    );
  });

  it('is Tuesday when the Monday is a holiday (23 Feb 2026)', () => {
    expect(calendar.addWorkingDays(at('2026-02-20T09:00:00.000Z'), 1).toISOString()).toBe(
      '2026-02-24T20:59:59.999Z',
    );
  });

  it('is Tuesday when a Saturday holiday moved to the Monday (9 May 2026, 1 May 2027)', () => {
    expect(calendar.addWorkingDays(at('2026-05-08T09:00:00.000Z'), 1).toISOString()).toBe(
      '2026-05-12T20:59:59.999Z',
    );
    expect(calendar.addWorkingDays(at('2027-04-30T09:00:00.000Z'), 1).toISOString()).toBe(
      '2027-05-04T20:59:59.999Z',
    );
    expect(calendar.addWorkingDays(at('2027-06-11T09:00:00.000Z'), 1).toISOString()).toBe(
      '2027-06-15T20:59:59.999Z',
    );
  });

  it('counts from a day off as from any day: Saturday + 1 is Monday', () => {
    expect(calendar.addWorkingDays(at('2026-11-28T09:00:00.000Z'), 1).toISOString()).toBe(
      '2026-11-30T20:59:59.999Z',
    );
  });

  it('mirrors backwards: 1 working day before a Monday deadline is the Friday', () => {
    expect(calendar.workingDaysBefore(at('2026-11-30T09:00:00.000Z'), 1).toISOString()).toBe(
      '2026-11-27T20:59:59.999Z',
    );
    // 5 working days before Monday 30 Nov: Fri 27, Thu 26, Wed 25, Tue 24, Mon 23.
    expect(calendar.workingDaysBefore(at('2026-11-30T09:00:00.000Z'), 5).toISOString()).toBe(
      '2026-11-23T20:59:59.999Z',
    );
  });

  it('0 working days is the end of the same Moscow day; a negative count is refused', () => {
    expect(calendar.addWorkingDays(at('2026-11-27T09:00:00.000Z'), 0).toISOString()).toBe(
      '2026-11-27T20:59:59.999Z',
    );
    expect(() => calendar.addWorkingDays(at('2026-11-27T09:00:00.000Z'), -1)).toThrow(RangeError);
    expect(() => calendar.workingDaysBefore(at('2026-11-27T09:00:00.000Z'), 1.5)).toThrow(
      RangeError,
    );
  });
});
