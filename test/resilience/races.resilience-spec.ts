import type { ApiClient, ApiResponse, SignedIn } from '../support/api-client';
import { activeContract, scoredTender } from '../support/contract-factory';
import { aBid, publishedTender } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import {
  ServiceProcess,
  startApiProcess,
  startWorkerProcess,
  stopProcesses,
} from './support/process-faults';

/**
 * Two API processes and two worker processes on one database and one Redis, as when the
 * service is scaled out. Each race sends two conflicting writes at once, one to each API
 * process, several times. Where the writes exclude each other exactly one wins; where
 * both may succeed in one order (withdraw after a replacement, cancel after an award) the
 * outcome must be the one of a serial order, never a mix. Losers answer 409, never 500.
 */

const ROUNDS = 5;

describe('races between two API and two worker processes', () => {
  let t: TestApp;
  let a: ApiClient;
  let b: ApiClient;
  let admin: SignedIn;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', CHRONOGRAPH_SWEEP_INTERVAL_MS: '500' });
    processes.push(
      ...(await Promise.all([
        startApiProcess(t.env),
        startWorkerProcess(t.env),
        startWorkerProcess(t.env),
      ])),
    );
    a = t.api;
    b = processes[0].api!;
    admin = await a.signInAdmin();
  }, 60000);

  afterAll(async () => {
    await stopProcesses(processes);
    await t.close();
  }, 60000);

  afterEach(async () => {
    const verify = await a.get('/audit/verify', admin.token);
    expect(verify.body).toMatchObject({ valid: true, firstBrokenSeq: null });
  });

  const statusOf = (r: ApiResponse) => (r.status === 409 ? `409 ${r.body?.code}` : `${r.status}`);

  /** Actions recorded for an entity, in chain order. */
  const actions = async (entityId: string, prefix: string) =>
    (
      await t.sql.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE $2 ORDER BY id`,
        [entityId, `${prefix}%`],
      )
    ).rows.map((r) => r.action);

  it('award and cancel of one tender at once: cancel always stands; award wins only if it came first, as the audit trail says', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { tender, officer } = await scoredTender(a, admin);
      const [award, cancel] = await Promise.all([
        a.post(`/tenders/${tender.id}/award`, {}, officer.token),
        b.post(
          `/tenders/${tender.id}/cancel`,
          { reason: 'Force majeure: the site was flooded', reasonType: 'force_majeure' },
          officer.token,
        ),
      ]);
      const outcome = { award: statusOf(award), cancel: statusOf(cancel) };
      outcomes.push(`${outcome.award}/${outcome.cancel}`);
      const { rows } = await t.sql.query<{ status: string; next_check_at: Date | null }>(
        'SELECT status, next_check_at FROM tenders WHERE id = $1',
        [tender.id],
      );
      const trail = (await actions(tender.id, 'tender.')).filter((x) =>
        ['tender.awarded', 'tender.cancelled'].includes(x),
      );
      // Serial orders only: cancel then award (refused), or award then cancel.
      expect({ outcome, final: rows[0], trail }).toEqual(
        award.status === 200
          ? {
              outcome: { award: '200', cancel: '200' },
              final: { status: 'cancelled', next_check_at: null },
              trail: ['tender.awarded', 'tender.cancelled'],
            }
          : {
              outcome: { award: '409 INVALID_STATE', cancel: '200' },
              final: { status: 'cancelled', next_check_at: null },
              trail: ['tender.cancelled'],
            },
      );
    }
    console.log(`races: award/cancel outcomes ${outcomes.join(', ')}`);
  }, 150000);

  it('replace and withdraw of one bid at once: the bid ends withdrawn, at version 2 only if the replacement came first', async () => {
    const officer = await a.createStaff(admin.token, 'officer');
    const tender = await publishedTender(a, officer.token, [officer.id]);
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const investor = await a.registerInvestor();
      const bid = (await a.post(`/tenders/${tender.id}/bids`, aBid(), investor.token)).body;
      const [replace, withdraw] = await Promise.all([
        a.request('PUT', `/tenders/${tender.id}/bids/${bid.id}`, {
          token: investor.token,
          body: aBid({ unitPriceRub: '1310000.00' }),
        }),
        b.post(`/tenders/${tender.id}/bids/${bid.id}/withdraw`, {}, investor.token),
      ]);
      const outcome = { replace: statusOf(replace), withdraw: statusOf(withdraw) };
      outcomes.push(`${outcome.replace}/${outcome.withdraw}`);
      const { rows } = await t.sql.query<{ status: string; version: number; versions: number }>(
        `SELECT status, version, (SELECT count(*)::int FROM bid_versions WHERE bid_id = $1) AS versions
         FROM bids WHERE id = $1`,
        [bid.id],
      );
      const trail = await actions(bid.id, 'bid.');
      expect({ outcome, final: rows[0], trail }).toEqual(
        replace.status === 200
          ? {
              outcome: { replace: '200', withdraw: '200' },
              final: { status: 'withdrawn', version: 2, versions: 2 },
              trail: ['bid.submitted', 'bid.replaced', 'bid.withdrawn'],
            }
          : {
              outcome: { replace: '409 INVALID_STATE', withdraw: '200' },
              final: { status: 'withdrawn', version: 1, versions: 1 },
              trail: ['bid.submitted', 'bid.withdrawn'],
            },
      );
    }
    console.log(`races: replace/withdraw outcomes ${outcomes.join(', ')}`);
  }, 150000);

  it('two auditors review one report at once: exactly one review stands, the other gets 409', async () => {
    const { contract, officer, winner } = await activeContract(a, admin);
    const countersigned = await a.post(`/contracts/${contract.id}/countersign`, {}, officer.token);
    expect(countersigned.status).toBe(200);
    const milestone = countersigned.body.milestones[0];
    const auditors = [
      await a.createStaff(admin.token, 'auditor'),
      await a.createStaff(admin.token, 'auditor'),
    ];
    const winners: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const path = `/contracts/${contract.id}/milestones/${milestone.id}/reports`;
      const report = await a.post(
        path,
        { note: `round ${round}`, investedRub: '1.00' },
        winner.token,
      );
      expect(report.status).toBe(201);
      // Both reject, so the milestone takes a new report next round; comments tell them apart.
      const reviews = await Promise.all(
        [a, b].map((api, i) =>
          api.post(
            `${path}/${report.body.id}/review`,
            { decision: 'rejected', comment: `auditor ${i}` },
            auditors[i].token,
          ),
        ),
      );
      expect(reviews.map(statusOf).sort()).toEqual(['200', '409 INVALID_STATE']);
      const won = reviews.findIndex((r) => r.status === 200);
      winners.push(won);
      const { rows } = await t.sql.query<{ comment: string; reviewer_id: string }>(
        'SELECT comment, reviewer_id FROM milestone_reports WHERE id = $1',
        [report.body.id],
      );
      expect(rows[0]).toEqual({ comment: `auditor ${won}`, reviewer_id: auditors[won].id });
      const reviewEvents = await t.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action IN ('milestone.report_accepted', 'milestone.report_rejected') AND data->>'reportId' = $1`,
        [report.body.id],
      );
      expect(reviewEvents.rows[0].n).toBe(1);
    }
    console.log(`races: review winners (auditor index) ${winners.join(', ')}`);
  }, 150000);
});
