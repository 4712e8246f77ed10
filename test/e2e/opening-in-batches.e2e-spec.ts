import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { openBidsInTest } from '../support/bid-opening';
import { aBid, publishedTender } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The opening reads, decrypts, admits and writes the bids in batches, several in flight at
 * once (a 10,000-bid tender is ten batches). Opened two at a time here, eleven bids take
 * every path: writes queued behind the next batch, awaited in turn, the last one.
 */
describe('the opening in batches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('opens every bid once, with its own content and its own admission decision', async () => {
    const admin = await t.api.signInAdmin();
    const officer = await t.api.createStaff(admin.token, 'officer');
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const filed = new Map<string, { price: string; admitted: boolean }>();
    for (let i = 0; i < 11; i++) {
      const investor = await t.api.registerInvestor();
      const price = `${1300000 + i}.00`;
      // Every third invests below the tender's minimum: rejected at the opening.
      const admitted = i % 3 !== 0;
      const offer = aBid({
        unitPriceRub: price,
        ...(admitted ? {} : { investmentRub: '1000.00' }),
      });
      const res = await t.api.post(`/tenders/${tender.id}/bids`, offer, investor.token);
      expect(res.status).toBe(201);
      filed.set(res.body.id, { price, admitted });
    }

    const ds = new DataSource(dataSourceOptions(t.databaseUrl));
    await ds.initialize();
    const opening = await ds
      .transaction((m) => openBidsInTest(m, [tender.id], new Date(), 2))
      .finally(() => ds.destroy());
    expect(opening.get(tender.id)).toEqual({ bidsCount: 11, admitted: 7 });

    const sql = new Client({ connectionString: t.databaseUrl });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ id: string; status: string; price: string }>(
        `SELECT id, status, opened_content->>'unitPriceRub' AS price FROM bids WHERE tender_id = $1`,
        [tender.id],
      );
      const opened = new Map(
        rows.map((r) => [r.id, { price: r.price, admitted: r.status === 'admitted' }]),
      );
      expect(opened).toEqual(filed);
      expect(rows.map((r) => r.status).sort()).toEqual([
        ...Array<string>(7).fill('admitted'),
        ...Array<string>(4).fill('rejected'),
      ]);
      const events = await sql.query<{ action: string; n: number }>(
        `SELECT action, count(*)::int AS n FROM audit_events
         WHERE entity_id = ANY($1::text[]) AND action IN ('bid.admitted', 'bid.rejected')
         GROUP BY action ORDER BY action`,
        [[...filed.keys()]],
      );
      expect(events.rows).toEqual([
        { action: 'bid.admitted', n: 7 },
        { action: 'bid.rejected', n: 4 },
      ]);
    } finally {
      await sql.end();
    }
  });
});
