import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { openBidsInTest } from '../support/bid-opening';
import type { SignedIn } from '../support/api-client';
import { aBatteryTender, aBid, publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const HOUR = 3600 * 1000;
const MB = 1024 * 1024;
const MISSING = '00000000-0000-4000-8000-00000000d0c5';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Tender documents are public notice material; a bid's documents are sealed like the bid. */
describe('tender and bid documents', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let auditor: SignedIn;
  let owner: SignedIn;
  let other: SignedIn;
  let tender: { id: string };
  let bidId: string;

  /** A published tender whose deadline is 4 days out, beyond any clock move in this file. */
  async function longTender(): Promise<{ id: string }> {
    const now = await serverNow(t.api);
    return publishedTender(t.api, officer.token, [officer.id], {
      timeline: {
        enquiriesUntil: new Date(now.getTime() + 24 * HOUR).toISOString(),
        submissionDeadline: new Date(now.getTime() + 96 * HOUR).toISOString(),
      },
    });
  }

  async function submit(tenderId: string, investor: SignedIn): Promise<string> {
    const res = await t.api.post(`/tenders/${tenderId}/bids`, aBid(), investor.token);
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  const secretFile = () => {
    const tag = randomBytes(6).toString('hex');
    return {
      marker: `CONFIDENTIAL-PLANT-PLAN-${tag}`,
      name: `business-plan-${tag}.txt`,
      tag,
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    auditor = await t.api.createStaff(admin.token, 'auditor');
    owner = await t.api.registerInvestor();
    other = await t.api.registerInvestor();
    tender = await longTender();
    bidId = await submit(tender.id, owner);
  });
  afterAll(() => t.close());

  it('lets an officer upload a tender document that anyone downloads byte for byte', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096)]);
    const filename = 'Техническое задание "ТЗ"; v1.pdf';
    const up = await t.api.upload(
      `/tenders/${tender.id}/documents`,
      { name: filename, bytes, type: 'application/pdf' },
      officer.token,
    );
    expect(up.status).toBe(201);
    expect(up.body).toEqual({
      id: expect.any(String),
      filename,
      size: bytes.length,
      sha256: sha256(bytes),
    });

    for (const token of [undefined, other.token, auditor.token]) {
      const file = await t.api.download(`/tenders/${tender.id}/documents/${up.body.id}`, token);
      expect(file.status).toBe(200);
      expect(sha256(file.bytes)).toBe(up.body.sha256);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      const disposition = file.headers.get('content-disposition') as string;
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(filename);
    }
    const shown = await t.api.get(`/tenders/${tender.id}`);
    expect(shown.body.documents).toEqual([up.body]);
    const events = await t.api.get(`/audit/events?entityId=${tender.id}`, auditor.token);
    const added = events.body.items.find((e: any) => e.action === 'tender.document_added');
    expect(added.data).toEqual({
      tenderId: tender.id,
      documentId: up.body.id,
      filename,
      sha256: up.body.sha256,
    });
  });

  it('refuses tender uploads from investors (403) and on a closed tender (409 INVALID_STATE)', async () => {
    const file = { name: 'a.txt', bytes: Buffer.from('hello') };
    const byInvestor = await t.api.upload(`/tenders/${tender.id}/documents`, file, other.token);
    expect(byInvestor.status).toBe(403);
    expect(byInvestor.body.code).toBe('FORBIDDEN');
    expect((await t.api.upload(`/tenders/${tender.id}/documents`, file)).status).toBe(401);

    const draft = await t.api.post(
      '/tenders',
      aBatteryTender([officer.id], await serverNow(t.api)),
      officer.token,
    );
    await t.api.post(
      `/tenders/${draft.body.id}/cancel`,
      { reason: 'Budget withdrawn' },
      officer.token,
    );
    const late = await t.api.upload(`/tenders/${draft.body.id}/documents`, file, officer.token);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'INVALID_STATE', details: { status: 'cancelled' } });
  });

  it('hides a draft’s documents from everyone but officers (404)', async () => {
    const draft = await t.api.post(
      '/tenders',
      aBatteryTender([officer.id], await serverNow(t.api)),
      officer.token,
    );
    const up = await t.api.upload(
      `/tenders/${draft.body.id}/documents`,
      { name: 'draft-notice.txt', bytes: Buffer.from('draft notice'), type: 'text/plain' },
      officer.token,
    );
    expect(up.status).toBe(201);
    const path = `/tenders/${draft.body.id}/documents/${up.body.id}`;
    for (const token of [undefined, other.token, auditor.token]) {
      const res = await t.api.download(path, token);
      expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    const own = await t.api.download(path, officer.token);
    expect(own.bytes.toString()).toBe('draft notice');
    expect(own.headers.get('content-type')).toBe('text/plain');
    expect((await t.api.get(`/tenders/${draft.body.id}`, officer.token)).body.documents).toEqual([
      up.body,
    ]);
  });

  it('seals a bid document: the owner gets its hash, the database holds neither bytes nor name', async () => {
    const secret = secretFile();
    const bytes = Buffer.from(`${secret.marker}\nPlant layout, supplier list, costs.\n`);
    const up = await t.api.upload(
      `/tenders/${tender.id}/bids/${bidId}/documents`,
      { name: secret.name, bytes, type: 'text/plain' },
      owner.token,
    );
    expect(up.status).toBe(201);
    expect(up.body).toEqual({
      id: expect.any(String),
      filename: secret.name,
      size: bytes.length,
      sha256: sha256(bytes),
    });
    for (const table of ['bid_documents', 'audit_events']) {
      const { rows } = await t.sql.query(`SELECT * FROM ${table}`);
      const dump = JSON.stringify(rows, (_k, v) =>
        v?.type === 'Buffer' ? Buffer.from(v.data).toString('latin1') : v,
      );
      expect({ table, marker: dump.includes(secret.marker) }).toEqual({ table, marker: false });
      expect({ table, name: dump.includes(secret.tag) }).toEqual({ table, name: false });
    }
    const { rows } = await t.sql.query('SELECT size, sha256 FROM bid_documents WHERE id = $1', [
      up.body.id,
    ]);
    expect(rows).toEqual([{ size: bytes.length, sha256: sha256(bytes) }]);
    const withheld = await t.api.get(`/audit/events?entityId=${bidId}`, auditor.token);
    expect(withheld.body).toEqual({ items: [], total: 0 }); // bid events wait for opening
    await new Promise((r) => setTimeout(r, 200));
    expect(t.logs()).not.toContain(secret.tag);
  });

  it('answers others as for a missing document (404) and the owner 409 until opening', async () => {
    const up = await t.api.upload(
      `/tenders/${tender.id}/bids/${bidId}/documents`,
      { name: 'annex.txt', bytes: Buffer.from('annex') },
      owner.token,
    );
    const path = `/tenders/${tender.id}/bids/${bidId}/documents`;
    for (const token of [other.token, officer.token, auditor.token]) {
      const existing = await t.api.download(`${path}/${up.body.id}`, token);
      const missing = await t.api.download(`${path}/${MISSING}`, token);
      expect(existing.status).toBe(404);
      expect(existing.body).toEqual(missing.body);
    }
    const own = await t.api.download(`${path}/${up.body.id}`, owner.token);
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('INVALID_STATE');
    expect(own.body.message).toMatch(/sealed/);
    expect((await t.api.download(`${path}/${MISSING}`, owner.token)).status).toBe(404);
    const byOther = await t.api.upload(
      path,
      { name: 'x.txt', bytes: Buffer.from('x') },
      other.token,
    );
    expect(byOther.status).toBe(404);
  });

  it('refuses a file over 20 MB, or a second file, with 413 PAYLOAD_TOO_LARGE and writes nothing', async () => {
    const count = async () =>
      (
        await t.sql.query(
          `SELECT (SELECT count(*) FROM bid_documents WHERE bid_id = $1::uuid)::int AS docs,
                  (SELECT count(*) FROM audit_events WHERE entity_id = $1::text
                     AND action = 'bid.document_added')::int AS events`,
          [bidId],
        )
      ).rows[0];
    const before = await count();
    const res = await t.api.upload(
      `/tenders/${tender.id}/bids/${bidId}/documents`,
      { name: 'huge.bin', bytes: Buffer.alloc(20 * MB + 1, 0x61) },
      owner.token,
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob([Buffer.from('one')]), 'one.txt');
    twoFiles.append('file', new Blob([Buffer.from('two')]), 'two.txt');
    const both = await fetch(`${t.baseUrl}/api/v1/tenders/${tender.id}/bids/${bidId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner.token}` },
      body: twoFiles,
    });
    expect([both.status, ((await both.json()) as { code: string }).code]).toEqual([
      413,
      'PAYLOAD_TOO_LARGE',
    ]);
    expect(await count()).toEqual(before);
    expect((await t.api.get('/health')).status).toBe(200);
  });

  it('answers 400 VALIDATION_FAILED for a request without a readable file', async () => {
    const path = `/tenders/${tender.id}/bids/${bidId}/documents`;
    const attempts = [
      await t.api.upload(path, null, owner.token),
      await t.api.upload(path, { name: 'a.txt', bytes: Buffer.from('a') }, owner.token, 'upload'),
      await t.api.upload(path, { name: 'empty.txt', bytes: Buffer.alloc(0) }, owner.token),
      await t.api.post(path, { file: 'not a file' }, owner.token),
      await t.api.request('POST', `/tenders/${tender.id}/documents`, { token: officer.token }),
      await t.api.request('POST', path, {
        token: owner.token,
        rawBody:
          '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\ncut',
        headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      }),
      await t.api.request('POST', path, {
        token: owner.token,
        rawBody: 'no boundary at all',
        headers: { 'content-type': 'multipart/form-data' },
      }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'file' }] });
    }
  });

  it('refuses an upload at the deadline (409 SUBMISSION_CLOSED)', async () => {
    const closing: { id: string; timeline: { submissionDeadline: string } } = await publishedTender(
      t.api,
      officer.token,
      [officer.id],
    );
    const closingBid = await submit(closing.id, owner);
    const path = `/tenders/${closing.id}/bids/${closingBid}/documents`;
    const frozen = await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    const gap = Date.parse(closing.timeline.submissionDeadline) - Date.parse(frozen.body.now);
    try {
      await t.api.post('/sandbox/clock', { advanceMs: gap }, admin.token);
      expect((await t.api.get('/sandbox/clock')).body.now).toBe(
        closing.timeline.submissionDeadline,
      );
      const res = await t.api.upload(
        path,
        { name: 'late.txt', bytes: Buffer.from('late') },
        owner.token,
      );
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SUBMISSION_CLOSED');
    } finally {
      await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
    }
  });

  it('opens the documents of opened bids only, for officers, auditors and the owner', async () => {
    const opening = await longTender();
    const openedBid = await submit(opening.id, owner);
    const withdrawnBid = await submit(opening.id, other);
    const secret = secretFile();
    const bytes = Buffer.concat([Buffer.from(secret.marker), randomBytes(64 * 1024)]);
    const kept = await t.api.upload(
      `/tenders/${opening.id}/bids/${openedBid}/documents`,
      { name: secret.name, bytes, type: 'application/octet-stream' },
      owner.token,
    );
    const dropped = await t.api.upload(
      `/tenders/${opening.id}/bids/${withdrawnBid}/documents`,
      { name: 'withdrawn.txt', bytes: Buffer.from('never opened') },
      other.token,
    );
    expect([kept.status, dropped.status]).toEqual([201, 201]);
    const ownBid = await t.api.get(`/tenders/${opening.id}/bids/${openedBid}`, owner.token);
    expect(ownBid.body.documents).toEqual([
      { id: kept.body.id, filename: null, size: bytes.length, sha256: kept.body.sha256 },
    ]);
    await t.api.post(`/tenders/${opening.id}/bids/${withdrawnBid}/withdraw`, {}, other.token);

    const ds = new DataSource(dataSourceOptions(t.databaseUrl));
    await ds.initialize();
    try {
      const opened = await ds.transaction((m) => openBidsInTest(m, [opening.id], new Date()));
      expect(opened.get(opening.id)?.bidsCount).toBe(1);
    } finally {
      await ds.destroy();
    }

    const listed = await t.api.get(`/tenders/${opening.id}/bids`, officer.token);
    expect(listed.body.items[0].documents).toEqual([
      { id: kept.body.id, filename: secret.name, size: bytes.length, sha256: kept.body.sha256 },
    ]);
    const path = `/tenders/${opening.id}/bids/${openedBid}/documents/${kept.body.id}`;
    for (const token of [officer.token, auditor.token, owner.token]) {
      const file = await t.api.download(path, token);
      expect(file.status).toBe(200);
      expect(sha256(file.bytes)).toBe(kept.body.sha256);
      expect(file.headers.get('content-type')).toBe('application/octet-stream');
      expect(file.headers.get('content-disposition')).toContain(`filename="${secret.name}"`);
    }
    expect((await t.api.download(path, other.token)).status).toBe(404);

    const { rows } = await t.sql.query('SELECT opened_content FROM bid_documents WHERE id = $1', [
      dropped.body.id,
    ]);
    expect(rows).toEqual([{ opened_content: null }]);
    const withdrawnPath = `/tenders/${opening.id}/bids/${withdrawnBid}/documents/${dropped.body.id}`;
    expect((await t.api.download(withdrawnPath, officer.token)).status).toBe(404);
    expect((await t.api.download(withdrawnPath, other.token)).status).toBe(409);
  });
});
