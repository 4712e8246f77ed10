import { nonWorkingDaysProblems } from './non-working-days-problems';

describe("the admin's list of non-working days for a year", () => {
  it('accepts real dates of the year, in any order', () => {
    expect(nonWorkingDaysProblems(2028, ['2028-12-31', '2028-02-29', '2028-01-01'])).toEqual([]);
    expect(nonWorkingDaysProblems(2028, [])).toEqual([]);
  });

  it('names each bad entry by its index', () => {
    expect(
      nonWorkingDaysProblems(2027, [
        '2027-01-01',
        '2027-02-29', // not a leap year
        '2027-1-5',
        '2026-12-31',
        '2027-01-01',
        '2027-01-01T00:00:00Z',
      ]),
    ).toEqual([
      { field: 'nonWorkingDays[1]', errors: ['must be a calendar date written YYYY-MM-DD'] },
      { field: 'nonWorkingDays[2]', errors: ['must be a calendar date written YYYY-MM-DD'] },
      { field: 'nonWorkingDays[3]', errors: ['must be a date in 2027'] },
      { field: 'nonWorkingDays[4]', errors: ['2027-01-01 is listed more than once'] },
      { field: 'nonWorkingDays[5]', errors: ['must be a calendar date written YYYY-MM-DD'] },
    ]);
  });
});
