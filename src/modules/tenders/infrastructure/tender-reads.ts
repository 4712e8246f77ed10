import type { EntityManager } from 'typeorm';
import type { Criterion } from '../domain/criteria';
import type { TenderStatus } from '../domain/tender-status';
import { itemsOfTender, type SupplyItem } from '../domain/supply-plan';
import type { OffsetConditions, Subject } from './tender.entity';

export interface TenderEvaluationRow {
  id: string;
  status: TenderStatus;
  commission: string[];
  criteria: Criterion[];
  standstill_days: number;
}

/** The tender FOR UPDATE with what an evaluation step needs; undefined if unknown. */
export async function tenderForEvaluationForUpdate(
  m: EntityManager,
  tenderId: string,
): Promise<TenderEvaluationRow | undefined> {
  const [row] = await m.query<TenderEvaluationRow[]>(
    'SELECT id, status, commission, criteria, standstill_days FROM tenders WHERE id = $1 FOR UPDATE',
    [tenderId],
  );
  return row;
}

export interface TenderOffsetTerms {
  /** The one-line ceiling; null for a tender of several items. */
  max_unit_price_rub: string | null;
  offset_conditions: OffsetConditions;
  /** Each with its own ceiling and plan (CONTRACT.md §1). */
  items: SupplyItem[];
}

interface LinesRow {
  items: SupplyItem[] | null;
  subject: Subject | null;
  max_unit_price_rub: string | null;
  offset_conditions: OffsetConditions;
}

const itemsOfRow = (row: LinesRow) =>
  itemsOfTender({
    items: row.items,
    subject: row.subject,
    maxUnitPriceRub: row.max_unit_price_rub,
    offsetConditions: row.offset_conditions,
  });

/** Each tender's offset conditions and items, as automatic admission reads them. */
export async function tendersOffsetTerms(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<Map<string, TenderOffsetTerms>> {
  const rows = await m.query<(LinesRow & { id: string })[]>(
    `SELECT id, items, subject, max_unit_price_rub, offset_conditions
     FROM tenders WHERE id = ANY($1::uuid[])`,
    [tenderIds],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        max_unit_price_rub: row.max_unit_price_rub,
        offset_conditions: row.offset_conditions,
        items: itemsOfRow(row),
      },
    ]),
  );
}

/** The criteria, the commission and the items in one read: the protocol needs all three. */
export async function tenderCriteriaAndCommission(
  m: EntityManager,
  tenderId: string,
): Promise<{ criteria: Criterion[]; commission: string[]; items: SupplyItem[] }> {
  const [tender] = await m.query<(LinesRow & { criteria: Criterion[]; commission: string[] })[]>(
    `SELECT criteria, commission, items, subject, max_unit_price_rub, offset_conditions
     FROM tenders WHERE id = $1`,
    [tenderId],
  );
  return { criteria: tender.criteria, commission: tender.commission, items: itemsOfRow(tender) };
}
