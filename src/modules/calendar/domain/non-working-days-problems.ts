import { refusal, type FieldError } from '../../../common/errors/field-refusal';
import { isIsoDate, yearOf } from './calendar-date';

/**
 * What is wrong with a year's list of non-working days, in the validation pipe's shape: each
 * entry must be a real 'YYYY-MM-DD' date of that year, and none may repeat (a repeat is a
 * typo for another day).
 */
export function nonWorkingDaysProblems(year: number, dates: readonly string[]): FieldError[] {
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  dates.forEach((date, index) => {
    const field = `nonWorkingDays[${index}]`;
    if (!isIsoDate(date)) {
      problems.push(refusal(field, 'must be a calendar date written YYYY-MM-DD', 'isIsoDate'));
    } else if (yearOf(date) !== year) {
      problems.push(refusal(field, `must be a date in ${year}`, 'dateInYear', year));
    } else if (seen.has(date)) {
      problems.push(refusal(field, `${date} is listed more than once`, 'dateRepeated', date));
    }
    seen.add(date);
  });
  return problems;
}
