import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { ApiResponse, SignedIn } from '../support/api-client';
import { aBid, publishedTender } from '../support/tender-factory';
import { waitForLockWaiter } from '../support/lock-waiter';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Group commit (issue #19): submissions and replacements that arrive while a group for
 * the tender is running are filed together as the next group. The test holds the tender
 * row and sends one unrelated lead request, whose group waits on it; every request sent
 * then joins the next group, and each must still get its own answer, as if filed alone.
 */
describe('bid intake: concurrent filings to one tender share a transaction', () => {
  let t: TestApp;
  let officer: SignedIn;
  let receiptKey: KeyObject;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    receiptKey = createPublicKey((await t.api.get('/receipts/public-key')).body.publicKeyPem);
  });
  afterAll(() => t.close());

  /**
   * Holds the tender row, sends `lead` and waits until its group waits on the row, then
   * sends the requests, which queue as one group behind it, and lets all through.
   */
  async function oneGroup(
    tenderId: string,
    lead: () => Promise<ApiResponse>,
    requests: () => Promise<ApiResponse>[],
  ): Promise<{ lead: ApiResponse; answers: ApiResponse[] }> {
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM tenders WHERE id = $1 FOR UPDATE', [tenderId]);
      const first = lead();
      await waitForLockWaiter(t.sql, 'tender');
      const answers = Promise.all(requests());
      // They pass the guard and validation and queue behind the lead's group.
      await sleep(1000);
      await holder.query('COMMIT');
      return { lead: await first, answers: await answers };
    } finally {
      await holder.end();
    }
  }

  function expectValidReceipt(bid: any): void {
    const message = `${bid.receipt.sha256}|${bid.id}|${bid.version}|${bid.receipt.submittedAt}`;
    expect(
      verify(null, Buffer.from(message), receiptKey, Buffer.from(bid.receipt.signature, 'base64')),
    ).toBe(true);
  }

  async function auditEvents(action: string, ids: string[]): Promise<number> {
    const { rows } = await t.sql.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND entity_id = ANY($2)`,
      [action, ids],
    );
    return rows[0].n;
  }

  it('answers each submission of a group on its own: receipts, BID_EXISTS for a second bid of one organization, 400 for a bid that does not price the tender', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const url = `/tenders/${tender.id}/bids`;
    const investors = await Promise.all(Array.from({ length: 7 }, () => t.api.registerInvestor()));
    const [leader, twice, unpriced, ...others] = investors;
    const { lead, answers } = await oneGroup(
      tender.id,
      () => t.api.post(url, aBid({ unitPriceRub: '1290000.00' }), leader.token),
      () => [
        t.api.post(url, aBid({ unitPriceRub: '1300000.00' }), twice.token),
        t.api.post(url, aBid({ unitPriceRub: '1310000.00' }), twice.token),
        t.api.post(
          url,
          aBid({
            unitPriceRub: undefined,
            prices: [{ item: 'no-such-item', unitPriceRub: '1.00' }],
          }),
          unpriced.token,
        ),
        ...others.map((o, i) =>
          t.api.post(url, aBid({ unitPriceRub: `${1320000 + i}.00` }), o.token),
        ),
      ],
    );
    expect(lead.status).toBe(201);

    const [first, second, refused, ...filed] = answers;
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect([first, second].find((a) => a.status === 409)?.body.code).toBe('BID_EXISTS');
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(filed.map((a) => a.status)).toEqual([201, 201, 201, 201]);

    const accepted = [...filed, first.status === 201 ? first : second].map((a) => a.body);
    for (const [i, bid] of filed.entries()) {
      expect(bid.body.organization.id).toBe(others[i].organizationId);
      expect(bid.body.unitPriceRub).toBe(`${1320000 + i}.00`);
    }
    accepted.forEach(expectValidReceipt);
    expect(new Set(accepted.map((b) => b.id)).size).toBe(5);
    // One group, one instant, after the lead's.
    expect(new Set(accepted.map((b) => b.submittedAt))).toEqual(new Set([accepted[0].submittedAt]));
    expect(accepted[0].submittedAt > lead.body.submittedAt).toBe(true);
    const { rows } = await t.sql.query(
      `SELECT organization_id, count(*)::int AS n FROM bids WHERE tender_id = $1
       GROUP BY organization_id`,
      [tender.id],
    );
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(rows.map((r) => r.organization_id)).not.toContain(unpriced.organizationId);
    expect(
      await auditEvents(
        'bid.submitted',
        accepted.map((b) => b.id),
      ),
    ).toBe(5);
  });

  it('files replacements of a group in order: two of one bid become versions 2 and 3, another organization’s bid is 404', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const url = `/tenders/${tender.id}/bids`;
    const investors = await Promise.all(Array.from({ length: 4 }, () => t.api.registerInvestor()));
    const bids: any[] = [];
    for (const investor of investors) {
      const res = await t.api.post(url, aBid(), investor.token);
      expect(res.status).toBe(201);
      bids.push(res.body);
    }
    const [owner, other, stranger, leader] = investors;
    const { lead, answers } = await oneGroup(
      tender.id,
      () =>
        t.api.request('PUT', `${url}/${bids[3].id}`, {
          body: aBid({ unitPriceRub: '1304000.00' }),
          token: leader.token,
        }),
      () => [
        t.api.request('PUT', `${url}/${bids[0].id}`, {
          body: aBid({ unitPriceRub: '1301000.00' }),
          token: owner.token,
        }),
        t.api.request('PUT', `${url}/${bids[0].id}`, {
          body: aBid({ unitPriceRub: '1302000.00' }),
          token: owner.token,
        }),
        t.api.request('PUT', `${url}/${bids[1].id}`, {
          body: aBid({ unitPriceRub: '1303000.00' }),
          token: other.token,
        }),
        t.api.request('PUT', `${url}/${bids[0].id}`, {
          body: aBid({ unitPriceRub: '1.00' }),
          token: stranger.token,
        }),
      ],
    );
    expect(lead.status).toBe(200);

    const [a, b, c, d] = answers;
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    expect(d.status).toBe(404);
    expect([a.body.version, b.body.version].sort()).toEqual([2, 3]);
    expect(c.body.version).toBe(2);
    [a, b, c].forEach((r) => expectValidReceipt(r.body));
    expect(new Set([a, b, c].map((r) => r.body.submittedAt)).size).toBe(1);
    const latest = a.body.version === 3 ? a : b;
    const shown = await t.api.get(`${url}/${bids[0].id}`, owner.token);
    expect(shown.body).toMatchObject({
      version: 3,
      receipt: latest.body.receipt,
    });
    const { rows } = await t.sql.query(
      `SELECT version FROM bid_versions WHERE bid_id = $1 ORDER BY version`,
      [bids[0].id],
    );
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(await auditEvents('bid.replaced', [bids[0].id, bids[1].id])).toBe(3);
  });
});
