import { readFileSync } from 'node:fs';
import autocannon, { type Request, type Result } from 'autocannon';
import { aBid } from '../fixtures';
import type { LoadPlan, LoadResult } from './load-plan';

/**
 * The load generator: its own process, so its CPU is not the server's event loop. Reads a
 * LoadPlan from the file named by argv[2], runs autocannon and prints a LoadResult.
 */
async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadPlan;
  const counts = { created: 0, replaced: 0 };
  const cpuBefore = process.cpuUsage();
  const result =
    plan.kind === 'get'
      ? await autocannon({
          url: `${plan.url}${plan.path}`,
          connections: plan.connections,
          duration: plan.duration,
          headers: { authorization: `Bearer ${plan.token}` },
        })
      : await autocannon({
          url: plan.url,
          connections: plan.connections,
          duration: plan.duration,
          requests: bidRequests(plan, counts),
        });
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    JSON.stringify({
      ...summarize(result, plan.kind === 'bids' ? counts : undefined),
      cpuSec: (cpu.user + cpu.system) / 1e6,
    }),
  );
}

/**
 * Each pass of a connection takes the next unused investor: a new bid (POST), then a
 * replacement of that bid (PUT) with other content, so half the load is refiling.
 */
function bidRequests(
  plan: Extract<LoadPlan, { kind: 'bids' }>,
  counts: { created: number; replaced: number },
): Request[] {
  let nextInvestor = 0;
  const path = `/api/v1/tenders/${plan.tenderId}/bids`;
  return [
    {
      method: 'POST',
      path,
      setupRequest: (request, context) => {
        const n = nextInvestor++;
        // The pool is sized so it lasts the run; running dry would only repeat 409s.
        context.token = plan.tokens[n % plan.tokens.length];
        context.n = n;
        return {
          ...request,
          headers: {
            authorization: `Bearer ${context.token as string}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(aBid(n)),
        };
      },
      onResponse: (status, body, context) => {
        if (status !== 201) return;
        counts.created += 1;
        context.bidId = (JSON.parse(body) as { id: string }).id;
      },
    },
    {
      method: 'PUT',
      setupRequest: (request, context) => ({
        ...request,
        path: `${path}/${(context.bidId as string | undefined) ?? '00000000-0000-0000-0000-000000000000'}`,
        headers: {
          authorization: `Bearer ${context.token as string}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(aBid((context.n as number) + 7)),
      }),
      onResponse: (status) => {
        if (status === 200) counts.replaced += 1;
      },
    },
  ];
}

function summarize(
  result: Result,
  counts?: { created: number; replaced: number },
): Omit<LoadResult, 'cpuSec'> {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  );
  const ok = result['2xx'];
  return {
    durationSec: result.duration,
    ok,
    requestsPerSec: result.requests.average,
    okPerSec: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    statusCodes,
    ...counts,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
