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
 * Automatic admission (DOMAIN.md §6), evaluation's rule: for each opened bid, in order,
 * every offset condition it fails (none: admitted).
 */
export type AdmissionRule = (opened: readonly OpenedBid[]) => Promise<Finding[][]>;

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
 * tenders falling due together open in one pass: a statement per step, not per tender.
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

  const boxesOf = new Map<string, { id: string; box: Buffer }[]>(closing.map((id) => [id, []]));
  for (const r of await submittedSealedBoxes(m, closing)) boxesOf.get(r.tender_id)?.push(r);
  const contents = closing.flatMap((tenderId) => {
    const boxes = boxesOf.get(tenderId) ?? [];
    const key = states.get(tenderId)?.key as Buffer;
    return openSealedBoxes(
      sealingKey,
      tenderId,
      key,
      boxes.map((r) => ({ box: r.box, boundTo: r.id })),
    ).map((plaintext, i) => ({
      bidId: boxes[i].id,
      tenderId,
      content: plaintext.toString('utf8'),
    }));
  });
  const findings = await admission(
    contents.map((c) => ({ ...c, content: JSON.parse(c.content) as BidContent })),
  );
  const decisions = contents.map((c, i) => ({ ...c, reasons: findings[i] }));
  // Documents first: they are found by their bids' being still `submitted`.
  await openBidDocuments(m, closing, sealingKey, states);
  await recordOpenedBids(m, decisions, at);
  for (const d of decisions) {
    const opening = openings.get(d.tenderId) as TenderOpening;
    opening.bidsCount += 1;
    if (d.reasons.length === 0) opening.admitted += 1;
  }
  await recordBidsOpened(
    m,
    closing.map((id) => ({ tenderId: id, bidsCount: openings.get(id)?.bidsCount ?? 0 })),
    at,
  );
  return openings;
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
