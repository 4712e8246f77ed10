import type { EntityManager } from 'typeorm';

export interface TenderSealState {
  key: Buffer | null;
  opened: Date | null;
}

/** The wrapped seal key and whether bids were opened; undefined for an unknown tender. */
export async function tenderSealState(
  m: EntityManager,
  tenderId: string,
): Promise<TenderSealState | undefined> {
  const [tender] = await m.query<TenderSealState[]>(
    'SELECT seal_private_key_wrapped AS key, bids_opened_at AS opened FROM tenders WHERE id = $1',
    [tenderId],
  );
  return tender;
}

export async function recordBidsOpened(
  m: EntityManager,
  tenderId: string,
  at: Date,
  bidsCount: number,
): Promise<void> {
  await m.query('UPDATE tenders SET bids_opened_at = $2, bids_count = $3 WHERE id = $1', [
    tenderId,
    at,
    bidsCount,
  ]);
}
