import { isIsoDate, yearOf } from './calendar-date';

/** The same shape as the validation pipe's details, so clients read one format. */
export interface DateProblem {
  field: string;
  errors: string[];
}

/**
 * What is wrong with a year's list of non-working days: each entry must be a real
 * 'YYYY-MM-DD' date of that year, and none may repeat (a repeat is a typo for another day).
 */
export function nonWorkingDaysProblems(year: number, dates: readonly string[]): DateProblem[] {
  const seen = new Set<string>();
  const problems: DateProblem[] = [];
  dates.forEach((date, index) => {
    const errors: string[] = [];
    if (!isIsoDate(date)) errors.push('must be a calendar date written YYYY-MM-DD');
    else if (yearOf(date) !== year) errors.push(`must be a date in ${year}`);
    else if (seen.has(date)) errors.push(`${date} is listed more than once`);
    seen.add(date);
    if (errors.length > 0) problems.push({ field: `nonWorkingDays[${index}]`, errors });
  });
  return problems;
}
