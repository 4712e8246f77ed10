import { refusal, type FieldError } from '../../../common/errors/field-refusal';
import { addDays, endOfMoscowDay } from '../../calendar';

/** Days after a calendar year ends by which its production report is due (CONTRACT.md §4). */
export const PRODUCTION_REPORT_DAYS = 90;

/** The end of the Moscow day `days` after 31 December of `year`. */
export function productionReportDueAt(year: number, days = PRODUCTION_REPORT_DAYS): Date {
  return endOfMoscowDay(addDays(`${String(year).padStart(4, '0')}-12-31`, days));
}

export interface ProductionReportClock {
  /** Calendar years (Moscow) in which the contract had accepted deliveries. */
  deliveryYears: readonly number[];
  /** Years with an accepted report. */
  reportedYears: readonly number[];
  /** Years already recorded as missing. */
  missedYears: readonly number[];
}

/**
 * The years whose report falls missing next: each year with accepted deliveries and
 * neither an accepted report nor a recorded miss, due + 1 ms after its due date.
 */
export function productionReportsDue(
  clock: ProductionReportClock,
): { year: number; at: Date; dueAt: Date }[] {
  return clock.deliveryYears
    .filter((y) => !clock.reportedYears.includes(y) && !clock.missedYears.includes(y))
    .map((year) => {
      const dueAt = productionReportDueAt(year);
      return { year, dueAt, at: new Date(dueAt.getTime() + 1) };
    });
}

/**
 * Why a report is refused (400), or null: the year must have ended, the contract had
 * accepted deliveries in it, and every item named is the contract's.
 */
export function productionReportProblem(
  report: { year: number; producedByItem: Record<string, number> },
  ctx: { currentYear: number; deliveryYears: readonly number[]; itemCodes: readonly string[] },
): FieldError | null {
  const { year } = report;
  if (year >= ctx.currentYear)
    return refusal('year', `${year} has not ended yet`, 'yearNotEnded', year);
  if (!ctx.deliveryYears.includes(year)) {
    const message = `the contract had no accepted deliveries in ${year}`;
    return refusal('year', message, 'yearWithoutDeliveries', year);
  }
  for (const [code, units] of Object.entries(report.producedByItem)) {
    if (!ctx.itemCodes.includes(code))
      return refusal('producedByItem', `no item ${code}`, 'unknownItem', code);
    if (!Number.isInteger(units) || units < 0) {
      const message = `${code}: units must be a whole number ≥ 0`;
      return refusal('producedByItem', message, 'unitsWholeNonNegative', code);
    }
  }
  return null;
}
