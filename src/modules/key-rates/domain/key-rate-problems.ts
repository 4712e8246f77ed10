import { refusal, type FieldError } from '../../../common/errors/field-refusal';
import { isIsoDate, yearOf } from '../../calendar';
import { KEY_RATE_PCT_PATTERN } from './key-rate-pct';

/**
 * What is wrong with a key rate to record: the day must be a real 'YYYY-MM-DD' date (years
 * 2000–2100, like the working calendar) and the rate 0 to 99.99 % with at most 2 decimals,
 * the bounds of the table's numeric(5,2) check. In the validation pipe's shape.
 */
export function keyRateProblems(rate: { effectiveFrom: string; ratePct: string }): FieldError[] {
  const problems: FieldError[] = [];
  if (!isIsoDate(rate.effectiveFrom)) {
    problems.push(
      refusal('effectiveFrom', 'must be a calendar date written YYYY-MM-DD', 'isIsoDate'),
    );
  } else if (yearOf(rate.effectiveFrom) < 2000 || yearOf(rate.effectiveFrom) > 2100) {
    problems.push(
      refusal(
        'effectiveFrom',
        'must be a date in the years 2000 to 2100',
        'yearBetween',
        2000,
        2100,
      ),
    );
  }
  if (!KEY_RATE_PCT_PATTERN.test(rate.ratePct)) {
    problems.push(
      refusal(
        'ratePct',
        'must be percent per year from 0 to 99.99 with at most 2 decimals, e.g. "16.00"',
        'isKeyRatePct',
      ),
    );
  }
  return problems;
}
