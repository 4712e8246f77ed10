import { endOfMoscowDay, moscowDate } from './moscow-time';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(
  new Map([[2026, ['2026-11-04', '2026-11-28', '2026-11-29', '2026-12-31']]]),
);
const at = (iso: string) => new Date(iso);

describe('the Moscow day (UTC+3) of an instant', () => {
  it('21:30Z on a date is already the next Moscow day', () => {
    expect(moscowDate(at('2026-11-26T21:30:00.000Z'))).toBe('2026-11-27');
    expect(moscowDate(at('2026-11-26T20:59:59.999Z'))).toBe('2026-11-26');
    expect(moscowDate(at('2026-11-26T21:00:00.000Z'))).toBe('2026-11-27');
  });

  it('crosses the year the same way: 31 Dec 21:00Z is 1 Jan in Moscow', () => {
    expect(moscowDate(at('2026-12-31T21:00:00.000Z'))).toBe('2027-01-01');
  });

  it('ends at 23:59:59.999 Moscow = 20:59:59.999Z', () => {
    expect(endOfMoscowDay('2026-11-26').toISOString()).toBe('2026-11-26T20:59:59.999Z');
    expect(endOfMoscowDay('2026-12-31').toISOString()).toBe('2026-12-31T20:59:59.999Z');
    expect(endOfMoscowDay('2028-02-29').toISOString()).toBe('2028-02-29T20:59:59.999Z');
  });

  it('decides whether an instant is working by its Moscow day', () => {
    // 3 Nov 23:59 Moscow is a working Tuesday; 30 minutes later it is Unity Day.
    expect(calendar.isWorkingInstant(at('2026-11-03T20:59:00.000Z'))).toBe(true);
    expect(calendar.isWorkingInstant(at('2026-11-03T21:30:00.000Z'))).toBe(false);
  });

  it('counts working days from the Moscow day, not the UTC one', () => {
    // Thursday 26 Nov 23:59 Moscow + 1 → Friday 27 Nov.
    expect(calendar.addWorkingDays(at('2026-11-26T20:59:00.000Z'), 1).toISOString()).toBe(
      '2026-11-27T20:59:59.999Z',
    );
    // 21:30Z on 26 Nov is Friday 00:30 Moscow: + 1 skips the weekend → Monday 30 Nov.
    expect(calendar.addWorkingDays(at('2026-11-26T21:30:00.000Z'), 1).toISOString()).toBe(
      '2026-11-30T20:59:59.999Z',
    );
    // A deadline at 00:30 Moscow on Monday 30 Nov: 1 working day before is Friday 27 Nov.
    expect(calendar.workingDaysBefore(at('2026-11-29T21:30:00.000Z'), 1).toISOString()).toBe(
      '2026-11-27T20:59:59.999Z',
    );
  });
});
