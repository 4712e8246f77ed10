import type { EntityManager } from 'typeorm';

export async function countOpenedBids(m: EntityManager, tenderId: string): Promise<number> {
  const [{ n }] = await m.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM bids WHERE tender_id = $1 AND opened_content IS NOT NULL',
    [tenderId],
  );
  return n;
}

/** The current sealed version of every submitted bid, in submission order. */
export function submittedSealedBoxes(
  m: EntityManager,
  tenderId: string,
): Promise<{ id: string; box: Buffer }[]> {
  return m.query<{ id: string; box: Buffer }[]>(
    `SELECT b.id, v.sealed_content AS box FROM bids b
     JOIN bid_versions v ON v.bid_id = b.id AND v.version = b.version
     WHERE b.tender_id = $1 AND b.status = 'submitted' ORDER BY b.submitted_at, b.id`,
    [tenderId],
  );
}

/** One statement for all bids: a round trip per bid made a 10,000-bid opening take seconds. */
export async function storeOpenedContents(
  m: EntityManager,
  ids: string[],
  contents: string[],
): Promise<void> {
  await m.query(
    `UPDATE bids b SET opened_content = o.content
     FROM unnest($1::uuid[], $2::jsonb[]) AS o(id, content) WHERE b.id = o.id`,
    [ids, contents],
  );
}

export function submittedBidDocumentIds(
  m: EntityManager,
  tenderId: string,
): Promise<{ id: string }[]> {
  return m.query<{ id: string }[]>(
    `SELECT d.id FROM bid_documents d JOIN bids b ON b.id = d.bid_id
     WHERE b.tender_id = $1 AND b.status = 'submitted' ORDER BY d.uploaded_at, d.id`,
    [tenderId],
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
