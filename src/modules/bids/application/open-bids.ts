import type { EntityManager } from 'typeorm';
import { openSealedBoxes } from '../../../common/seal/sealed-box';
import { recordBidsOpened, tenderSealState } from '../../tenders';
import { unpackDocument } from '../domain/sealed-document';
import {
  countOpenedBids,
  sealedDocumentBox,
  storeOpenedContents,
  storeOpenedDocument,
  submittedBidDocumentIds,
  submittedSealedBoxes,
} from '../infrastructure/bid-opening';

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
  const tender = await tenderSealState(m, tenderId);
  if (!tender?.key) throw new Error(`tender ${tenderId} has no seal key`);
  if (tender.opened) {
    return countOpenedBids(m, tenderId); // already opened: running twice changes nothing
  }
  const rows = await submittedSealedBoxes(m, tenderId);
  const plaintexts = openSealedBoxes(
    sealingKey,
    tenderId,
    tender.key,
    rows.map((r) => ({ box: r.box, boundTo: r.id })),
  );
  await storeOpenedContents(
    m,
    rows.map((r) => r.id),
    plaintexts.map((p) => p.toString('utf8')),
  );
  await openBidDocuments(m, tenderId, sealingKey, tender.key);
  await recordBidsOpened(m, tenderId, at, rows.length);
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
  const documents = await submittedBidDocumentIds(m, tenderId);
  for (const { id } of documents) {
    const box = await sealedDocumentBox(m, id);
    const [plaintext] = openSealedBoxes(sealingKey, tenderId, wrappedKey, [{ box, boundTo: id }]);
    const document = unpackDocument(plaintext);
    await storeOpenedDocument(m, id, document);
  }
}
