import { inParallel } from '../api';
import { type BenchContext, publishTender, serverNow } from '../context';
import { aBid, batteryTender } from '../fixtures';
import { seedInvestors } from '../seed-investors';

export interface DeadlineResult {
  tenders: number;
  allOpened: number;
  p50LatenessMs: number;
  p99LatenessMs: number;
  maxLatenessMs: number;
  /** From the deadline until the poller saw the last tender out of "tendering". */
  lastInEvaluationAfterMs: number;
  setupSec: number;
}

/**
 * Many tenders, each with bids, all due at one real instant. Nothing moves the clock: the
 * worker's delayed jobs (and, behind them, the database sweep) must open them. Lateness of
 * a tender = the instant its opening transaction read the clock (the `at` of its
 * tender.bids_opened audit event, also its updated_at) minus its deadline.
 */
export async function deadlinePrecision(ctx: BenchContext): Promise<DeadlineResult> {
  const count = ctx.settings.deadlineTenders;
  const perTender = ctx.settings.bidsPerDeadlineTender;
  const investors = await seedInvestors(ctx.sql, (count + SAMPLE) * perTender, ctx.jwtSecret);
  const tokens = (i: number) => investors.slice(i * perTender, (i + 1) * perTender);
  // The deadline must leave time to create, publish and bid on every tender first: three
  // times what the setup's own rate, timed on a sample, needs, and at least 20 s. (The
  // intake scenario's rate is of many bids to one tender, filed in groups: not this.)
  const farOff = new Date((await serverNow(ctx)).getTime() + 29 * DAY);
  const sampling = Date.now();
  await setUp(ctx, SAMPLE, new Date(farOff.getTime() - DAY), farOff, (i) => tokens(count + i));
  const sampleMs = Date.now() - sampling;
  const leadMs = Math.max(20000, Math.ceil((3 * sampleMs * count) / SAMPLE));
  const deadline = new Date((await serverNow(ctx)).getTime() + leadMs);
  const started = Date.now();
  const tenderIds = await setUp(ctx, count, new Date(deadline.getTime() - 1000), deadline, tokens);
  const setupSec = (Date.now() - started) / 1000;
  if (Date.now() >= deadline.getTime()) {
    throw new Error(`setup took ${setupSec} s and overran the deadline (${leadMs / 1000} s away)`);
  }

  const lastAfterMs = await waitUntilOpened(ctx, tenderIds, deadline);
  const rows = await ctx.sql.query<{ lateness_ms: number }>(
    `SELECT EXTRACT(EPOCH FROM (at - (data->>'dueAt')::timestamptz)) * 1000 AS lateness_ms
     FROM audit_events WHERE action = 'tender.bids_opened' AND entity_id = ANY($1::text[])`,
    [tenderIds],
  );
  const lateness = rows.rows.map((r) => Number(r.lateness_ms)).sort((a, b) => a - b);
  const [{ opened }] = (
    await ctx.sql.query<{ opened: number }>(
      `SELECT count(*)::int AS opened FROM tenders WHERE id = ANY($1::uuid[]) AND status = 'evaluation'`,
      [tenderIds],
    )
  ).rows;
  return {
    tenders: count,
    allOpened: opened,
    p50LatenessMs: percentile(lateness, 0.5),
    p99LatenessMs: percentile(lateness, 0.99),
    maxLatenessMs: lateness[lateness.length - 1] ?? NaN,
    lastInEvaluationAfterMs: lastAfterMs,
    setupSec,
  };
}

const DAY = 24 * 3600e3;
/** Tenders set up first, due far later, to time the setup. */
const SAMPLE = 32;

/** `count` tenders due at `deadline`, published, each with a bid from each of its tokens. */
function setUp(
  ctx: BenchContext,
  count: number,
  enquiriesUntil: Date,
  deadline: Date,
  tokensOf: (i: number) => { token: string }[],
): Promise<string[]> {
  return inParallel(Array.from({ length: count }), 16, async (_, i) => {
    const id = await publishTender(ctx, batteryTender([ctx.officer.id], enquiriesUntil, deadline));
    for (const [b, investor] of tokensOf(i).entries()) {
      await ctx.api.expect(201, 'POST', `/tenders/${id}/bids`, investor.token, aBid(i + b));
    }
    return id;
  });
}

/** Polls every 50 ms until no tender is left in "tendering" (or 2 minutes past the deadline). */
async function waitUntilOpened(ctx: BenchContext, ids: string[], deadline: Date): Promise<number> {
  for (;;) {
    const [{ left }] = (
      await ctx.sql.query<{ left: number }>(
        `SELECT count(*)::int AS left FROM tenders WHERE id = ANY($1::uuid[]) AND status = 'tendering'`,
        [ids],
      )
    ).rows;
    const afterMs = Date.now() - deadline.getTime();
    if (left === 0 || afterMs > 120000) return afterMs;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}
