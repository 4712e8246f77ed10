import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { chainHash } from '../domain/audit-hash';
import {
  AUDIT_EVENT_COLUMNS,
  AuditEventRow,
  toChainedEvent,
} from '../infrastructure/audit-event-row';

const SEAL_LOCK = 7_412_002;
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
 * therefore never skipped. The sealer runs every AUDIT_SEAL_INTERVAL_MS in the worker and
 * before every audit read, so reads always see a complete chain.
 */
@Injectable()
export class AuditChainSealer {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns how many events were linked. */
  async seal(): Promise<number> {
    let linked = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((m) => this.sealBatch(m));
      linked += batch;
      if (batch < BATCH) return linked;
    }
  }

  private async sealBatch(m: EntityManager): Promise<number> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [SEAL_LOCK]);
    // Taken after the lock, in its own statement: READ COMMITTED gives each statement a
    // fresh snapshot, so the event query below sees at least every transaction below xmin.
    const [{ xmin }] = await m.query<{ xmin: string }[]>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
    );
    const [head] = await m.query<{ seq: string; hash: string; floor_xid: string }[]>(
      'SELECT seq::int8 AS seq, hash, floor_xid::text AS floor_xid FROM audit_chain_head WHERE id = 1',
    );
    const rows = await m.query<AuditEventRow[]>(
      `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_events e
       WHERE e.xid >= $1::xid8
         AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
       ORDER BY e.id LIMIT $2`,
      [head.floor_xid, BATCH],
    );

    let seq = Number(head.seq);
    let hash = head.hash;
    const seqs: number[] = [];
    const eventIds: string[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      seq += 1;
      const next = chainHash(hash, toChainedEvent(seq, row));
      seqs.push(seq);
      eventIds.push(row.id);
      prevHashes.push(hash);
      hashes.push(next);
      hash = next;
    }
    if (rows.length > 0) {
      await m.query(
        `INSERT INTO audit_chain (seq, event_id, prev_hash, hash)
         SELECT * FROM unnest($1::int8[], $2::int8[], $3::text[], $4::text[])`,
        [seqs, eventIds, prevHashes, hashes],
      );
    }
    const floor = rows.length < BATCH ? xmin : head.floor_xid;
    await m.query(
      'UPDATE audit_chain_head SET seq = $1, hash = $2, floor_xid = $3::xid8 WHERE id = 1',
      [seq, hash, floor],
    );
    return rows.length;
  }
}
