import { isIsoDate, yearOf } from '../../calendar';
import { KEY_RATE_PCT_PATTERN } from './key-rate-pct';

/** The same shape as the validation pipe's details, so clients read one format. */
export interface KeyRateProblem {
  field: 'effectiveFrom' | 'ratePct';
  errors: string[];
}

/**
 * What is wrong with a key rate to record: the day must be a real 'YYYY-MM-DD' date (years
 * 2000–2100, like the working calendar) and the rate 0 to 99.99 % with at most 2 decimals,
 * the bounds of the table's numeric(5,2) check.
 */
export function keyRateProblems(rate: {
  effectiveFrom: string;
  ratePct: string;
}): KeyRateProblem[] {
  const problems: KeyRateProblem[] = [];
  if (!isIsoDate(rate.effectiveFrom)) {
    problems.push({
      field: 'effectiveFrom',
      errors: ['must be a calendar date written YYYY-MM-DD'],
    });
  } else if (yearOf(rate.effectiveFrom) < 2000 || yearOf(rate.effectiveFrom) > 2100) {
    problems.push({ field: 'effectiveFrom', errors: ['must be a date in the years 2000 to 2100'] });
  }
  if (!KEY_RATE_PCT_PATTERN.test(rate.ratePct)) {
    problems.push({
      field: 'ratePct',
      errors: ['must be percent per year from 0 to 99.99 with at most 2 decimals, e.g. "16.00"'],
    });
  }
  return problems;
}
