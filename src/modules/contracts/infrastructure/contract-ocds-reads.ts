import type { EntityManager } from 'typeorm';

export interface ContractOfTender {
  id: string;
  status: string;
  valueRub: string;
  bidId: string;
}

/** Every contract of a tender, in the order they were opened. */
export function contractsOfTender(m: EntityManager, tenderId: string): Promise<ContractOfTender[]> {
  return m.query<ContractOfTender[]>(
    `SELECT c.id, c.status, c.value_rub AS "valueRub", c.bid_id AS "bidId"
     FROM contracts c WHERE c.tender_id = $1 ORDER BY c.created_at, c.id`,
    [tenderId],
  );
}

export interface MilestoneOfTender {
  id: string;
  contractId: string;
  title: string;
  dueDate: Date;
  status: string;
  metAt: Date | null;
}

/** The milestones of every contract of a tender, in their order within a contract. */
export function milestonesOfTender(
  m: EntityManager,
  tenderId: string,
): Promise<MilestoneOfTender[]> {
  return m.query<MilestoneOfTender[]>(
    `SELECT m.id, m.contract_id AS "contractId", m.title, m.due_date AS "dueDate",
            m.status, m.met_at AS "metAt"
     FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id
     WHERE c.tender_id = $1 ORDER BY m.position`,
    [tenderId],
  );
}

/** Ids (as text, as audit records name entities) of a tender's contracts. */
export async function contractIdsOfTender(m: EntityManager, tenderId: string): Promise<string[]> {
  const rows = await m.query<{ id: string }[]>(
    'SELECT k.id::text AS id FROM contracts k WHERE k.tender_id::text = $1',
    [tenderId],
  );
  return rows.map((r) => r.id);
}

/**
 * The tender of each contract and of each milestone's contract, keyed by the id as given
 * (text, as audit records name entities; unknown ids are absent).
 */
export async function tendersOfContractsAndMilestones(
  m: EntityManager,
  contractIds: string[],
  milestoneIds: string[],
): Promise<{ byContract: Map<string, string>; byMilestone: Map<string, string> }> {
  const byContract = new Map<string, string>();
  const byMilestone = new Map<string, string>();
  if (contractIds.length === 0 && milestoneIds.length === 0) return { byContract, byMilestone };
  const rows = await m.query<{ kind: 'contract' | 'milestone'; id: string; tender_id: string }[]>(
    `SELECT 'contract' AS kind, k.id::text AS id, k.tender_id FROM contracts k
     WHERE k.id::text = ANY($1::text[])
     UNION ALL
     SELECT 'milestone', m.id::text, k.tender_id
     FROM contract_milestones m JOIN contracts k ON k.id = m.contract_id
     WHERE m.id::text = ANY($2::text[])`,
    [contractIds, milestoneIds],
  );
  for (const r of rows) (r.kind === 'contract' ? byContract : byMilestone).set(r.id, r.tender_id);
  return { byContract, byMilestone };
}
