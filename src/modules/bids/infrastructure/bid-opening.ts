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

/** The current sealed version of every submitted bid of the tenders, in submission order. */
export function submittedSealedBoxes(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<{ id: string; tender_id: string; box: Buffer }[]> {
  return m.query<{ id: string; tender_id: string; box: Buffer }[]>(
    `SELECT b.id, b.tender_id, v.sealed_content AS box FROM bids b
     JOIN bid_versions v ON v.bid_id = b.id AND v.version = b.version
     WHERE b.tender_id = ANY($1::uuid[]) AND b.status = 'submitted'
     ORDER BY b.tender_id, b.submitted_at, b.id`,
    [tenderIds],
  );
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
