import type { EntityManager } from 'typeorm';

/** The ranked bids of the tender's final protocol, best rank first. */
export async function rankedBidsOfFinalProtocol(
  m: EntityManager,
  tenderId: string,
): Promise<string[]> {
  const rows = await m.query<{ bid_id: string }[]>(
    `SELECT x."bidId" AS bid_id FROM evaluation_protocols p
     CROSS JOIN LATERAL json_to_recordset(p.protocol->'bids') AS x("bidId" uuid, rank int)
     WHERE p.tender_id = $1 AND p.status = 'final' AND x.rank IS NOT NULL
     ORDER BY x.rank`,
    [tenderId],
  );
  return rows.map((r) => r.bid_id);
}
