import type { DataSource, EntityManager } from 'typeorm';
import { postgresError } from '../../../common/persistence/postgres-error';
import { GENESIS_HASH } from '../domain/audit-hash';

/**
 * Date.prototype.toISOString() of `e.at`: to_char's milliseconds are truncated as a
 * JavaScript Date truncates microseconds; years outside 1..9999 are written as JavaScript
 * writes them (astronomical, six digits and a sign: 1 BC is 0000, 2 BC -000001).
 */
const ISO_AT_SQL = `CASE WHEN e.at >= '0001-01-01 00:00:00+00' AND e.at < '10000-01-01 00:00:00+00'
  THEN to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ELSE (SELECT CASE WHEN y = -1 THEN '0000' WHEN y < 0 THEN '-' || lpad((-(y + 1))::text, 6, '0')
          ELSE '+' || lpad(y::text, 6, '0') END
        FROM (SELECT extract(year FROM e.at AT TIME ZONE 'UTC')::int AS y) AS year)
    || to_char(e.at AT TIME ZONE 'UTC', '-MM-DD"T"HH24:MI:SS.MS"Z"') END`;

/**
 * canonicalEvent() (domain/audit-hash.ts) written in SQL over a link `c` and its event `e`:
 * to_json() escapes a string exactly as JSON.stringify does. The e2e test
 * audit-verification pins the two to the same bytes, odd characters and dates and all.
 */
const CANONICAL_EVENT_SQL = `'{"action":' || to_json(e.action)::text
  || ',"actor":' || CASE WHEN e.actor_id IS NULL THEN 'null'
       ELSE '{"id":' || to_json(e.actor_id::text)::text
         || ',"role":' || to_json(coalesce(e.actor_role, ''))::text || '}' END
  || ',"at":"' || ${ISO_AT_SQL} || '"'
  || ',"data":' || c.canonical_data
  || ',"entityId":' || to_json(e.entity_id)::text
  || ',"entityType":' || to_json(e.entity_type)::text
  || ',"seq":' || c.seq::text || '}'`;

/**
 * Links from..to, each judged as the walk from genesis judges it: its event exists, its
 * prevHash is the previous link's hash (the genesis hash for seq 1), the canonical data it
 * hashed is its event's data, and its hash is SHA-256 of prevHash and the canonical event.
 * "Is its event's data" is jsonb equality: stored text that is equal as JSON but not in
 * canonical form (spaces, a duplicate key) passes it, where the walk in Node, which
 * canonicalized the event's data itself, failed it. Such text gets past the hash only with
 * a hash recomputed to fit, and whoever can recompute hashes can rewrite the events and
 * every later hash as well, which no re-hashing detects (the signed checkpoints do): the
 * guarantee against tampering that leaves the hashes alone is the same.
 * The link before `from` is read for its hash only (CASE keeps it unjudged). The hash is
 * compared first (CASE orders it), so stored canonical data is parsed only where the hash
 * vouches for it.
 */
const LINKS_SQL = `
  SELECT min(seq) FILTER (WHERE NOT intact)::int8 AS first_broken, count(*)::int8 AS links
  FROM (
    SELECT c.seq, CASE WHEN c.seq < $1 THEN NULL ELSE coalesce(
      e.id IS NOT NULL
      AND c.prev_hash = CASE WHEN c.seq = 1 THEN $3 ELSE lag(c.hash) OVER w END
      AND CASE WHEN c.hash = encode(sha256(convert_to(c.prev_hash || ${CANONICAL_EVENT_SQL},
            'UTF8')), 'hex')
          THEN e.data = c.canonical_data::jsonb ELSE false END,
      false) END AS intact
    FROM audit_chain c LEFT JOIN audit_events e ON e.id = c.event_id
    WHERE c.seq BETWEEN $1::int8 - 1 AND $2
    WINDOW w AS (ORDER BY c.seq)
  ) judged
  WHERE seq >= $1`;

export interface LinkRangeCheck {
  /** The first link from..to that is not intact (a gap is found by firstMissingSeq). */
  firstBroken: number | null;
  /** How many links from..to exist. */
  links: number;
}

/**
 * Checks links from..to in the caller's transaction (see LINKS_SQL). Stored canonical
 * data that PostgreSQL cannot read as jsonb (not JSON, a \u0000, a number out of range,
 * nesting too deep) makes the statement fail: that is a rewritten chain, so the range is
 * halved until the link is found, and it counts as broken.
 */
export async function checkLinks(
  m: EntityManager,
  from: number,
  to: number,
): Promise<LinkRangeCheck> {
  await m.query('SAVEPOINT audit_links');
  try {
    const [row] = await m.query<{ first_broken: string | null; links: string }[]>(LINKS_SQL, [
      from,
      to,
      GENESIS_HASH,
    ]);
    await m.query('RELEASE SAVEPOINT audit_links');
    return {
      firstBroken: row.first_broken === null ? null : Number(row.first_broken),
      links: Number(row.links),
    };
  } catch (error) {
    if (!isUnreadableData(error)) throw error;
    await m.query('ROLLBACK TO SAVEPOINT audit_links');
    if (from === to) return { firstBroken: from, links: 1 };
    const middle = Math.floor((from + to) / 2);
    const before = await checkLinks(m, from, middle);
    const after = before.firstBroken === null ? await checkLinks(m, middle + 1, to) : null;
    return {
      firstBroken: before.firstBroken ?? after?.firstBroken ?? null,
      links: before.links + (after ? after.links : await countLinks(m, middle + 1, to)),
    };
  }
}

/** A data exception (SQLSTATE class 22) or a too deep nesting (54001) while reading it. */
function isUnreadableData(error: unknown): boolean {
  const code = postgresError(error).code ?? '';
  return code.startsWith('22') || code === '54001';
}

async function countLinks(m: EntityManager, from: number, to: number): Promise<number> {
  const [row] = await m.query<{ n: string }[]>(
    'SELECT count(*)::int8 AS n FROM audit_chain WHERE seq BETWEEN $1 AND $2',
    [from, to],
  );
  return Number(row.n);
}

/** The first seq from..to with no link (call it where a range has fewer links than seqs). */
export async function firstMissingSeq(
  m: EntityManager,
  from: number,
  to: number,
): Promise<number | null> {
  const [row] = await m.query<{ missing: string | null }[]>(
    `SELECT min(s)::int8 AS missing FROM generate_series($1::int8, $2::int8) AS s
     WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = s)`,
    [from, to],
  );
  return row.missing === null ? null : Number(row.missing);
}

/** The highest seq linked (0: no link yet). */
export async function lastSeq(m: EntityManager): Promise<number> {
  const [row] = await m.query<{ last: string }[]>(
    'SELECT coalesce(max(seq), 0)::int8 AS last FROM audit_chain',
  );
  return Number(row.last);
}

export async function linkHash(m: EntityManager, seq: number): Promise<string> {
  if (seq === 0) return GENESIS_HASH;
  const [row] = await m.query<{ hash: string }[]>('SELECT hash FROM audit_chain WHERE seq = $1', [
    seq,
  ]);
  return row.hash;
}

/**
 * How LINKS_SQL runs best, measured at 100,000 links a range: each link's event looked up
 * by its key in seq order (a nested loop, 190-215 ms) rather than the merge join the
 * planner picks, which sorts both sides and reads the events' index from its start
 * (480-1,020 ms); no JIT (its compilation cost more than it saved); no parallel workers,
 * since the lanes are the parallelism.
 */
const LINK_CHECK_PLAN = `SET LOCAL enable_mergejoin = off; SET LOCAL enable_hashjoin = off;
  SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0`;

/**
 * `work` on `lanes` connections that all see one snapshot (the first exports it, the
 * others adopt it), read-only, planned for LINKS_SQL. Each lane is a backend of its own,
 * so PostgreSQL checks on as many cores.
 */
export async function inOneSnapshot<T>(
  dataSource: DataSource,
  lanes: number,
  work: (managers: EntityManager[]) => Promise<T>,
): Promise<T> {
  const runners = Array.from({ length: lanes }, () => dataSource.createQueryRunner());
  const begun: typeof runners = [];
  try {
    let snapshot = '';
    for (const runner of runners) {
      await runner.connect();
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      begun.push(runner);
      if (snapshot) await runner.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
      else snapshot = await exportSnapshot(runner.manager);
      await runner.query(LINK_CHECK_PLAN);
    }
    return await work(runners.map((r) => r.manager));
  } finally {
    for (const runner of begun) await runner.query('ROLLBACK').catch(() => undefined);
    for (const runner of runners) await runner.release();
  }
}

/** The snapshot's id, checked before it is written into SET TRANSACTION (no parameters). */
async function exportSnapshot(m: EntityManager): Promise<string> {
  const [{ id }] = await m.query<{ id: string }[]>('SELECT pg_export_snapshot() AS id');
  if (!/^[0-9A-F-]+$/i.test(id)) throw new Error(`unexpected snapshot id ${id}`);
  return id;
}
