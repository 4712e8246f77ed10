import { Client } from 'pg';
import { publishedTender } from '../support/tender-factory';
import {
  BidLoad,
  RETRY_CONFLICTS,
  startBidLoad,
  tallyUnexpected,
  unkeptAcks,
} from './support/bid-load';
import { PrivatePostgres, PrivateRedis } from './support/private-services';
import {
  ServiceProcess,
  sleep,
  startApiProcess,
  stopProcesses,
  TimedResult,
  timedRequest,
  unexpectedErrorsLogged,
  waitFor,
} from './support/process-faults';

/**
 * PostgreSQL goes away under load (a private cluster: the machine's shared one is never
 * touched) and comes back. The API must say so quickly and truthfully (503, never 500,
 * never a hang) and recover without a restart of its own.
 */

const CLIENT_TIMEOUT_MS = 10000;
const INVESTORS = 8;

describe('PostgreSQL restarted while bids arrive', () => {
  let pg: PrivatePostgres | undefined;
  let redis: PrivateRedis | undefined;
  let load: BidLoad | undefined;
  const processes: ServiceProcess[] = [];

  afterAll(async () => {
    await load?.stop();
    await stopProcesses(processes);
    await pg?.destroy();
    await redis?.stop();
  }, 60000);

  it('answers 503 DEPENDENCY_UNAVAILABLE while the database is down (never 500, never past 10 s), reports not ready, recovers by itself and keeps every acknowledged bid', async () => {
    pg = await PrivatePostgres.create();
    redis = await PrivateRedis.create(); // so nothing is left behind in the shared one
    const databaseUrl = await pg.createDatabase('offset_tender_test_restart');
    // The API migrates the empty database at boot, as in production.
    const app = await startApiProcess({
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'test-restart',
      SANDBOX: 'true',
      LOG_LEVEL: 'info',
    });
    processes.push(app);
    const api = app.api!;
    const admin = await api.signInAdmin();
    const officer = await api.createStaff(admin.token, 'officer');
    const tender = await publishedTender(api, officer.token, [officer.id]);
    const investors = await Promise.all(
      Array.from({ length: INVESTORS }, () => api.registerInvestor()),
    );
    const ready = () => timedRequest(api.baseUrl, 'GET', '/health/ready', {}, CLIENT_TIMEOUT_MS);

    const bids = startBidLoad(() => api.baseUrl, [tender.id], investors, CLIENT_TIMEOUT_MS);
    load = bids; // afterAll stops it if the test fails first
    await waitFor(
      'bids before the restart',
      () => bids.report.acks.length,
      (n) => n >= 10,
      30000,
    );
    await pg.stop();
    const downAt = Date.now();
    const notReady = await ready();
    // Requests keep arriving at the dead database for a while; what each answer was is
    // checked once the load stops.
    const refused = (r: TimedResult) => r.status !== 200 && r.status !== 201;
    await waitFor(
      'refused bids while the database is down',
      () => bids.report.results.filter((r) => r.at > downAt && refused(r)).length,
      (n) => n >= 5,
      30000,
    );
    await sleep(1000);
    await pg.start();
    const upAt = Date.now();
    await waitFor('readiness again', ready, (r) => r.status === 200, 30000);
    const acksBeforeRecovery = bids.report.acks.length;
    await waitFor(
      'bids after recovery',
      () => bids.report.acks.length,
      (n) => n >= acksBeforeRecovery + 10,
      30000,
    );
    const { acks, results } = await bids.stop();

    expect({ status: notReady.status, code: notReady.code }).toEqual({
      status: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
    });
    // Every answer: a success, a clean 503, or (for a key cut off mid-request) a 409.
    const unexpected = tallyUnexpected(
      results,
      (r) =>
        r.status === 200 ||
        r.status === 201 ||
        (r.status === 503 && r.code === 'DEPENDENCY_UNAVAILABLE') ||
        (r.status === 409 && RETRY_CONFLICTS.includes(r.code!)),
    );
    const logged = Object.keys(unexpected).length > 0 ? unexpectedErrorsLogged(app) : [];
    expect({ unexpected, logged }).toEqual({ unexpected: {}, logged: [] });
    const during = results.filter((r) => r.at > downAt && r.at < upAt);
    console.log(
      `database-restart: ${results.length} requests, ${acks.length} acknowledged; ` +
        `${during.length} answered while down, slowest ${Math.max(...during.map((r) => r.ms))} ms`,
    );

    const sql = new Client({ connectionString: databaseUrl });
    await sql.connect();
    try {
      const key = (await api.get('/receipts/public-key')).body.publicKeyPem as string;
      expect(await unkeptAcks(sql, acks, key)).toEqual([]);
    } finally {
      await sql.end();
    }
    const verify = await api.get('/audit/verify', admin.token);
    expect(verify.body).toMatchObject({ valid: true, firstBrokenSeq: null });
  }, 150000);
});
