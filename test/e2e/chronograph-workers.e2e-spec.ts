import { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import type { Client } from 'pg';
import { DEV_DEFAULTS } from '../../src/config/dev-defaults';
import type { SignedIn } from '../support/api-client';
import { validInn } from '../support/factories';
import { aBid, publishedTender, serverNow } from '../support/tender-factory';
import { DIST_WORKER, spawnProcess, startTestApp, stopProcess } from '../support/test-app';

/**
 * The chronograph with more than one worker process, in real time (nobody moves the
 * sandbox clock here, so the API's sandbox sweep never runs: the workers do the work).
 */

const SECOND = 1000;
const CLOSING_ACTIONS = ['tender.bids_opened', 'tender.closed_without_bids'];

/**
 * Requests in flight at once. In sandbox mode a write transaction reads the clock on a
 * second pooled connection (pool max 20), so ~20 concurrent writes can starve the pool
 * and answer 503 after the 5 s connect timeout; 10 stays clear of that.
 */
const CONCURRENCY = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs: number,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value)) {
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}: ${JSON.stringify(value)}`,
      );
    await sleep(everyMs);
    value = await probe();
  }
  return value;
}

/** Runs `fn` over `items`, `size` at a time in parallel, keeping the order of results. */
async function inBatches<T, R>(items: T[], size: number, fn: (item: T, i: number) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(
      ...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))),
    );
  }
  return results;
}

function workerLogFile(): string {
  return join(tmpdir(), `chronograph-worker-${randomBytes(4).toString('hex')}.log`);
}

async function startWorker(env: Record<string, string>, logFile: string): Promise<ChildProcess> {
  return (
    await spawnProcess(DIST_WORKER, { ...env, APP_ROLE: 'worker' }, logFile, /worker started/)
  ).child;
}

/** Per tender: how many closing events it has, which, and the bidsCount they recorded. */
async function closingEvents(sql: Client, tenderIds: string[]) {
  const { rows } = await sql.query<{
    entity_id: string;
    n: number;
    actions: string[];
    bids_counts: number[];
    first_at: Date;
  }>(
    `SELECT entity_id, count(*)::int AS n, array_agg(action) AS actions,
            array_agg((data->>'bidsCount')::int) AS bids_counts, min(at) AS first_at
     FROM audit_events
     WHERE entity_type = 'tender' AND action = ANY($1) AND entity_id = ANY($2)
     GROUP BY entity_id`,
    [CLOSING_ACTIONS, tenderIds],
  );
  return new Map(rows.map((r) => [r.entity_id, r]));
}

/** The value of a Prometheus counter sample in /metrics text, 0 when absent. */
function counter(metrics: string, sample: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

describe('the chronograph with several worker processes (real time)', () => {
  it('Two worker processes on the same queue and 200 tenders due at the same instant: every tender transitions exactly once; the audit chain verifies.', async () => {
    const TENDERS = 200;
    const WITH_BIDS = 10;
    const LEAD_MS = 5 * SECOND;
    const started = Date.now();
    // Batches of 20, so the two workers share the 200 tenders (one batch of 200 could
    // leave the second with nothing to race for).
    const t = await startTestApp({
      CHRONOGRAPH_SWEEP_INTERVAL_MS: '500',
      CHRONOGRAPH_TENDER_BATCH: '20',
    });
    const logFile = workerLogFile();
    let second: ChildProcess | undefined;
    try {
      second = await startWorker(t.env, logFile);
      const admin = await t.api.signInAdmin();
      const officer = await t.api.createStaff(admin.token, 'officer');
      const investors: SignedIn[] = await inBatches(
        Array.from({ length: WITH_BIDS }),
        WITH_BIDS,
        () => t.api.registerInvestor(),
      );

      // The clock stands still while 200 tenders are set up (slow on a busy machine), then
      // runs: the deadline is LEAD_MS of real time after the setup, however long it took.
      const frozen = await t.api.post(
        '/sandbox/clock',
        { advanceMs: 0, freeze: true },
        admin.token,
      );
      const deadline = new Date(Date.parse(frozen.body.now) + LEAD_MS);
      const timeline = {
        enquiriesUntil: new Date(deadline.getTime() - 2 * SECOND).toISOString(),
        submissionDeadline: deadline.toISOString(),
      };
      const publishFrom = Date.now();
      const tenders = await inBatches(Array.from({ length: TENDERS }), CONCURRENCY, () =>
        publishedTender(t.api, officer.token, [officer.id], { timeline }),
      );
      const publishMs = Date.now() - publishFrom;
      const ids = tenders.map((x: { id: string }) => x.id);
      expect(new Set(ids).size).toBe(TENDERS);
      expect(tenders.every((x) => x.timeline.submissionDeadline === deadline.toISOString())).toBe(
        true,
      );
      const withBids = ids.slice(0, WITH_BIDS);
      const submitted = await Promise.all(
        withBids.map((id, i) => t.api.post(`/tenders/${id}/bids`, aBid(), investors[i].token)),
      );
      expect(submitted.map((r) => r.status)).toEqual(Array(WITH_BIDS).fill(201));
      await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
      // The premise: everything was in place before the common deadline.
      const ready = await serverNow(t.api);
      if (ready >= deadline) {
        throw new Error(
          `setup overran the deadline by ${ready.getTime() - deadline.getTime()} ms (publishing took ${publishMs} ms): raise LEAD_MS`,
        );
      }
      expect(
        (
          await t.sql.query(
            `SELECT count(*)::int AS n FROM tenders WHERE id = ANY($1) AND status = 'tendering'`,
            [ids],
          )
        ).rows[0].n,
      ).toBe(TENDERS);

      const byStatus = async () => {
        const { rows } = await t.sql.query<{ status: string; n: number }>(
          'SELECT status, count(*)::int AS n FROM tenders WHERE id = ANY($1) GROUP BY status',
          [ids],
        );
        return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
      };
      await sleep(Math.max(0, deadline.getTime() - (await serverNow(t.api)).getTime()));
      const deadlineSeenAt = Date.now();
      await waitFor(
        'every tender out of tendering',
        byStatus,
        (s) => !s.tendering,
        60 * SECOND,
        200,
      );
      const closingMs = Date.now() - deadlineSeenAt;

      const { rows: statuses } = await t.sql.query<{
        id: string;
        status: string;
        bids_count: number | null;
      }>('SELECT id, status, bids_count FROM tenders WHERE id = ANY($1)', [ids]);
      for (const row of statuses) {
        const expected = withBids.includes(row.id)
          ? { status: 'evaluation', bids_count: 1 }
          : { status: 'unsuccessful', bids_count: 0 };
        expect({ id: row.id, status: row.status, bids_count: row.bids_count }).toEqual({
          id: row.id,
          ...expected,
        });
      }

      const events = await closingEvents(t.sql, ids);
      expect(events.size).toBe(TENDERS);
      for (const id of ids) {
        const e = events.get(id);
        const bids = withBids.includes(id) ? 1 : 0;
        expect({ id, n: e?.n, actions: e?.actions, bidsCounts: e?.bids_counts }).toEqual({
          id,
          n: 1,
          actions: [bids ? 'tender.bids_opened' : 'tender.closed_without_bids'],
          bidsCounts: [bids],
        });
        // Never before the deadline, by the server clock.
        expect(e!.first_at.getTime()).toBeGreaterThanOrEqual(deadline.getTime());
      }
      // Tenders due together open in batches, each at the instant its transaction began
      // (a transaction per tender gave 200 instants, the last seconds late).
      const instants = new Set(ids.map((id) => events.get(id)!.first_at.getTime()));
      expect(instants.size).toBeLessThanOrEqual(TENDERS / 4);
      expect(
        (
          await t.sql.query(
            `SELECT count(*)::int AS n FROM bids WHERE tender_id = ANY($1) AND opened_content IS NOT NULL`,
            [ids],
          )
        ).rows[0].n,
      ).toBe(WITH_BIDS);

      const verify = await t.api.get('/audit/verify', admin.token);
      expect(verify.body).toMatchObject({ valid: true, firstBrokenSeq: null });
      // Every closing event is a link of the verified chain.
      const linked = await t.sql.query(
        `SELECT count(*)::int AS n FROM audit_chain c JOIN audit_events e ON e.id = c.event_id
         WHERE e.action = ANY($1) AND e.entity_id = ANY($2)`,
        [CLOSING_ACTIONS, ids],
      );
      expect(linked.rows[0].n).toBe(TENDERS);

      // Who did the work: the API process (APP_ROLE=all) counts its own transitions; the
      // rest (every tender closed exactly once, above) was done by the second worker.
      const metrics = (await t.api.scrapeMetrics()).text;
      const byApiProcess =
        counter(metrics, 'chronograph_transitions_total{kind="bids_opened"}') +
        counter(metrics, 'chronograph_transitions_total{kind="closed_without_bids"}');
      const bySecondWorker = TENDERS - byApiProcess;
      console.log(
        `chronograph-workers: published ${TENDERS} in ${publishMs} ms; all closed ${closingMs} ms after the deadline, at ${instants.size} instants; ` +
          `api+worker process closed ${byApiProcess}, second worker ${bySecondWorker}; test ${Date.now() - started} ms`,
      );
      expect(byApiProcess).toBeGreaterThan(0);
      expect(bySecondWorker).toBeGreaterThan(0);
    } finally {
      if (second) await stopProcess(second);
      rmSync(logFile, { force: true });
      await t.close();
    }
  }, 90000);

  it('A worker killed with SIGKILL in the middle of opening bids: after restart the tender is opened exactly once.', async () => {
    const BIDS = 400;
    const LEAD_MS = 5 * SECOND;
    const started = Date.now();
    const t = await startTestApp({ APP_ROLE: 'api', CHRONOGRAPH_SWEEP_INTERVAL_MS: '500' });
    const workerEnv = { ...t.env, CHRONOGRAPH_SWEEP_INTERVAL_MS: '500' };
    const logFiles = [workerLogFile(), workerLogFile()];
    const workers: ChildProcess[] = [];
    try {
      workers.push(await startWorker(workerEnv, logFiles[0]));
      const admin = await t.api.signInAdmin();
      const officer = await t.api.createStaff(admin.token, 'officer');

      // BIDS investors straight into the database, with tokens minted as the server would.
      const inns = new Set<string>();
      while (inns.size < BIDS) inns.add(validInn());
      const run = randomBytes(4).toString('hex');
      const orgIds = Array.from({ length: BIDS }, () => randomUUID());
      const userIds = Array.from({ length: BIDS }, () => randomUUID());
      await t.sql.query(
        `INSERT INTO organizations (id, name, inn)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
        [orgIds, orgIds.map((_, i) => `Bidder ${run} ${i}`), [...inns]],
      );
      await t.sql.query(
        `INSERT INTO users (id, email, password_hash, full_name, role, organization_id)
         SELECT u.id, u.email, 'not-a-password-hash', u.name, 'investor', u.org
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS u(id, email, name, org)`,
        [
          userIds,
          userIds.map((_, i) => `bidder-${run}-${i}@example.org`),
          userIds.map((_, i) => `Bidder ${i}`),
          orgIds,
        ],
      );
      const jwt = new JwtService({
        secret: DEV_DEFAULTS.JWT_SECRET,
        signOptions: { algorithm: 'HS256', expiresIn: 3600 },
      });
      const tokens = userIds.map((sub) => jwt.sign({ sub, role: 'investor' }));
      expect((await t.api.get('/me', tokens[0])).status).toBe(200);

      // The clock stands still while the tender and its 400 bids are set up, then runs: the
      // deadline is LEAD_MS of real time after the setup, however long it took.
      const frozen = await t.api.post(
        '/sandbox/clock',
        { advanceMs: 0, freeze: true },
        admin.token,
      );
      const deadline = new Date(Date.parse(frozen.body.now) + LEAD_MS);
      const tender = await publishedTender(t.api, officer.token, [officer.id], {
        timeline: {
          enquiriesUntil: new Date(deadline.getTime() - 2 * SECOND).toISOString(),
          submissionDeadline: deadline.toISOString(),
        },
      });
      const submitFrom = Date.now();
      const prices = tokens.map((_, i) => `${1000000 + i}.00`);
      const responses = await inBatches(tokens, CONCURRENCY, (token, i) =>
        t.api.post(`/tenders/${tender.id}/bids`, aBid({ unitPriceRub: prices[i] }), token),
      );
      const submitMs = Date.now() - submitFrom;
      expect(responses.filter((r) => r.status !== 201).map((r) => r.text)).toEqual([]);
      await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
      const ready = await serverNow(t.api);
      if (ready >= deadline) {
        throw new Error(
          `setup overran the deadline by ${ready.getTime() - deadline.getTime()} ms (submitting took ${submitMs} ms): raise LEAD_MS`,
        );
      }

      // Watch the worker's connection: the opening writes opened_content bid by bid in one
      // transaction; kill the worker as soon as that transaction is seen in flight.
      await sleep(Math.max(0, deadline.getTime() - (await serverNow(t.api)).getTime() - 300));
      let killedPid: number | null = null;
      let phase = 'not observed';
      const watchUntil = deadline.getTime() + 20 * SECOND;
      for (;;) {
        const { rows } = await t.sql.query<{ status: string; pid: number | null; state: string }>(
          `SELECT (SELECT status FROM tenders WHERE id = $1) AS status, a.pid, a.state
           FROM (SELECT 1) one LEFT JOIN LATERAL (
             SELECT pid, state FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid()
               AND query ILIKE 'UPDATE %opened_content%'
               AND state IN ('active', 'idle in transaction')
             LIMIT 1) a ON true`,
          [tender.id],
        );
        if (rows[0].pid !== null) {
          await stopProcess(workers[0], 'SIGKILL');
          killedPid = rows[0].pid;
          phase = `writing opened_content (${rows[0].state})`;
          break;
        }
        if (rows[0].status !== 'tendering') break; // opened before we could see it
        if (Date.now() > watchUntil) throw new Error('the opening never started');
      }
      const killedAt = Date.now();
      if (killedPid === null) await stopProcess(workers[0], 'SIGKILL');
      // The killed worker's backend notices the closed socket and rolls back.
      if (killedPid !== null) {
        await waitFor(
          'the killed worker backend to go',
          async () =>
            (await t.sql.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [killedPid]))
              .rowCount,
          (n) => n === 0,
          10 * SECOND,
          20,
        );
      }

      const stateOf = async () => {
        const { rows } = await t.sql.query<{
          status: string;
          bids_opened_at: Date | null;
          bids_count: number | null;
          opened: number;
          total: number;
        }>(
          `SELECT t.status, t.bids_opened_at, t.bids_count,
                  (SELECT count(*)::int FROM bids b WHERE b.tender_id = t.id AND b.opened_content IS NOT NULL) AS opened,
                  (SELECT count(*)::int FROM bids b WHERE b.tender_id = t.id) AS total
           FROM tenders t WHERE t.id = $1`,
          [tender.id],
        );
        return rows[0];
      };
      const afterKill = await stateOf();
      const untouched = {
        status: 'tendering',
        bids_opened_at: null,
        bids_count: null,
        opened: 0,
        total: BIDS,
      };
      const fullyOpened = {
        status: 'evaluation',
        bids_opened_at: expect.any(Date),
        bids_count: BIDS,
        opened: BIDS,
        total: BIDS,
      };
      // All or nothing: never a tender half opened.
      if (afterKill.status === 'tendering') expect(afterKill).toEqual(untouched);
      else expect(afterKill).toEqual(fullyOpened);
      const hit = afterKill.status === 'tendering';

      workers.push(await startWorker(workerEnv, logFiles[1]));
      await waitFor('evaluation', stateOf, (s) => s.status === 'evaluation', 30 * SECOND);
      const reopenedMs = Date.now() - killedAt;
      expect(await stateOf()).toEqual(fullyOpened);

      const events = await closingEvents(t.sql, [tender.id]);
      expect(events.get(tender.id)).toMatchObject({
        n: 1,
        actions: ['tender.bids_opened'],
        bids_counts: [BIDS],
      });
      expect(events.get(tender.id)!.first_at.getTime()).toBeGreaterThanOrEqual(deadline.getTime());
      // Each bid opened once, to exactly what its investor sent.
      const { rows: opened } = await t.sql.query<{ price: string; n: number }>(
        `SELECT opened_content->>'unitPriceRub' AS price, count(*)::int AS n
         FROM bids WHERE tender_id = $1 GROUP BY 1`,
        [tender.id],
      );
      expect(opened.every((r) => r.n === 1)).toBe(true);
      expect(opened.map((r) => r.price).sort()).toEqual([...prices].sort());
      expect((await t.api.get(`/tenders/${tender.id}`)).body).toMatchObject({
        status: 'evaluation',
        bidsCount: BIDS,
      });
      expect((await t.api.get('/audit/verify', admin.token)).body).toMatchObject({
        valid: true,
        firstBrokenSeq: null,
      });
      console.log(
        `chronograph-workers: ${BIDS} bids submitted in ${submitMs} ms; SIGKILL ${
          hit
            ? `hit the opening in flight, ${phase}`
            : `missed: the opening had committed (${phase})`
        }; opened by the new worker ${reopenedMs} ms after the kill; test ${Date.now() - started} ms`,
      );
    } finally {
      for (const w of workers) await stopProcess(w);
      for (const f of logFiles) rmSync(f, { force: true });
      await t.close();
    }
  }, 90000);
});
