import type { EntityManager } from 'typeorm';
import { itemsOfTender, type SupplyItem } from '../domain/supply-plan';
import type { OffsetConditions, Subject } from './tender.entity';

/** The tender's status, its row locked for update; undefined when there is no such tender. */
export async function tenderStatusForUpdate(
  m: EntityManager,
  tenderId: string,
): Promise<{ status: string } | undefined> {
  const [tender] = await m.query<{ status: string }[]>(
    'SELECT status FROM tenders WHERE id = $1 FOR UPDATE',
    [tenderId],
  );
  return tender;
}

export interface TenderContractTerms {
  quantity: number;
  contract_years: number;
}

/** What a contract takes from its tender: the quantity supplied and the term in years. */
export async function tenderContractTerms(
  m: EntityManager,
  tenderId: string,
): Promise<TenderContractTerms> {
  const [terms] = await m.query<TenderContractTerms[]>(
    `SELECT (t.subject->>'quantity')::int AS quantity,
            (t.offset_conditions->>'contractYears')::int AS contract_years
     FROM tenders t WHERE t.id = $1`,
    [tenderId],
  );
  return terms;
}

/** The items the tender buys, with their plan per contract year (CONTRACT.md §1). */
export async function tenderSupplyItems(m: EntityManager, tenderId: string): Promise<SupplyItem[]> {
  const [row] = await m.query<
    {
      items: SupplyItem[] | null;
      subject: Subject;
      max_unit_price_rub: string;
      offset_conditions: OffsetConditions;
    }[]
  >('SELECT items, subject, max_unit_price_rub, offset_conditions FROM tenders WHERE id = $1', [
    tenderId,
  ]);
  return itemsOfTender({
    items: row.items,
    subject: row.subject,
    maxUnitPriceRub: row.max_unit_price_rub,
    offsetConditions: row.offset_conditions,
  });
}

/** The offset conditions' minimum investment, as numeric text. */
export async function tenderMinInvestment(m: EntityManager, tenderId: string): Promise<string> {
  const [row] = await m.query<{ min_investment_rub: string }[]>(
    `SELECT t.offset_conditions->>'minInvestmentRub' AS min_investment_rub
     FROM tenders t WHERE t.id = $1`,
    [tenderId],
  );
  return row.min_investment_rub;
}
