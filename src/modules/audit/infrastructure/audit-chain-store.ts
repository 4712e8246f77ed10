import type { EntityManager } from 'typeorm';
import { AUDIT_EVENT_COLUMNS, type AuditEventRow } from './audit-event-row';

const SEAL_LOCK = 7_412_002;

export interface ChainHead {
  seq: number;
  hash: string;
  /** Every transaction below this xid had its events chained (see AuditChainSealer). */
  floorXid: string;
}

/** One sealer at a time; held until the caller's transaction ends. */
export async function lockSealer(m: EntityManager): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock($1)', [SEAL_LOCK]);
}

/** Its own statement: under READ COMMITTED each statement takes a fresh snapshot. */
export async function snapshotXmin(m: EntityManager): Promise<string> {
  const [{ xmin }] = await m.query<{ xmin: string }[]>(
    'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
  );
  return xmin;
}

export async function readChainHead(m: EntityManager): Promise<ChainHead> {
  const [head] = await m.query<{ seq: string; hash: string; floor_xid: string }[]>(
    'SELECT seq::int8 AS seq, hash, floor_xid::text AS floor_xid FROM audit_chain_head WHERE id = 1',
  );
  return { seq: Number(head.seq), hash: head.hash, floorXid: head.floor_xid };
}

/** Where a pass over pending events goes on from: the last event of its previous batch. */
export interface SealPosition {
  xid: string;
  id: string;
}

export type UnchainedEventRow = AuditEventRow & { xid: string };

/**
 * Committed events not yet chained, written by transactions at or above `floorXid`, in
 * (xid, id) order after `after` (itself at or above the floor): a range scan of
 * audit_events_xid_id_idx from one bound. With two (`xid >= floor` and a row comparison)
 * the scan started from the row comparison's and read the whole index: 150-200 ms a pass
 * at a million events, every second, with nothing to seal. No parallel workers either:
 * starting them cost 40 ms for a pass that reads three pages.
 */
export async function listUnchainedEvents(
  m: EntityManager,
  floorXid: string,
  after: SealPosition | null,
  limit: number,
): Promise<UnchainedEventRow[]> {
  await m.query('SET LOCAL max_parallel_workers_per_gather = 0');
  return m.query<UnchainedEventRow[]>(
    `SELECT ${AUDIT_EVENT_COLUMNS}, e.xid::text AS xid FROM audit_events e
     WHERE (e.xid, e.id) > ($1::xid8, $2::int8)
       AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)
     ORDER BY e.xid, e.id LIMIT $3`,
    // Event ids start at 1: (floor, 0) takes in every event of the floor's transaction.
    after ? [after.xid, after.id, limit] : [floorXid, '0', limit],
  );
}

export interface ChainLink {
  seq: number;
  eventId: string;
  prevHash: string;
  hash: string;
  /** canonicalJson of the event's data as hashed: the verification hashes it in SQL. */
  canonicalData: string;
}

export async function insertChainLinks(m: EntityManager, links: readonly ChainLink[]) {
  if (links.length === 0) return;
  await m.query(
    `INSERT INTO audit_chain (seq, event_id, prev_hash, hash, canonical_data)
     SELECT * FROM unnest($1::int8[], $2::int8[], $3::text[], $4::text[], $5::text[])`,
    [
      links.map((l) => l.seq),
      links.map((l) => l.eventId),
      links.map((l) => l.prevHash),
      links.map((l) => l.hash),
      links.map((l) => l.canonicalData),
    ],
  );
}

export async function moveChainHead(m: EntityManager, head: ChainHead): Promise<void> {
  await m.query(
    'UPDATE audit_chain_head SET seq = $1, hash = $2, floor_xid = $3::xid8 WHERE id = 1',
    [head.seq, head.hash, head.floorXid],
  );
}
