import { inParallel } from '../api';
import { type BenchContext, publishTender, seconds, serverNow } from '../context';
import { aBid, batteryTender } from '../fixtures';
import { seedInvestors } from '../seed-investors';

const DAY = 24 * 3600e3;

export interface EvaluationResult {
  tenderId: string;
  bids: number;
  admitted: number;
  /** The 24 h and 1 h deadline reminders to every bidder, sent by their own clock move. */
  remindersSec: number;
  openSec: number;
  protocolSec: number;
  awardSec: number;
  seedBidsPerSec: number;
}

/**
 * One tender, many sealed bids (filed over HTTP, so each is encrypted as the app does it),
 * then: the deadline reminders (the sandbox clock moves to a second before the deadline:
 * in real time they go out 24 h and 1 h before it, not with the opening), the opening
 * (the clock moves past the deadline, and that request runs the chronograph's sweep,
 * which decrypts and admits every bid), the protocol (GET, computed from all opened bids)
 * and the award (freezes it). The bench runs it first with fewer bids on a tender of its
 * own, as the intake's warm-up: the protocol and award paths run nowhere before this.
 */
export async function evaluationAtScale(
  ctx: BenchContext,
  count = ctx.settings.evaluationBids,
): Promise<EvaluationResult> {
  const now = await serverNow(ctx);
  const deadline = new Date(now.getTime() + 2 * DAY);
  const tenderId = await publishTender(
    ctx,
    batteryTender([ctx.officer.id], new Date(now.getTime() + DAY), deadline, false),
  );
  const investors = await seedInvestors(ctx.sql, count, ctx.jwtSecret);
  const seeding = Date.now();
  await inParallel(investors, ctx.settings.connections, (investor, i) =>
    ctx.api.expect(201, 'POST', `/tenders/${tenderId}/bids`, investor.token, aBid(i)),
  );
  const seedBidsPerSec = Math.round(count / ((Date.now() - seeding) / 1000));

  const reminders = await ctx.api.expect(200, 'POST', '/sandbox/clock', ctx.admin.token, {
    advanceMs: deadline.getTime() - (await serverNow(ctx)).getTime() - 1000,
  });
  const advanceMs = deadline.getTime() - (await serverNow(ctx)).getTime() + 1000;
  const opened = await ctx.api.expect(200, 'POST', '/sandbox/clock', ctx.admin.token, {
    advanceMs,
  });
  const tender = await ctx.api.expect(200, 'GET', `/tenders/${tenderId}`, ctx.officer.token);
  if (tender.body.status !== 'evaluation') {
    throw new Error(`tender is ${tender.body.status} after the deadline, not evaluation`);
  }
  const protocol = await ctx.api.expect(
    200,
    'GET',
    `/tenders/${tenderId}/evaluation`,
    ctx.officer.token,
  );
  const bids = protocol.body.bids as { admitted: boolean }[];
  const award = await ctx.api.expect(
    200,
    'POST',
    `/tenders/${tenderId}/award`,
    ctx.officer.token,
    {},
  );
  return {
    tenderId,
    bids: bids.length,
    admitted: bids.filter((b) => b.admitted).length,
    remindersSec: seconds(reminders.ms),
    openSec: seconds(opened.ms),
    protocolSec: seconds(protocol.ms),
    awardSec: seconds(award.ms),
    seedBidsPerSec,
  };
}
