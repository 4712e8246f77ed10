import { randomUUID, verify } from 'node:crypto';
import type { Client } from 'pg';
import type { SignedIn } from '../../support/api-client';
import { aBid } from '../../support/tender-factory';
import { sleep, TimedResult, timedRequest } from './process-faults';

/**
 * Investors submitting and replacing bids for as long as the test lets them, the way a
 * careful client would through a crash: a request cut off is retried with the same
 * Idempotency-Key, and a client unsure whether its bid landed looks for it.
 */

export interface Receipt {
  sha256: string;
  submittedAt: string;
  signature: string;
}

/** A bid version the server acknowledged with 200/201 and a receipt. */
export interface Ack {
  tenderId: string;
  bidId: string;
  version: number;
  receipt: Receipt;
  /** The owner's token, to read the bid back. */
  token: string;
}

export interface LoadReport {
  acks: Ack[];
  results: (TimedResult & { route: string; at: number })[];
}

export interface BidLoad {
  /** Stops after the requests in flight answer (each has the client timeout). */
  stop(): Promise<LoadReport>;
  report: LoadReport;
}

const PAUSE_AFTER_FAILURE_MS = 250;

/**
 * What a retry after a cut-off submission may meet: the bid landed (BID_EXISTS), or the
 * dead process's Idempotency-Key claim is still held. The client then looks its bid up.
 */
export const RETRY_CONFLICTS = ['BID_EXISTS', 'IDEMPOTENCY_KEY_IN_PROGRESS'];

/**
 * One loop per investor: a bid on each tender in turn, then replacements, until stopped.
 * `baseUrl` is read before every request, so the target can move (a restarted process).
 */
export function startBidLoad(
  baseUrl: () => string,
  tenderIds: string[],
  investors: SignedIn[],
  timeoutMs = 10000,
): BidLoad {
  const report: LoadReport = { acks: [], results: [] };
  let stopped = false;
  let price = 1_000_000;

  const send = async (
    route: string,
    method: string,
    path: string,
    token: string,
    body: unknown,
    headers = {},
  ) => {
    const result = await timedRequest(baseUrl(), method, path, { token, body, headers }, timeoutMs);
    report.results.push({ ...result, route, at: Date.now() });
    // Back off a little from a server that is down, as a real client would.
    if (typeof result.status !== 'number' || result.status >= 500) {
      await sleep(PAUSE_AFTER_FAILURE_MS);
    }
    return result;
  };

  const acknowledge = (investor: SignedIn, tenderId: string, result: TimedResult) => {
    if (result.status === 200 || result.status === 201) {
      const { id, version, receipt } = result.body as {
        id: string;
        version: number;
        receipt: Receipt;
      };
      report.acks.push({ tenderId, bidId: id, version, receipt, token: investor.token });
      return id;
    }
    return undefined;
  };

  /** Until a bid exists on the tender: its id, whether or not this client saw the 201. */
  const submit = async (investor: SignedIn, tenderId: string): Promise<string | undefined> => {
    // A retry under one key resends the very same body (another body is IDEMPOTENCY_KEY_REUSED).
    let key = randomUUID();
    let body = aBid({ unitPriceRub: `${price++}.00` });
    while (!stopped) {
      const posted = await send(
        'submit',
        'POST',
        `/tenders/${tenderId}/bids`,
        investor.token,
        body,
        {
          'idempotency-key': key,
        },
      );
      const id = acknowledge(investor, tenderId, posted);
      if (id) return id;
      if (posted.status === 409) {
        // BID_EXISTS, or a claim left by a killed process: did the bid land after all?
        const own = await send(
          'list',
          'GET',
          `/tenders/${tenderId}/bids`,
          investor.token,
          undefined,
        );
        const found = own.status === 200 ? (own.body.items as { id: string }[])[0] : undefined;
        if (found) return found.id;
        key = randomUUID();
        body = aBid({ unitPriceRub: `${price++}.00` });
      }
    }
    return undefined;
  };

  const investorLoop = async (investor: SignedIn) => {
    for (const [i, tenderId] of tenderIds.entries()) {
      const bidId = await submit(investor, tenderId);
      // A few replacements on every tender, and on the last one until the test stops.
      for (let n = 0; bidId && !stopped && (n < 3 || i === tenderIds.length - 1); n++) {
        const body = aBid({ unitPriceRub: `${price++}.00` });
        acknowledge(
          investor,
          tenderId,
          await send('replace', 'PUT', `/tenders/${tenderId}/bids/${bidId}`, investor.token, body),
        );
      }
    }
  };

  const running = Promise.all(investors.map(investorLoop));
  return {
    report,
    async stop() {
      stopped = true;
      await running;
      return report;
    },
  };
}

/**
 * Every acknowledged version is stored exactly as its receipt says, the receipt's signature
 * verifies, and no organization has two bids on one tender. Returns the problems found.
 */
export async function unkeptAcks(
  sql: Client,
  acks: Ack[],
  publicKeyPem: string,
): Promise<string[]> {
  const problems: string[] = [];
  const { rows } = await sql.query<{
    bid_id: string;
    version: number;
    content_sha256: string;
    submitted_at: Date;
  }>(
    'SELECT bid_id, version, content_sha256, submitted_at FROM bid_versions WHERE bid_id = ANY($1)',
    [[...new Set(acks.map((a) => a.bidId))]],
  );
  const stored = new Map(rows.map((r) => [`${r.bid_id}/${r.version}`, r]));
  for (const ack of acks) {
    const row = stored.get(`${ack.bidId}/${ack.version}`);
    const signed = Buffer.from(
      `${ack.receipt.sha256}|${ack.bidId}|${ack.version}|${ack.receipt.submittedAt}`,
    );
    if (!row) problems.push(`acknowledged ${ack.bidId} v${ack.version} is missing`);
    else if (
      row.content_sha256 !== ack.receipt.sha256 ||
      row.submitted_at.toISOString() !== ack.receipt.submittedAt
    ) {
      problems.push(`${ack.bidId} v${ack.version} differs from its receipt`);
    }
    if (!verify(null, signed, publicKeyPem, Buffer.from(ack.receipt.signature, 'base64'))) {
      problems.push(`${ack.bidId} v${ack.version}: receipt signature does not verify`);
    }
  }
  // The row the API serves is the newest stored version, never one in between.
  const torn = await sql.query(
    `SELECT b.id FROM bids b JOIN bid_versions v ON v.bid_id = b.id
     GROUP BY b.id, b.version HAVING b.version <> max(v.version)`,
  );
  for (const r of torn.rows) problems.push(`bid ${r.id} is not at its newest version`);
  // One audit event per stored version: none lost, none recorded twice.
  const unaudited = await sql.query(
    `SELECT b.id, b.version, count(e.id)::int AS events FROM bids b
     LEFT JOIN audit_events e ON e.entity_type = 'bid' AND e.entity_id = b.id::text
       AND e.action IN ('bid.submitted', 'bid.replaced')
     GROUP BY b.id, b.version HAVING count(e.id) <> b.version`,
  );
  for (const r of unaudited.rows) {
    problems.push(`bid ${r.id} at v${r.version} has ${r.events} submit/replace events`);
  }
  const twice = await sql.query(
    'SELECT tender_id, organization_id, count(*)::int AS n FROM bids GROUP BY 1, 2 HAVING count(*) > 1',
  );
  for (const r of twice.rows)
    problems.push(`organization ${r.organization_id} has ${r.n} bids on ${r.tender_id}`);
  return problems;
}

/** Answers that `allowed` refuses, counted by route, status and code: a readable failure. */
export function tallyUnexpected(
  results: LoadReport['results'],
  allowed: (r: TimedResult) => boolean,
): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const r of results.filter((x) => !allowed(x))) {
    const key = `${r.route} ${r.status} ${r.code ?? ''}`.trim();
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}
