import type { DataSource, EntityManager } from 'typeorm';
import { protocolInputsChanged } from './kept-protocol.store';

export async function insertPendingAward(
  m: EntityManager,
  award: {
    id: string;
    tenderId: string;
    bidId: string;
    awardedBy: string;
    at: Date;
    standstillEndsAt: Date;
  },
): Promise<void> {
  await m.query(
    `INSERT INTO awards (id, tender_id, bid_id, status, awarded_by, awarded_at, standstill_ends_at)
     VALUES ($1, $2, $3, 'pending', $4, $5, $6)`,
    [award.id, award.tenderId, award.bidId, award.awardedBy, award.at, award.standstillEndsAt],
  );
}

export async function insertDeclaration(
  m: EntityManager,
  d: {
    tenderId: string;
    memberId: string;
    conflictOfInterest: boolean;
    note: string | null;
    at: Date;
  },
): Promise<void> {
  await m.query(
    `INSERT INTO commission_declarations (tender_id, member_id, conflict_of_interest, note, declared_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [d.tenderId, d.memberId, d.conflictOfInterest, d.note, d.at],
  );
  // A declaration decides who must score: whether the expert scores are complete.
  await protocolInputsChanged(m, [d.tenderId]);
}

export async function declarationOf(
  m: EntityManager,
  tenderId: string,
  memberId: string,
): Promise<{ conflict_of_interest: boolean } | undefined> {
  const [declaration] = await m.query<{ conflict_of_interest: boolean }[]>(
    'SELECT conflict_of_interest FROM commission_declarations WHERE tender_id = $1 AND member_id = $2',
    [tenderId, memberId],
  );
  return declaration;
}

/**
 * Of the commission, the members who must score: all but those who declared a conflict.
 * The commission comes from the tender (owned by tenders), passed in by id.
 */
export async function membersWithoutConflict(
  m: EntityManager,
  tenderId: string,
  commission: string[],
): Promise<string[]> {
  const rows = await m.query<{ member_id: string }[]>(
    `SELECT unnest($2::uuid[]) AS member_id
     EXCEPT SELECT member_id FROM commission_declarations WHERE tender_id = $1 AND conflict_of_interest`,
    [tenderId, commission],
  );
  return rows.map((r) => r.member_id);
}

/** A member's score, revised in place until the award. */
export async function upsertExpertScore(
  m: EntityManager,
  s: {
    tenderId: string;
    bidId: string;
    memberId: string;
    criterion: string;
    score: number;
    at: Date;
  },
): Promise<void> {
  await m.query(
    `INSERT INTO expert_scores (tender_id, bid_id, member_id, criterion, score, scored_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (bid_id, member_id, criterion) DO UPDATE SET score = EXCLUDED.score, scored_at = EXCLUDED.scored_at`,
    [s.tenderId, s.bidId, s.memberId, s.criterion, s.score, s.at],
  );
  await protocolInputsChanged(m, [s.tenderId]);
}

export function technologyScores(
  m: EntityManager,
  tenderId: string,
): Promise<{ bid_id: string; member_id: string; score: string }[]> {
  return m.query<{ bid_id: string; member_id: string; score: string }[]>(
    `SELECT bid_id, member_id, score FROM expert_scores WHERE tender_id = $1 AND criterion = 'technology'`,
    [tenderId],
  );
}

/** The final protocol's JSON as stored (without status), as text: answered as it is. */
export async function finalProtocolJson(
  db: DataSource,
  tenderId: string,
): Promise<string | undefined> {
  const [final] = await db.query<{ json: string }[]>(
    `SELECT protocol::text AS json FROM evaluation_protocols WHERE tender_id = $1 AND status = 'final'`,
    [tenderId],
  );
  return final?.json;
}
