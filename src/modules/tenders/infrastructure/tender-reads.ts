import type { EntityManager } from 'typeorm';
import type { Criterion } from '../domain/criteria';
import type { TenderStatus } from '../domain/tender-status';
import type { OffsetConditions } from './tender.entity';

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
  max_unit_price_rub: string;
  offset_conditions: OffsetConditions;
}

export async function tenderOffsetTerms(
  m: EntityManager,
  tenderId: string,
): Promise<TenderOffsetTerms> {
  const [tender] = await m.query<TenderOffsetTerms[]>(
    'SELECT max_unit_price_rub, offset_conditions FROM tenders WHERE id = $1',
    [tenderId],
  );
  return tender;
}

/** The criteria and the commission in one read: the protocol needs both. */
export async function tenderCriteriaAndCommission(
  m: EntityManager,
  tenderId: string,
): Promise<{ criteria: Criterion[]; commission: string[] }> {
  const [tender] = await m.query<{ criteria: Criterion[]; commission: string[] }[]>(
    'SELECT criteria, commission FROM tenders WHERE id = $1',
    [tenderId],
  );
  return tender;
}
