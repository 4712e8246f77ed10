import type { Client } from 'pg';

/**
 * Tables the worker or the clock fill on their own after an accepted request (chain links,
 * checkpoints, notifications, reminders) or that count rejected requests by design
 * (login attempts, idempotency keys): their counts say nothing about a rejected write.
 */
const MOVING_ON_THEIR_OWN = new Set([
  'audit_chain',
  'audit_chain_head',
  'audit_checkpoints',
  'notifications',
  'reminders_sent',
  'login_throttle',
  'idempotency_keys',
  'migrations',
]);

/** Row counts of every table that only a request's own transaction writes. */
export async function rowCounts(sql: Client): Promise<Record<string, number>> {
  const tables = await sql.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const names = tables.rows.map((r) => r.tablename).filter((n) => !MOVING_ON_THEIR_OWN.has(n));
  const union = names
    .map((n) => `SELECT '${n}' AS name, count(*)::int AS n FROM "${n}"`)
    .join(' UNION ALL ');
  const { rows } = await sql.query<{ name: string; n: number }>(union);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
