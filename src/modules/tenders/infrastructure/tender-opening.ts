import type { EntityManager } from 'typeorm';

export interface TenderSealState {
  key: Buffer | null;
  opened: Date | null;
}

/** Each tender's wrapped seal key and whether its bids were opened (unknown ids absent). */
export async function tenderSealStates(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<Map<string, TenderSealState>> {
  const rows = await m.query<(TenderSealState & { id: string })[]>(
    `SELECT id, seal_private_key_wrapped AS key, bids_opened_at AS opened
     FROM tenders WHERE id = ANY($1::uuid[])`,
    [tenderIds],
  );
  return new Map(rows.map(({ id, ...state }) => [id, state]));
}

export async function recordBidsOpened(
  m: EntityManager,
  opened: readonly { tenderId: string; bidsCount: number }[],
  at: Date,
): Promise<void> {
  if (opened.length === 0) return;
  await m.query(
    `UPDATE tenders t SET bids_opened_at = $1, bids_count = o.n
     FROM unnest($2::uuid[], $3::int[]) AS o(id, n) WHERE t.id = o.id`,
    [at, opened.map((o) => o.tenderId), opened.map((o) => o.bidsCount)],
  );
}
