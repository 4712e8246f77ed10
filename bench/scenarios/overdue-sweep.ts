import { randomUUID } from 'node:crypto';
import { type BenchContext, seconds, serverNow } from '../context';

export interface OverdueSweepResult {
  milestones: number;
  contracts: number;
  fallingDue: number;
  markedOverdue: number;
  seconds: number;
}

const HOUR = 3600e3;

/**
 * Active contracts seeded straight into the database (each on a tender of its own, cloned
 * from a real one, since only one contract per tender may be open), ten milestones each,
 * one per contract falling due within the hour (its reminders already sent, as they would
 * have been). Moving the sandbox clock two hours on runs the chronograph's sweep in that
 * request: every contract whose next check passed is locked, re-read and its milestone
 * marked overdue with an audit event, one transaction each. The figure is that request.
 */
export async function overdueSweep(
  ctx: BenchContext,
  templateTenderId: string,
): Promise<OverdueSweepResult> {
  const perContract = ctx.settings.milestonesPerContract;
  const contracts = Math.ceil(ctx.settings.milestones / perContract);
  const now = await serverNow(ctx);
  const dueSoon = new Date(now.getTime() + HOUR);
  const tenderIds = Array.from({ length: contracts }, () => randomUUID());
  const contractIds = Array.from({ length: contracts }, () => randomUUID());

  await ctx.sql.query('BEGIN');
  await cloneTenders(ctx, templateTenderId, tenderIds);
  await ctx.sql.query(
    `INSERT INTO contracts (id, tender_id, bid_id, organization_id, status, unit_price_rub, quantity,
       value_rub, investment_committed_rub, build_months, contract_years, signing_deadline,
       investor_signed_at, customer_signed_at, signed_at, build_deadline, ends_at, created_at,
       next_check_at)
     SELECT c, t, b.id, b.organization_id, 'active', 1300000.00, 12000, 15600000000.00,
       3400000000.00, 30, 10, $4, $4, $4, $4, $4::timestamptz + interval '30 months',
       $4::timestamptz + interval '10 years', $4, $5
     FROM unnest($1::uuid[], $2::uuid[]) AS x(c, t),
       (SELECT id, organization_id FROM bids WHERE tender_id = $3 LIMIT 1) AS b`,
    [contractIds, tenderIds, templateTenderId, now, new Date(dueSoon.getTime() + 1)],
  );
  await ctx.sql.query(
    `INSERT INTO contract_milestones (id, contract_id, position, code, title, due_month, due_date,
       planned_investment_rub, status)
     SELECT gen_random_uuid(), c, p, 'milestone_' || p, 'Milestone ' || p, p * 12,
       CASE WHEN p = 1 THEN $2 ELSE $3::timestamptz + make_interval(years => p) END,
       340000000.00, 'pending'
     FROM unnest($1::uuid[]) AS c, generate_series(1, $4::int) AS p`,
    [contractIds, dueSoon, now, perContract],
  );
  await ctx.sql.query(
    `INSERT INTO reminders_sent (subject_id, kind, sent_at)
     SELECT cm.id, k, $2 FROM contract_milestones cm,
       unnest(ARRAY['milestone_reminder_30d', 'milestone_reminder_7d']) AS k
     WHERE cm.contract_id = ANY($1::uuid[]) AND cm.position = 1`,
    [contractIds, now],
  );
  await ctx.sql.query('COMMIT');
  // Autovacuum would have analyzed tables this size long before a sweep ran.
  await ctx.sql.query('ANALYZE tenders, contracts, contract_milestones, reminders_sent');

  const sweep = await ctx.api.expect(200, 'POST', '/sandbox/clock', ctx.admin.token, {
    advanceMs: 2 * HOUR,
  });
  const [{ overdue }] = (
    await ctx.sql.query<{ overdue: number }>(
      `SELECT count(*)::int AS overdue FROM contract_milestones
       WHERE contract_id = ANY($1::uuid[]) AND status = 'overdue'`,
      [contractIds],
    )
  ).rows;
  return {
    milestones: contracts * perContract,
    contracts,
    fallingDue: contracts,
    markedOverdue: overdue,
    seconds: seconds(sweep.ms),
  };
}

/** Copies every column of the template tender but its id, with nothing left to check. */
async function cloneTenders(ctx: BenchContext, templateId: string, ids: string[]): Promise<void> {
  const columns = (
    await ctx.sql.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = 'tenders' AND column_name NOT IN ('id', 'status', 'next_check_at')`,
    )
  ).rows.map((r) => `"${r.name}"`);
  await ctx.sql.query(
    `INSERT INTO tenders (id, status, next_check_at, ${columns.join(', ')})
     SELECT x.id, 'contracting', NULL, ${columns.map((c) => `t.${c}`).join(', ')}
     FROM unnest($1::uuid[]) AS x(id), tenders t WHERE t.id = $2`,
    [ids, templateId],
  );
}
