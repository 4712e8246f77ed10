import type { EntityManager } from 'typeorm';
import { openSealedBoxes } from '../../../common/seal/sealed-box';
import { recordBidsOpened, tenderSealStates } from '../../tenders';
import type { BidContent } from '../domain/bid-content';
import type { Finding } from '../domain/offset-findings';
import { unpackDocument } from '../domain/sealed-document';
import {
  countOpenedBids,
  sealedDocumentBox,
  storeOpenedDocument,
  submittedBidDocumentIds,
  submittedSealedBoxes,
} from '../infrastructure/bid-opening';
import { recordOpenedBids } from '../infrastructure/bid-status.writer';

export interface OpenedBid {
  bidId: string;
  tenderId: string;
  content: BidContent;
}

/**
 * Automatic admission (DOMAIN.md §6), evaluation's rule: prepared once for the tenders
 * being opened (it may read and write in the transaction), then, for each opened bid,
 * every offset condition it fails (none: admitted).
 */
export type AdmissionRule = (
  tenderIds: readonly string[],
) => Promise<(bid: OpenedBid) => Finding[]>;

/**
 * Bids decrypted, admitted and written per batch: the database writes one batch while the
 * next is decrypted, and only a couple of batches are ever in memory.
 */
const OPENING_BATCH = 1000;
/** Batches written but not yet acknowledged, at most: more would only hold memory. */
const WRITES_IN_FLIGHT = 2;

export interface TenderOpening {
  /** Live bids opened: the tender's bidsCount. */
  bidsCount: number;
  admitted: number;
}

/**
 * The opening step (DOMAIN.md §5), the one caller of openSealedBoxes: at the submission
 * deadline each tender's data key is unwrapped and the current version of every submitted
 * bid is decrypted, with the documents of those bids. Withdrawn and still-invalidated
 * bids are never opened, nor their documents. Each opened bid is admitted or rejected by
 * `admission` and written once, content and decision together. Runs in the caller's
 * transaction, which must hold the tenders FOR UPDATE (the closing transition). Many
 * tenders falling due together open in one pass: a statement per step and batch of bids,
 * not per tender. The bids are read from one cursor, OPENING_BATCH at a time; each batch
 * is written while the next is decrypted (PostgreSQL and Node on two CPUs at once).
 */
export async function openBids(
  m: EntityManager,
  tenderIds: readonly string[],
  sealingKey: Buffer,
  at: Date,
  admission: AdmissionRule,
): Promise<Map<string, TenderOpening>> {
  const states = await tenderSealStates(m, tenderIds);
  for (const id of tenderIds) {
    if (!states.get(id)?.key) throw new Error(`tender ${id} has no seal key`);
  }
  const openings = new Map(tenderIds.map((id) => [id, { bidsCount: 0, admitted: 0 }]));
  // Already opened: running twice changes nothing.
  const opened = tenderIds.filter((id) => states.get(id)?.opened);
  if (opened.length > 0) {
    for (const [id, n] of await countOpenedBids(m, opened)) {
      openings.set(id, { bidsCount: n, admitted: 0 });
    }
  }
  const closing = tenderIds.filter((id) => !states.get(id)?.opened);
  if (closing.length === 0) return openings;

  const admit = await admission(closing);
  // Documents first: they are found by their bids' being still `submitted`.
  await openBidDocuments(m, closing, sealingKey, states);
  const writes: Promise<void>[] = [];
  for await (const rows of submittedSealedBoxes(m, closing, OPENING_BATCH)) {
    const decisions = openBatch(rows, sealingKey, states).map((bid) => {
      const reasons = admit({ ...bid, content: JSON.parse(bid.content) as BidContent });
      const opening = openings.get(bid.tenderId) as TenderOpening;
      opening.bidsCount += 1;
      if (reasons.length === 0) opening.admitted += 1;
      return { ...bid, reasons };
    });
    if (writes.length >= WRITES_IN_FLIGHT) await writes.shift();
    const write = recordOpenedBids(m, decisions, at);
    // Awaited in turn; should the caller stop first, its own error is the one to report.
    write.catch(() => undefined);
    writes.push(write);
  }
  await Promise.all(writes);
  await recordBidsOpened(
    m,
    closing.map((id) => ({ tenderId: id, bidsCount: openings.get(id)?.bidsCount ?? 0 })),
    at,
  );
  return openings;
}

/**
 * One batch of boxes in submission order (grouped by tender, as the cursor sorts them),
 * each opened with its tender's data key: the content as decrypted, canonical JSON.
 */
function openBatch(
  rows: readonly { id: string; tender_id: string; box: Buffer }[],
  sealingKey: Buffer,
  states: Map<string, { key: Buffer | null }>,
): { bidId: string; tenderId: string; content: string }[] {
  const opened: { bidId: string; tenderId: string; content: string }[] = [];
  for (let start = 0; start < rows.length;) {
    const tenderId = rows[start].tender_id;
    let end = start + 1;
    while (end < rows.length && rows[end].tender_id === tenderId) end += 1;
    const boxes = rows.slice(start, end);
    const plaintexts = openSealedBoxes(
      sealingKey,
      tenderId,
      states.get(tenderId)?.key as Buffer,
      boxes.map((r) => ({ box: r.box, boundTo: r.id })),
    );
    boxes.forEach((r, i) =>
      opened.push({ bidId: r.id, tenderId, content: plaintexts[i].toString('utf8') }),
    );
    start = end;
  }
  return opened;
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
