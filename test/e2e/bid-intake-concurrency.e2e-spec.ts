import { createPublicKey, verify } from 'node:crypto';
import type { SignedIn } from '../support/api-client';
import { aBid, publishedTender } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

describe('bid intake under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('takes 50 concurrent submissions from 50 investors, each with a valid receipt, and the chain verifies', async () => {
    const admin = await t.api.signInAdmin();
    const officer = await t.api.createStaff(admin.token, 'officer');
    const auditor = await t.api.createStaff(admin.token, 'auditor');
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const investors: SignedIn[] = [];
    for (let i = 0; i < 50; i += 10) {
      investors.push(
        ...(await Promise.all(Array.from({ length: 10 }, () => t.api.registerInvestor()))),
      );
    }
    const results = await Promise.all(
      investors.map((inv, i) =>
        t.api.post(
          `/tenders/${tender.id}/bids`,
          aBid({ unitPriceRub: `${1300000 + i}.00` }),
          inv.token,
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const key = createPublicKey((await t.api.get('/receipts/public-key')).body.publicKeyPem);
    for (const { body } of results) {
      const message = `${body.receipt.sha256}|${body.id}|${body.version}|${body.receipt.submittedAt}`;
      expect(
        verify(null, Buffer.from(message), key, Buffer.from(body.receipt.signature, 'base64')),
      ).toBe(true);
    }
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM bids WHERE tender_id = $1', [
      tender.id,
    ]);
    expect(rows[0].n).toBe(50);
    expect((await t.api.get('/audit/verify', auditor.token)).body).toMatchObject({
      valid: true,
      firstBrokenSeq: null,
    });
  });
});
