import { Client } from 'pg';
import { appendAuditEvent } from '../../src/modules/audit';
import { openBidsInTest } from '../support/bid-opening';
import type { SignedIn } from '../support/api-client';
import { aBid, publishedTender } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';

/** Before the deadline nobody but a bid's own investor learns its content or the count. */
describe('the seal', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let auditor: SignedIn;
  let outsider: SignedIn;
  let tender: { id: string };
  const price = '1317777.77';
  const proposal = `Solid-state cells, secret plan ${Date.now()}`;
  let bidIds: string[];

  /** A published tender with three equal bids of `price` and `proposal`, sealed. */
  async function sealedTender(app: TestApp, officerToken: string, officerId: string) {
    const sealed = await publishedTender(app.api, officerToken, [officerId]);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const investor = await app.api.registerInvestor();
      const res = await app.api.post(
        `/tenders/${sealed.id}/bids`,
        aBid({ unitPriceRub: price, investmentRub: '3400000000.00', technicalProposal: proposal }),
        investor.token,
        { 'idempotency-key': `seal-probe-${i}` }, // the replay store must not keep content either
      );
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    return { tender: sealed as { id: string }, bidIds: ids };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    auditor = await t.api.createStaff(admin.token, 'auditor');
    outsider = await t.api.registerInvestor();
    ({ tender, bidIds } = await sealedTender(t, officer.token, officer.id));
  });
  afterAll(() => t.close());

  it('shows no bid and no count to officers, auditors, other investors or anonymous callers', async () => {
    const callers = {
      officer: officer.token,
      auditor: auditor.token,
      outsider: outsider.token,
      anonymous: undefined,
    };
    for (const [who, token] of Object.entries(callers)) {
      const responses = [
        await t.api.get(`/tenders/${tender.id}`, token),
        await t.api.get(`/tenders?limit=200`, token),
        await t.api.get(`/tenders/${tender.id}/bids`, token),
        await t.api.get(`/tenders/${tender.id}/bids/${bidIds[0]}`, token),
        await t.api.get(`/tenders/${tender.id}/enquiries`, token),
        await t.api.scrapeMetrics(), // what an operator sees must not tell either
        await t.api.get(`/tenders/${tender.id}/schedule`, token),
        await t.api.get(`/tenders/${tender.id}/evaluation`, token),
        await t.api.get(`/contracts?tenderId=${tender.id}`, token),
        await t.api.get('/notifications', token),
        await t.api.get('/audit/checkpoints', token),
      ];
      for (const res of responses) {
        expect({ who, leaks: res.text.includes(price) || res.text.includes(proposal) }).toEqual({
          who,
          leaks: false,
        });
        expect({ who, count: /bidsCount/.test(res.text) }).toEqual({ who, count: false });
        for (const id of bidIds)
          expect({ who, id: res.text.includes(id) }).toEqual({ who, id: false });
      }
      expect([401, 403, 404]).toContain(responses[3].status);
    }
  });

  it('answers the same for an existing bid and a missing one', async () => {
    for (const token of [officer.token, auditor.token, outsider.token]) {
      const existing = await t.api.get(`/tenders/${tender.id}/bids/${bidIds[1]}`, token);
      const missing = await t.api.get(
        `/tenders/${tender.id}/bids/00000000-0000-4000-8000-00000000abcd`,
        token,
      );
      expect([existing.status, existing.body.code]).toEqual([missing.status, missing.body.code]);
    }
  });

  it('withholds bid events from the audit log until opening, while the chain still verifies', async () => {
    for (const token of [auditor.token, admin.token]) {
      const events = await t.api.get('/audit/events?limit=200', token);
      expect(events.text).not.toContain(bidIds[0]);
      expect(events.body.items.some((e: { entityType: string }) => e.entityType === 'bid')).toBe(
        false,
      );
      const byEntity = await t.api.get(`/audit/events?entityType=bid`, token);
      expect(byEntity.body).toEqual({ items: [], total: 0 });
    }
    expect((await t.api.get('/audit/verify', auditor.token)).body.valid).toBe(true);
  });

  it('never writes bid content into the server log', async () => {
    await new Promise((r) => setTimeout(r, 200));
    const logs = t.logs();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(price);
    expect(logs).not.toContain(proposal);
  });

  it('keeps no plaintext in the database: a DBA reading every bid table finds ciphertext only', async () => {
    const tables = ['bids', 'bid_versions', 'audit_events', 'tenders', 'idempotency_keys'];
    for (const table of tables) {
      const { rows } = await t.sql.query(`SELECT * FROM ${table}`);
      const dump = JSON.stringify(rows, (_k, v) =>
        v?.type === 'Buffer' ? Buffer.from(v.data).toString('latin1') : v,
      );
      expect({ table, price: dump.includes(price) }).toEqual({ table, price: false });
      expect({ table, proposal: dump.includes(proposal) }).toEqual({ table, proposal: false });
      expect({ table, investment: dump.includes('3400000000') }).toEqual({
        table,
        investment: false,
      });
    }
  });

  it('keeps what a bid drew (its warnings) out of the replay store, and still replays it exactly', async () => {
    const other = await publishedTender(t.api, officer.token, [officer.id]);
    const investor = await t.api.registerInvestor();
    const low = aBid({ investmentRub: '2100000000.00', technicalProposal: proposal });
    const key = { 'idempotency-key': 'seal-probe-warning' };
    const first = await t.api.post(`/tenders/${other.id}/bids`, low, investor.token, key);
    expect(first.body.warnings.map((w: { code: string }) => w.code)).toContain(
      'INVESTMENT_BELOW_MINIMUM',
    );
    const replay = await t.api.post(`/tenders/${other.id}/bids`, low, investor.token, key);
    expect({ status: replay.status, body: replay.body }).toEqual({ status: 201, body: first.body });
    const { rows } = await t.sql.query('SELECT * FROM idempotency_keys');
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('INVESTMENT_BELOW_MINIMUM');
    expect(dump).not.toContain('2100000000');
    expect(dump).not.toContain(first.body.id); // the whole answer is sealed, ids included
    // The three equal bids of beforeAll must not show as equal request hashes either.
    const probes = rows.filter((row: { key: string }) => row.key.startsWith('seal-probe-'));
    expect(new Set(probes.map((row: { request_hash: string }) => row.request_hash)).size).toBe(
      probes.length,
    );
  });

  /** Opening unseals for good (bid events, plaintext in the bids table): on a server of its own. */
  describe('at the opening', () => {
    let t: TestApp;
    let officer: SignedIn;
    let auditor: SignedIn;
    let tender: { id: string };

    beforeAll(async () => {
      t = await startTestApp();
      const admin = await t.api.signInAdmin();
      officer = await t.api.createStaff(admin.token, 'officer');
      auditor = await t.api.createStaff(admin.token, 'auditor');
      ({ tender } = await sealedTender(t, officer.token, officer.id));
    });
    afterAll(() => t.close());

    it('opens with the sealing key at the opening step, and only there', async () => {
      const ds = new DataSource(dataSourceOptions(t.databaseUrl));
      await ds.initialize();
      try {
        const sealed = await t.api.get('/audit/events?entityType=bid', auditor.token);
        expect(sealed.body.total).toBe(0); // chained already, but withheld until the opening
        const opened = await ds.transaction(async (m) => {
          const at = new Date();
          const openings = await openBidsInTest(m, [tender.id], at);
          const { bidsCount: count, admitted } = openings.get(tender.id)!;
          // As the scheduler's opening step does in the same transaction: the audit log's own
          // opening event is what unseals the tender's bid events for readers.
          await appendAuditEvent(m, {
            at,
            actor: null,
            action: 'tender.bids_opened',
            entityType: 'tender',
            entityId: tender.id,
            data: { bidsCount: count, admitted, dueAt: at.toISOString() },
          });
          return count;
        });
        expect(opened).toBe(3);
        const sql = new Client({ connectionString: t.databaseUrl });
        await sql.connect();
        const { rows } = await sql.query('SELECT opened_content FROM bids WHERE tender_id = $1', [
          tender.id,
        ]);
        await sql.end();
        expect(rows.map((r) => r.opened_content.technicalProposal)).toEqual([
          proposal,
          proposal,
          proposal,
        ]);
        const shown = await t.api.get(`/tenders/${tender.id}`);
        expect(shown.body.bidsCount).toBe(3);
        const list = await t.api.get(`/tenders/${tender.id}/bids`, officer.token);
        expect(list.status).toBe(200);
        expect(list.body.items.map((b: { unitPriceRub: string }) => b.unitPriceRub)).toEqual([
          price,
          price,
          price,
        ]);
        // Each bid's submission, then its admission decision at the opening.
        const events = await t.api.get('/audit/events?entityType=bid', auditor.token);
        expect(events.body.total).toBe(6);
      } finally {
        await ds.destroy();
      }
    });
  });
});
