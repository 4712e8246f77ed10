import { type BenchContext, publishTender, serverNow } from '../context';
import { machineBusySec, postgresCpuByPid, postgresCpuSince } from '../cpu-accounting';
import { batteryTender } from '../fixtures';
import { runLoad } from '../load/run-load';
import type { LoadResult } from '../load/load-plan';
import { seedInvestors } from '../seed-investors';

const DAY = 24 * 3600e3;

export interface BidIntakeResult extends LoadResult {
  investors: number;
  /** Busy CPU of the whole machine (all cores) while the load ran, in seconds. */
  machineCpuSec: number;
  /** PostgreSQL's processes' CPU meanwhile; null if PostgreSQL runs on another machine. */
  postgresCpuSec: number | null;
}

/**
 * Sealed bids at 32 connections: every pass of a connection is a new investor filing
 * (POST) and then refiling (PUT), each through the whole path: JWT, validation,
 * encryption, signed receipt and audit event, in one transaction. Each call files to a
 * tender of its own for `durationSec` (the bench calls it once to warm up, then to measure).
 */
export async function bidIntake(
  ctx: BenchContext,
  durationSec = ctx.settings.durationSec,
): Promise<BidIntakeResult> {
  const now = await serverNow(ctx);
  // Far enough out that no later scenario's clock move closes it.
  const tenderId = await publishTender(
    ctx,
    batteryTender(
      [ctx.officer.id],
      new Date(now.getTime() + 29 * DAY),
      new Date(now.getTime() + 30 * DAY),
    ),
  );
  // Half the requests are new bids: 1,500 investors a second of load is more than enough.
  const investors = await seedInvestors(ctx.sql, 1500 * durationSec, ctx.jwtSecret);
  const postgresBefore = postgresCpuByPid();
  const machineBefore = machineBusySec();
  const result = await runLoad({
    kind: 'bids',
    url: ctx.server.baseUrl,
    tenderId,
    tokens: investors.map((i) => i.token),
    connections: ctx.settings.connections,
    duration: durationSec,
  });
  return {
    ...result,
    investors: investors.length,
    machineCpuSec: machineBusySec() - machineBefore,
    postgresCpuSec: postgresCpuSince(postgresBefore),
  };
}
