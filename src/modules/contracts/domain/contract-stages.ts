import Decimal from 'decimal.js';
import { addDays, moscowDate } from '../../calendar';
import { addMonths } from './contract-terms';

/** A tender item as the contract holds it: the winner's unit price and value (CONTRACT.md §2). */
export interface ContractItem {
  code: string;
  name: string;
  unit: string;
  unitPriceRub: string;
  /** quantityByYear[k - 1] is due in contract year k. */
  quantityByYear: number[];
  valueRub: string;
}

/** A contract year with supply: the law's stage of performance (этап). */
export interface ContractStage {
  year: number;
  /** First Moscow day of the year. */
  startsOn: string;
  /** Last Moscow day of the year: the day before the next year starts. */
  endsOn: string;
  /** Σ unit price × that year's quantity. */
  valueRub: string;
}

/**
 * CONTRACT.md §2: one stage per contract year with a non-zero quantity. Year k starts on the
 * Moscow day of signedAt + (k − 1) × 12 months (clamped like milestone due dates) and ends
 * the day before year k + 1 starts, so stages never share a day.
 */
export function stagesOf(items: readonly ContractItem[], signedAt: Date): ContractStage[] {
  const years = Math.max(0, ...items.map((i) => i.quantityByYear.length));
  const signedOn = new Date(`${moscowDate(signedAt)}T00:00:00Z`);
  const dayOf = (months: number) => addMonths(signedOn, months).toISOString().slice(0, 10);
  const stages: ContractStage[] = [];
  for (let year = 1; year <= years; year++) {
    const quantity = items.reduce((sum, i) => sum + (i.quantityByYear[year - 1] ?? 0), 0);
    if (quantity === 0) continue;
    const value = items.reduce(
      (sum, i) => sum.plus(new Decimal(i.unitPriceRub).times(i.quantityByYear[year - 1] ?? 0)),
      new Decimal(0),
    );
    stages.push({
      year,
      startsOn: dayOf((year - 1) * 12),
      endsOn: addDays(dayOf(year * 12), -1),
      valueRub: value.toFixed(2),
    });
  }
  return stages;
}

/** The stage whose days hold a Moscow date, if any. */
export function stageOfDate(
  stages: readonly ContractStage[],
  date: string,
): ContractStage | undefined {
  return stages.find((s) => s.startsOn <= date && date <= s.endsOn);
}
