import type { EntityManager } from 'typeorm';

/** How many bids each tender has opened (tenders with none are absent). */
export async function countOpenedBids(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await m.query<{ tender_id: string; n: number }[]>(
    `SELECT tender_id, count(*)::int AS n FROM bids
     WHERE tender_id = ANY($1::uuid[]) AND opened_content IS NOT NULL GROUP BY tender_id`,
    [tenderIds],
  );
  return new Map(rows.map((r) => [r.tender_id, r.n]));
}

const BOXES_CURSOR = 'opening_sealed_boxes';

/**
 * The current sealed version of every submitted bid of the tenders, in submission order,
 * `batch` rows at a time from one cursor (one query, planned and sorted once): only a
 * few batches of boxes are in memory. Only the bids are sorted, each box is fetched in
 * that order (the planner keeps the inner sort for the outer ORDER BY): sorting the boxes
 * too held the first batch back until every box was read (first FETCH of 3,635 bids 60 ms,
 * against 15 ms), and the decrypting thread with it. The following batches are asked for
 * before the caller gets this one, so the database reads them while the caller decrypts.
 * Closes the cursor when done; on an error the caller's transaction is rolled back, which
 * ends it.
 */
export async function* submittedSealedBoxes(
  m: EntityManager,
  tenderIds: readonly string[],
  batch: number,
): AsyncGenerator<{ id: string; tender_id: string; box: Buffer }[]> {
  await m.query(
    `DECLARE ${BOXES_CURSOR} NO SCROLL CURSOR FOR
     SELECT b.id, b.tender_id, v.sealed_content AS box
     FROM (
       SELECT id, tender_id, version, submitted_at FROM bids
       WHERE tender_id = ANY($1::uuid[]) AND status = 'submitted'
       ORDER BY tender_id, submitted_at, id
     ) b
     CROSS JOIN LATERAL (
       SELECT sealed_content FROM bid_versions WHERE bid_id = b.id AND version = b.version
     ) v
     ORDER BY b.tender_id, b.submitted_at, b.id`,
    [tenderIds],
  );
  const fetch = () => {
    const rows = m.query<{ id: string; tender_id: string; box: Buffer }[]>(
      `FETCH ${batch} FROM ${BOXES_CURSOR}`,
    );
    // Awaited below, unless the caller stops first: then its own error is the one to see.
    rows.catch(() => undefined);
    return rows;
  };
  // Two batches asked for ahead: the next FETCH then precedes the writes the caller queues
  // meanwhile, so a batch is ready when the caller is, not behind them.
  const ahead = [fetch(), fetch()];
  for (;;) {
    const rows = await (ahead.shift() as Promise<{ id: string; tender_id: string; box: Buffer }[]>);
    if (rows.length === 0) break;
    ahead.push(fetch());
    yield rows;
  }
  await m.query(`CLOSE ${BOXES_CURSOR}`);
}

export function submittedBidDocumentIds(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<{ id: string; tender_id: string }[]> {
  return m.query<{ id: string; tender_id: string }[]>(
    `SELECT d.id, b.tender_id FROM bid_documents d JOIN bids b ON b.id = d.bid_id
     WHERE b.tender_id = ANY($1::uuid[]) AND b.status = 'submitted'
     ORDER BY b.tender_id, d.uploaded_at, d.id`,
    [tenderIds],
  );
}

export async function sealedDocumentBox(m: EntityManager, id: string): Promise<Buffer> {
  const [{ box }] = await m.query<{ box: Buffer }[]>(
    'SELECT sealed_content AS box FROM bid_documents WHERE id = $1',
    [id],
  );
  return box;
}

export async function storeOpenedDocument(
  m: EntityManager,
  id: string,
  document: { filename: string; contentType: string; bytes: Buffer },
): Promise<void> {
  await m.query(
    `UPDATE bid_documents
     SET opened_filename = $2, opened_content_type = $3, opened_content = $4 WHERE id = $1`,
    [id, document.filename, document.contentType, document.bytes],
  );
}
