import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { openWithDataKey, tenderDataKey } from '../../../common/seal/sealed-box';
import { appConfig, type AppConfig } from '../../../config/app-config';
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
 * next is decrypted and admitted, and only a couple of batches are ever in memory.
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
 * The opening step (DOMAIN.md §5), the one caller of the opening's decryption: at the
 * submission deadline each tender's data key is unwrapped and the current version of every
 * submitted bid is decrypted, with the documents of those bids. Withdrawn and
 * still-invalidated bids are never opened, nor their documents. Each opened bid is admitted
 * or rejected by the evaluation's rule and written once, content and decision together.
 * Runs in the caller's transaction, which must hold the tenders FOR UPDATE (the closing
 * transition). Many tenders falling due together open in one pass: a statement per step
 * and batch of bids, not per tender. The bids are read from one cursor, OPENING_BATCH at a
 * time: PostgreSQL reads the next batches and writes the last one while this thread
 * decrypts and admits a batch (10 µs a bid to decrypt; 70 µs in the seal's first format,
 * which a worker thread decrypted while this one admitted: BENCHMARKS.md, issue #19).
 */
@Injectable()
export class BidOpening {
  constructor(@Inject(appConfig.KEY) private readonly config: AppConfig) {}

  async open(
    m: EntityManager,
    tenderIds: readonly string[],
    at: Date,
    admission: AdmissionRule,
    /** Bids per batch; tests pass a few, so that every batching path runs. */
    batch = OPENING_BATCH,
  ): Promise<Map<string, TenderOpening>> {
    const states = await tenderSealStates(m, tenderIds);
    const dataKeys = new Map<string, Buffer>();
    for (const id of tenderIds) {
      const key = states.get(id)?.key;
      if (!key) throw new Error(`tender ${id} has no seal key`);
      dataKeys.set(id, tenderDataKey(this.config.sealingKey, id, key));
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
    await openBidDocuments(m, closing, dataKeys);
    const writes: Promise<void>[] = [];
    for await (const rows of submittedSealedBoxes(m, closing, batch)) {
      const decisions = openBatch(rows, dataKeys).map((bid) => {
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
}

/**
 * A batch of boxes (grouped by tender, as the cursor sorts them) opened with their tenders'
 * data keys: one openWithDataKey per tender's run, so a box of the seal's first format
 * parses the tender's private key once per run, not once per box.
 */
function openBatch(
  rows: readonly { id: string; tender_id: string; box: Buffer }[],
  dataKeys: Map<string, Buffer>,
): { bidId: string; tenderId: string; content: string }[] {
  const opened: { bidId: string; tenderId: string; content: string }[] = [];
  for (let start = 0; start < rows.length;) {
    const tenderId = rows[start].tender_id;
    let end = start + 1;
    while (end < rows.length && rows[end].tender_id === tenderId) end += 1;
    const run = rows.slice(start, end);
    const plaintexts = openWithDataKey(
      dataKeys.get(tenderId) as Buffer,
      run.map((r) => ({ box: r.box, boundTo: r.id })),
    );
    run.forEach((r, i) =>
      opened.push({ bidId: r.id, tenderId, content: plaintexts[i].toString('utf8') }),
    );
    start = end;
  }
  return opened;
}

/**
 * The documents of the bids just opened, one box at a time: a tender's documents may run
 * to gigabytes, so only one file is ever in memory.
 */
async function openBidDocuments(
  m: EntityManager,
  tenderIds: readonly string[],
  dataKeys: Map<string, Buffer>,
): Promise<void> {
  const documents = await submittedBidDocumentIds(m, tenderIds);
  for (const { id, tender_id: tenderId } of documents) {
    const box = await sealedDocumentBox(m, id);
    const dataKey = dataKeys.get(tenderId) as Buffer;
    const [plaintext] = openWithDataKey(dataKey, [{ box, boundTo: id }]);
    await storeOpenedDocument(m, id, unpackDocument(plaintext));
  }
}
