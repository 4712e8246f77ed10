import type { SignedIn } from '../support/api-client';
import { publishedTender } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import {
  BidLoad,
  RETRY_CONFLICTS,
  startBidLoad,
  tallyUnexpected,
  unkeptAcks,
} from './support/bid-load';
import {
  killProcess,
  ServiceProcess,
  startApiProcess,
  stopProcesses,
  unexpectedErrorsLogged,
  waitFor,
} from './support/process-faults';

/**
 * The API process dies with SIGKILL (no shutdown hook, requests cut mid-transaction) while
 * investors keep submitting and replacing bids, and is started again, three times. The
 * TestApp's own process serves the setup and the checks; the victim takes the load.
 */

const INVESTORS = 10;
const TENDERS = 3;
const KILLS = 3;
const ACKS_BETWEEN_KILLS = 15;

describe('the API process killed under bid load', () => {
  let t: TestApp;
  let victim: ServiceProcess | undefined;
  let load: BidLoad | undefined;
  const dead: ServiceProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
  }, 60000);

  afterAll(async () => {
    await load?.stop();
    await stopProcesses(victim ? [victim, ...dead] : dead);
    await t.close();
  }, 60000);

  it('every bid version answered 200/201 is stored exactly as its receipt says, no bid exists twice, and the audit chain verifies', async () => {
    const admin = await t.api.signInAdmin();
    const officer = await t.api.createStaff(admin.token, 'officer');
    const tenders = [];
    for (let i = 0; i < TENDERS; i++) {
      tenders.push(await publishedTender(t.api, officer.token, [officer.id]));
    }
    const investors: SignedIn[] = await Promise.all(
      Array.from({ length: INVESTORS }, () => t.api.registerInvestor()),
    );
    victim = await startApiProcess(t.env);
    const bids = startBidLoad(
      () => victim!.api!.baseUrl,
      tenders.map((x: { id: string }) => x.id),
      investors,
    );
    load = bids; // afterAll stops it if the test fails first
    const acked = () => bids.report.acks.length;

    for (let kill = 0; kill < KILLS; kill++) {
      const before = acked();
      await waitFor('bids between kills', acked, (n) => n >= before + ACKS_BETWEEN_KILLS, 60000);
      await killProcess(victim);
      dead.push(victim);
      victim = await startApiProcess(t.env);
    }
    const afterLastRestart = acked();
    await waitFor('bids after the last restart', acked, (n) => n >= afterLastRestart + 10, 60000);
    const { acks, results } = await bids.stop();

    // A cut request is a network error for the client; anything else must be clean.
    const unexpected = tallyUnexpected(
      results,
      (r) =>
        r.status === 200 ||
        r.status === 201 ||
        r.status === 'network' ||
        (r.status === 409 && RETRY_CONFLICTS.includes(r.code!)),
    );
    const logged =
      Object.keys(unexpected).length > 0 ? [...dead, victim].flatMap(unexpectedErrorsLogged) : [];
    expect({ unexpected, logged }).toEqual({ unexpected: {}, logged: [] });
    const cut = results.filter((r) => r.status === 'network').length;
    console.log(
      `crash-under-load: ${KILLS} kills, ${results.length} requests, ${acks.length} acknowledged, ${cut} cut off`,
    );

    const key = (await t.api.get('/receipts/public-key')).body.publicKeyPem as string;
    expect(await unkeptAcks(t.sql, acks, key)).toEqual([]);
    // What the owner reads back is the newest acknowledged receipt, unless a later
    // version landed without its answer reaching the client.
    const newest = new Map(acks.map((a) => [a.bidId, a]));
    const tokens = await t.sql.query<{ id: string; tender_id: string; version: number }>(
      'SELECT id, tender_id, version FROM bids WHERE id = ANY($1)',
      [[...newest.keys()]],
    );
    for (const row of tokens.rows) {
      const ack = newest.get(row.id)!;
      expect(row.version).toBeGreaterThanOrEqual(ack.version);
      if (row.version === ack.version) {
        const read = await t.api.get(`/tenders/${row.tender_id}/bids/${row.id}`, ack.token);
        expect(read.body.receipt).toEqual(ack.receipt);
      }
    }
    const verify = await t.api.get('/audit/verify', admin.token);
    expect(verify.body).toMatchObject({ valid: true, firstBrokenSeq: null });
  }, 170000);
});
