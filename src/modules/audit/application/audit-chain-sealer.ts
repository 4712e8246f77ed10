import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { canonicalJson } from '../../../common/canonical-json/canonical-json';
import { chainHash } from '../domain/audit-hash';
import {
  type ChainLink,
  insertChainLinks,
  listUnchainedEvents,
  lockSealer,
  moveChainHead,
  readChainHead,
  type SealPosition,
  snapshotXmin,
} from '../infrastructure/audit-chain-store';
import { toChainedEvent } from '../infrastructure/audit-event-row';

const BATCH = 5000;

/**
 * Links committed audit events into the hash chain.
 *
 * Why not hash inside the writing transaction: the chain head would then be a row every
 * writer locks until it commits, so all writes in the system (bid intake included) would
 * commit one at a time, each waiting for the previous fsync. Instead a writer only inserts
 * its event (same transaction as its change), and this sealer, one at a time under an
 * advisory lock, appends chain links (seq, prevHash, hash) for committed events in one
 * batch. Events are chained in the order the sealer sees them committed.
 *
 * Which events are pending: every event carries the id of the transaction that wrote it
 * (xid8). After a run, all transactions older than that run's snapshot xmin are finished
 * and their events chained, so the next run only looks at events with xid >= that floor
 * (plus an anti-join against the chain). An event committed late by a long transaction is
 * therefore never skipped. Within one run, full batches go on from the previous batch's
 * last event (a backlog of a million events is read once, not once per batch); only a
 * pass that started at the floor and found everything moves the floor, so an event a
 * late transaction committed behind such a batch is chained by that last pass. The sealer runs every AUDIT_SEAL_INTERVAL_MS in the worker and
 * before every audit read, so reads always see a complete chain.
 */
@Injectable()
export class AuditChainSealer {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns how many events were linked. */
  async seal(): Promise<number> {
    let linked = 0;
    let after: SealPosition | null = null;
    for (;;) {
      const batch = await this.dataSource.transaction((m) => this.sealBatch(m, after));
      linked += batch.linked;
      if (batch.linked === BATCH) after = batch.last;
      else if (after)
        after = null; // one more pass from the floor, to move it
      else return linked;
    }
  }

  private async sealBatch(
    m: EntityManager,
    after: SealPosition | null,
  ): Promise<{ linked: number; last: SealPosition | null }> {
    await lockSealer(m);
    // Taken after the lock, in its own statement: READ COMMITTED gives each statement a
    // fresh snapshot, so the event query below sees at least every transaction below xmin.
    const xmin = await snapshotXmin(m);
    const head = await readChainHead(m);
    const rows = await listUnchainedEvents(m, head.floorXid, after, BATCH);

    let seq = head.seq;
    let hash = head.hash;
    const links: ChainLink[] = [];
    for (const row of rows) {
      seq += 1;
      const canonicalData = canonicalJson(row.data);
      const next = chainHash(hash, toChainedEvent(seq, row), canonicalData);
      links.push({ seq, eventId: row.id, prevHash: hash, hash: next, canonicalData });
      hash = next;
    }
    await insertChainLinks(m, links);
    const complete = after === null && rows.length < BATCH;
    await moveChainHead(m, { seq, hash, floorXid: complete ? xmin : head.floorXid });
    const last = rows.at(-1);
    return { linked: rows.length, last: last ? { xid: last.xid, id: last.id } : after };
  }
}
