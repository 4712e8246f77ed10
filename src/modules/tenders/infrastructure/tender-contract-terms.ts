import type { EntityManager } from 'typeorm';

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

/** The offset conditions' minimum investment, as numeric text. */
export async function tenderMinInvestment(m: EntityManager, tenderId: string): Promise<string> {
  const [row] = await m.query<{ min_investment_rub: string }[]>(
    `SELECT t.offset_conditions->>'minInvestmentRub' AS min_investment_rub
     FROM tenders t WHERE t.id = $1`,
    [tenderId],
  );
  return row.min_investment_rub;
}
