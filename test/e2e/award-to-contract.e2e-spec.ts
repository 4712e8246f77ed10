import type { SignedIn } from '../support/api-client';
import { awardedTender } from '../support/contract-factory';
import { serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 3600e3;

describe('from award to contract', () => {
  let t: TestApp;
  let admin: SignedIn;
  const status = async (id: string) => (await t.api.get(`/tenders/${id}`)).body.status as string;
  const advance = (ms: number) => t.api.post('/sandbox/clock', { advanceMs: ms }, admin.token);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
  });
  afterAll(() => t.close());

  it('holds contracting while a complaint is pending; upheld sends the tender back to evaluation', async () => {
    const { tender, runnerUp, officer } = await awardedTender(t.api, admin);
    const stranger = await t.api.registerInvestor();
    expect(
      (
        await t.api.post(
          `/tenders/${tender.id}/complaints`,
          { subject: 'x', text: 'y' },
          stranger.token,
        )
      ).status,
    ).toBe(403);
    const complaint = await t.api.post(
      `/tenders/${tender.id}/complaints`,
      { subject: 'Scoring', text: 'Unfair' },
      runnerUp.token,
    );
    expect(complaint.status).toBe(201);
    expect(complaint.body.status).toBe('pending');
    const schedule = await t.api.get(`/tenders/${tender.id}/schedule`);
    expect(schedule.body.blockedBy.map((b: { code: string }) => b.code)).toEqual([
      'COMPLAINT_PENDING',
    ]);
    expect(schedule.body.next).toBeNull();
    await advance(11 * DAY);
    expect(await status(tender.id)).toBe('standstill'); // the pending complaint holds it

    expect(
      (
        await t.api.post(
          `/tenders/${tender.id}/complaints/${complaint.body.id}/decision`,
          { decision: 'upheld', reason: 'x' },
          officer.token,
        )
      ).status,
    ).toBe(403);
    const decided = await t.api.post(
      `/tenders/${tender.id}/complaints/${complaint.body.id}/decision`,
      { decision: 'upheld', reason: 'FAS decision 1' },
      admin.token,
    );
    expect(decided.status).toBe(201);
    expect(await status(tender.id)).toBe('evaluation');
    const protocol = await t.api.get(`/tenders/${tender.id}/evaluation`, officer.token);
    expect(protocol.body.status).toBe('in_progress');
    expect(
      (
        await t.api.post(
          `/tenders/${tender.id}/complaints`,
          { subject: 'Late', text: 'z' },
          runnerUp.token,
        )
      ).body.code,
    ).toBe('COMPLAINT_WINDOW_CLOSED');
  });

  it('moves to contracting after a dismissed complaint and the stand-still; sign + countersign complete the tender', async () => {
    const { tender, runnerUp, winner, officer, first } = await awardedTender(t.api, admin);
    const complaint = await t.api.post(
      `/tenders/${tender.id}/complaints`,
      { subject: 'Scoring', text: 'Unfair' },
      runnerUp.token,
    );
    await t.api.post(
      `/tenders/${tender.id}/complaints/${complaint.body.id}/decision`,
      { decision: 'dismissed', reason: 'No grounds' },
      admin.token,
    );
    expect(await status(tender.id)).toBe('standstill');
    await advance(10 * DAY + 60e3);
    expect(await status(tender.id)).toBe('contracting');

    const [contract] = (await t.api.get(`/contracts?tenderId=${tender.id}`, officer.token)).body
      .items;
    expect(contract).toMatchObject({
      status: 'pending_signature',
      bidId: first.id,
      unitPriceRub: '1300000.00',
      quantity: 12000,
      valueRub: '15600000000.00',
    });
    expect((await t.api.get(`/contracts/${contract.id}`, runnerUp.token)).status).toBe(404);
    expect((await t.api.post(`/contracts/${contract.id}/sign`, {}, officer.token)).status).toBe(
      403,
    );
    expect(
      (await t.api.post(`/contracts/${contract.id}/countersign`, {}, officer.token)).body.code,
    ).toBe('INVALID_STATE');
    const signed = await t.api.post(`/contracts/${contract.id}/sign`, {}, winner.token);
    expect(signed.status).toBe(200);
    expect(
      (await t.api.post(`/contracts/${contract.id}/countersign`, {}, winner.token)).status,
    ).toBe(403);
    const active = await t.api.post(`/contracts/${contract.id}/countersign`, {}, officer.token);
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({ status: 'active' });
    expect(Date.parse(active.body.buildDeadline)).toBeGreaterThan(Date.parse(active.body.signedAt));
    expect(await status(tender.id)).toBe('complete');
    const forBidder = await t.api.get(`/tenders/${tender.id}/evaluation`, runnerUp.token);
    expect(forBidder.body.status).toBe('final');
    // The chronograph completes the contract at the end of its 10-year term.
    await advance(Date.parse(active.body.endsAt) - (await serverNow(t.api)).getTime() + 1000);
    expect((await t.api.get(`/contracts/${contract.id}`, winner.token)).body.status).toBe(
      'completed',
    );
    const auditor = await t.api.createStaff(admin.token, 'auditor');
    const events = await t.api.get(`/audit/events?entityId=${contract.id}`, auditor.token);
    const actions = events.body.items.map((e: { action: string }) => e.action);
    // Milestone events come between (reminders, overdue); these four stand in this order.
    expect(actions.filter((a: string) => a.startsWith('contract.'))).toEqual([
      'contract.opened',
      'contract.signed',
      'contract.countersigned',
      'contract.completed',
    ]);
    expect((await t.api.get('/audit/verify', auditor.token)).body.valid).toBe(true);
  });

  it('hands the contract to rank 2 when the winner misses the signing deadline, then gives up', async () => {
    const { tender, winner, runnerUp, officer, second } = await awardedTender(t.api, admin);
    await advance(10 * DAY + 60e3);
    const [first] = (await t.api.get(`/contracts?tenderId=${tender.id}`, officer.token)).body.items;
    await advance(Date.parse(first.signingDeadline) - (await serverNow(t.api)).getTime() + 1000);
    const late = await t.api.post(`/contracts/${first.id}/sign`, {}, winner.token);
    expect(late.status).toBe(409);
    expect(['SIGNING_CLOSED', 'INVALID_STATE']).toContain(late.body.code);
    const contracts = (await t.api.get(`/contracts?tenderId=${tender.id}`, officer.token)).body
      .items;
    const refused = contracts.find((c: { id: string }) => c.id === first.id);
    const handedOver = contracts.find((c: { id: string }) => c.id !== first.id);
    expect(refused.status).toBe('refused');
    const onlyRefused = await t.api.get(
      `/contracts?tenderId=${tender.id}&status=refused`,
      officer.token,
    );
    expect(onlyRefused.body.items.map((c: { id: string }) => c.id)).toEqual([first.id]);
    expect(handedOver).toMatchObject({ status: 'pending_signature', bidId: second.id });
    const kinds = (await t.api.get('/notifications?limit=200', winner.token)).body.items.map(
      (n: { kind: string }) => n.kind,
    );
    expect(kinds.filter((k: string) => k === 'signing_reminder_48h')).toHaveLength(1);
    expect(kinds).toContain('contract_to_sign');
    const { rows } = await t.sql.query(
      'SELECT organization_id FROM evasions WHERE contract_id = $1',
      [first.id],
    );
    expect(rows).toHaveLength(1);
    expect(await status(tender.id)).toBe('contracting');

    await advance(
      Date.parse(handedOver.signingDeadline) - (await serverNow(t.api)).getTime() + 1000,
    );
    expect(await status(tender.id)).toBe('unsuccessful');
    expect((await t.api.post(`/contracts/${handedOver.id}/sign`, {}, runnerUp.token)).status).toBe(
      409,
    );
  });

  it('keeps a cancelled tender cancelled: no signature, no complaint decision revives it', async () => {
    const contracting = await awardedTender(t.api, admin);
    await advance(10 * DAY + 60e3);
    const [pending] = (
      await t.api.get(`/contracts?tenderId=${contracting.tender.id}`, contracting.officer.token)
    ).body.items;
    const cancel = { reason: 'Budget withdrawn', reasonType: 'force_majeure' };
    expect(
      (
        await t.api.post(
          `/tenders/${contracting.tender.id}/cancel`,
          cancel,
          contracting.officer.token,
        )
      ).status,
    ).toBe(200);
    expect(
      (await t.api.post(`/contracts/${pending.id}/sign`, {}, contracting.winner.token)).status,
    ).toBe(409);
    expect(
      (await t.api.get(`/contracts/${pending.id}`, contracting.officer.token)).body.status,
    ).toBe('refused');
    expect(await status(contracting.tender.id)).toBe('cancelled');

    const standstill = await awardedTender(t.api, admin);
    const complaint = await t.api.post(
      `/tenders/${standstill.tender.id}/complaints`,
      { subject: 'x', text: 'y' },
      standstill.runnerUp.token,
    );
    await t.api.post(`/tenders/${standstill.tender.id}/cancel`, cancel, standstill.officer.token);
    const upheld = await t.api.post(
      `/tenders/${standstill.tender.id}/complaints/${complaint.body.id}/decision`,
      { decision: 'upheld', reason: 'late' },
      admin.token,
    );
    expect(upheld.status).toBe(409);
    expect(await status(standstill.tender.id)).toBe('cancelled');
  });
});
