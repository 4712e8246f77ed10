import type { EntityManager } from 'typeorm';
import { openSealedBoxes } from '../../../common/seal/sealed-box';
import { recordBidsOpened, tenderSealStates } from '../../tenders';
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
 * deadline each tender's data key is unwrapped and the current version of every submitted
 * bid is decrypted, with the documents of those bids. Withdrawn and still-invalidated
 * bids are never opened, nor their documents. Runs in the caller's transaction, which
 * must hold the tenders FOR UPDATE (the closing transition). Many tenders falling due
 * together open in one pass: a statement per step, not per tender.
 * Returns each tender's number of bids opened: its bidsCount.
 */
export async function openBids(
  m: EntityManager,
  tenderIds: readonly string[],
  sealingKey: Buffer,
  at: Date,
): Promise<Map<string, number>> {
  const states = await tenderSealStates(m, tenderIds);
  for (const id of tenderIds) {
    if (!states.get(id)?.key) throw new Error(`tender ${id} has no seal key`);
  }
  // Already opened: running twice changes nothing.
  const opened = tenderIds.filter((id) => states.get(id)?.opened);
  const counts = opened.length > 0 ? await countOpenedBids(m, opened) : new Map<string, number>();
  const closing = tenderIds.filter((id) => !states.get(id)?.opened);
  if (closing.length > 0) {
    const boxesOf = new Map<string, { id: string; box: Buffer }[]>(closing.map((id) => [id, []]));
    for (const r of await submittedSealedBoxes(m, closing)) boxesOf.get(r.tender_id)?.push(r);
    const contents = closing.flatMap((id) => {
      const boxes = boxesOf.get(id) ?? [];
      const key = states.get(id)?.key as Buffer;
      return openSealedBoxes(
        sealingKey,
        id,
        key,
        boxes.map((r) => ({ box: r.box, boundTo: r.id })),
      ).map((plaintext, i) => ({ bidId: boxes[i].id, content: plaintext.toString('utf8') }));
    });
    await storeOpenedContents(
      m,
      contents.map((c) => c.bidId),
      contents.map((c) => c.content),
    );
    await openBidDocuments(m, closing, sealingKey, states);
    for (const id of closing) counts.set(id, boxesOf.get(id)?.length ?? 0);
    await recordBidsOpened(
      m,
      closing.map((id) => ({ tenderId: id, bidsCount: counts.get(id) ?? 0 })),
      at,
    );
  }
  return new Map(tenderIds.map((id) => [id, counts.get(id) ?? 0]));
}

/**
 * The documents of the bids just opened, one box at a time: a tender's documents may run
 * to gigabytes, so only one file is ever in memory. Each call unwraps the data key again,
 * which costs microseconds next to decrypting a file.
 */
async function openBidDocuments(
  m: EntityManager,
  tenderIds: readonly string[],
  sealingKey: Buffer,
  states: Map<string, { key: Buffer | null }>,
): Promise<void> {
  const documents = await submittedBidDocumentIds(m, tenderIds);
  for (const { id, tender_id: tenderId } of documents) {
    const box = await sealedDocumentBox(m, id);
    const wrappedKey = states.get(tenderId)?.key as Buffer;
    const [plaintext] = openSealedBoxes(sealingKey, tenderId, wrappedKey, [{ box, boundTo: id }]);
    await storeOpenedDocument(m, id, unpackDocument(plaintext));
  }
}
