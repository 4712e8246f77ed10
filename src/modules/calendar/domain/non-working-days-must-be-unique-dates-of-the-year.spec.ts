import { nonWorkingDaysProblems } from './non-working-days-problems';

const notADate = (index: number) => ({
  field: `nonWorkingDays[${index}]`,
  errors: ['must be a calendar date written YYYY-MM-DD'],
  constraints: [{ code: 'isIsoDate' }],
});

describe("the admin's list of non-working days for a year", () => {
  it('accepts real dates of the year, in any order', () => {
    expect(nonWorkingDaysProblems(2028, ['2028-12-31', '2028-02-29', '2028-01-01'])).toEqual([]);
    expect(nonWorkingDaysProblems(2028, [])).toEqual([]);
  });

  it('names each bad entry by its index and its rule', () => {
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
      notADate(1),
      notADate(2),
      {
        field: 'nonWorkingDays[3]',
        errors: ['must be a date in 2027'],
        constraints: [{ code: 'dateInYear', args: [2027] }],
      },
      {
        field: 'nonWorkingDays[4]',
        errors: ['2027-01-01 is listed more than once'],
        constraints: [{ code: 'dateRepeated', args: ['2027-01-01'] }],
      },
      notADate(5),
    ]);
  });
});
