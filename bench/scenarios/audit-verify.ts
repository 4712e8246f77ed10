import { type BenchContext, seconds } from '../context';

export interface AuditVerifyResult {
  events: number;
  eventsPerSec: number;
  verifySec: number;
  valid: boolean;
  /** How fast the worker's sealer linked the synthetic events into the chain. */
  sealEventsPerSec: number;
}

const CHUNK = 100_000;

/**
 * Tops the audit log up to the target with synthetic events written straight into the
 * table (as committed business transactions would leave them), lets the worker's sealer
 * chain them, then times GET /audit/verify (it re-hashes the whole chain from genesis)
 * `repeats` times and reports the median pass: one pass swings 20 % on this shared VM.
 */
export async function auditVerify(ctx: BenchContext): Promise<AuditVerifyResult> {
  const target = ctx.settings.auditEvents;
  const [{ existing }] = (
    await ctx.sql.query<{ existing: number }>('SELECT count(*)::int AS existing FROM audit_events')
  ).rows;
  for (let from = existing; from < target; from += CHUNK) {
    const to = Math.min(target, from + CHUNK);
    await ctx.sql.query(
      `INSERT INTO audit_events (at, actor_id, actor_role, action, entity_type, entity_id, data)
       SELECT now() - make_interval(secs => $2 - g), NULL, NULL, 'bid.submitted', 'bid',
         md5(g::text)::uuid::text,
         jsonb_build_object('tenderId', md5((g / 100)::text)::uuid, 'version', 1, 'sha256',
           encode(sha256(g::text::bytea), 'hex'))
       FROM generate_series($1::int + 1, $2::int) AS g`,
      [from, to],
    );
  }
  const [{ total }] = (
    await ctx.sql.query<{ total: number }>('SELECT count(*)::int AS total FROM audit_events')
  ).rows;

  const sealing = Date.now();
  const [{ chained }] = (
    await ctx.sql.query<{ chained: number }>('SELECT seq::int AS chained FROM audit_chain_head')
  ).rows;
  await waitUntilSealed(ctx, total);
  const sealEventsPerSec = Math.round((total - chained) / ((Date.now() - sealing) / 1000));

  const passes = [];
  for (let i = 0; i < ctx.settings.repeats; i++) {
    passes.push(await ctx.api.expect(200, 'GET', '/audit/verify', ctx.admin.token));
  }
  const reply = passes.sort((a, b) => a.ms - b.ms)[Math.floor(passes.length / 2)];
  const count = reply.body.count as number;
  return {
    events: count,
    eventsPerSec: Math.round(count / (reply.ms / 1000)),
    verifySec: seconds(reply.ms),
    valid: passes.every((p) => p.body.valid === true),
    sealEventsPerSec,
  };
}

/**
 * The worker seals every AUDIT_SEAL_INTERVAL_MS; waits (up to 5 minutes) until all are in
 * and the sealer has settled: after a backlog it makes one last pass over every event
 * above its floor (1.4 s at a million) and then moves the floor past them. Timing verify
 * during that pass would time the backlog's last pass, not the verification.
 */
async function waitUntilSealed(ctx: BenchContext, total: number): Promise<void> {
  const until = Date.now() + 300000;
  for (;;) {
    const [{ seq, settled }] = (
      await ctx.sql.query<{ seq: number; settled: boolean }>(
        `SELECT h.seq::int AS seq, h.floor_xid > (SELECT max(xid) FROM audit_events) AS settled
         FROM audit_chain_head h`,
      )
    ).rows;
    if (seq >= total && settled) return;
    if (Date.now() > until) throw new Error(`the sealer chained only ${seq} of ${total} events`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
