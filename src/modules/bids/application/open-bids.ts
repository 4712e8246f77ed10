import type { EntityManager } from 'typeorm';
import { openSealedBoxes } from '../../../common/seal/sealed-box';
import { unpackDocument } from '../domain/sealed-document';

/**
 * The opening step (DOMAIN.md §5), the one caller of openSealedBoxes: at the submission
 * deadline the tender's data key is unwrapped and the current version of every submitted
 * bid is decrypted, with the documents of those bids. Withdrawn and still-invalidated
 * bids are never opened, nor their documents. Runs in the caller's transaction, which
 * must hold the tender FOR UPDATE (the closing transition).
 * Returns the number of bids opened: the tender's bidsCount.
 */
export async function openBids(
  m: EntityManager,
  tenderId: string,
  sealingKey: Buffer,
  at: Date,
): Promise<number> {
  const [tender] = await m.query<{ key: Buffer | null; opened: Date | null }[]>(
    'SELECT seal_private_key_wrapped AS key, bids_opened_at AS opened FROM tenders WHERE id = $1',
    [tenderId],
  );
  if (!tender?.key) throw new Error(`tender ${tenderId} has no seal key`);
  if (tender.opened) {
    const [{ n }] = await m.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM bids WHERE tender_id = $1 AND opened_content IS NOT NULL',
      [tenderId],
    );
    return n; // already opened: running twice changes nothing
  }
  const rows = await m.query<{ id: string; box: Buffer }[]>(
    `SELECT b.id, v.sealed_content AS box FROM bids b
     JOIN bid_versions v ON v.bid_id = b.id AND v.version = b.version
     WHERE b.tender_id = $1 AND b.status = 'submitted' ORDER BY b.submitted_at, b.id`,
    [tenderId],
  );
  const plaintexts = openSealedBoxes(
    sealingKey,
    tenderId,
    tender.key,
    rows.map((r) => ({ box: r.box, boundTo: r.id })),
  );
  // One statement for all bids: a round trip per bid made a 10,000-bid opening take seconds.
  await m.query(
    `UPDATE bids b SET opened_content = o.content
     FROM unnest($1::uuid[], $2::jsonb[]) AS o(id, content) WHERE b.id = o.id`,
    [rows.map((r) => r.id), plaintexts.map((p) => p.toString('utf8'))],
  );
  await openBidDocuments(m, tenderId, sealingKey, tender.key);
  await m.query('UPDATE tenders SET bids_opened_at = $2, bids_count = $3 WHERE id = $1', [
    tenderId,
    at,
    rows.length,
  ]);
  return rows.length;
}

/**
 * The documents of the bids just opened, one box at a time: a tender's documents may run
 * to gigabytes, so only one file is ever in memory. Each call unwraps the data key again,
 * which costs microseconds next to decrypting a file.
 */
async function openBidDocuments(
  m: EntityManager,
  tenderId: string,
  sealingKey: Buffer,
  wrappedKey: Buffer,
): Promise<void> {
  const documents = await m.query<{ id: string }[]>(
    `SELECT d.id FROM bid_documents d JOIN bids b ON b.id = d.bid_id
     WHERE b.tender_id = $1 AND b.status = 'submitted' ORDER BY d.uploaded_at, d.id`,
    [tenderId],
  );
  for (const { id } of documents) {
    const [{ box }] = await m.query<{ box: Buffer }[]>(
      'SELECT sealed_content AS box FROM bid_documents WHERE id = $1',
      [id],
    );
    const [plaintext] = openSealedBoxes(sealingKey, tenderId, wrappedKey, [{ box, boundTo: id }]);
    const document = unpackDocument(plaintext);
    await m.query(
      `UPDATE bid_documents
       SET opened_filename = $2, opened_content_type = $3, opened_content = $4 WHERE id = $1`,
      [id, document.filename, document.contentType, document.bytes],
    );
  }
}
