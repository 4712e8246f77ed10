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
import { SealingWorker } from '../infrastructure/sealing-worker';

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
 * The opening step (DOMAIN.md §5), the one caller of the opening's decryption: at the
 * submission deadline each tender's data key is unwrapped and the current version of every
 * submitted bid is decrypted, with the documents of those bids. Withdrawn and
 * still-invalidated bids are never opened, nor their documents. Each opened bid is admitted
 * or rejected by the evaluation's rule and written once, content and decision together.
 * Runs in the caller's transaction, which must hold the tenders FOR UPDATE (the closing
 * transition). Many tenders falling due together open in one pass: a statement per step
 * and batch of bids, not per tender. The bids are read from one cursor, OPENING_BATCH at a
 * time, and three things run at once: PostgreSQL reads the next batches and writes the last
 * one, the sealing thread decrypts a batch (10 µs a bid; 70 µs in the seal's first format),
 * and this thread admits the batch before it. Queuing more batches on the thread (three) did
 * not open faster (interleaved, BENCHMARKS.md).
 */
@Injectable()
export class BidOpening {
  constructor(
    @Inject(appConfig.KEY) private readonly config: AppConfig,
    private readonly thread: SealingWorker,
  ) {}

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
    const admitAndWrite = async (bids: OpenedBatch) => {
      const decisions = bids.map((bid) => {
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
    };
    let decrypting: Promise<OpenedBatch> | undefined;
    for await (const rows of submittedSealedBoxes(m, closing, batch)) {
      const next = this.openOnThread(rows, dataKeys);
      next.catch(() => undefined); // awaited in turn, as the writes are
      if (decrypting) await admitAndWrite(await decrypting);
      decrypting = next;
    }
    if (decrypting) await admitAndWrite(await decrypting);
    await Promise.all(writes);
    await recordBidsOpened(
      m,
      closing.map((id) => ({ tenderId: id, bidsCount: openings.get(id)?.bidsCount ?? 0 })),
      at,
    );
    return openings;
  }

  /**
   * One batch of boxes (grouped by tender, as the cursor sorts them) opened on the sealing
   * thread, each with its tender's data key: the content as decrypted, canonical JSON.
   * Decrypting a share of each batch on this thread as well was slower (interleaved, 10,000
   * bids: 0.90-0.96 s all on the thread, 1.15-1.37 s with a quarter to 40 % here): this
   * thread then issues the writes late.
   */
  private async openOnThread(
    rows: readonly { id: string; tender_id: string; box: Buffer }[],
    dataKeys: Map<string, Buffer>,
  ): Promise<OpenedBatch> {
    const tenders = [...new Set(rows.map((r) => r.tender_id))];
    const keyOf = new Map(tenders.map((id, i) => [id, i]));
    const contents = await this.thread.open(
      tenders.map((id) => dataKeys.get(id) as Buffer),
      rows.map((r) => ({ box: r.box, boundTo: r.id, key: keyOf.get(r.tender_id) as number })),
    );
    return rows.map((r, i) => ({ bidId: r.id, tenderId: r.tender_id, content: contents[i] }));
  }
}

type OpenedBatch = { bidId: string; tenderId: string; content: string }[];

/**
 * The documents of the bids just opened, one box at a time: a tender's documents may run
 * to gigabytes, so only one file is ever in memory: opened here, not posted to the thread.
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
