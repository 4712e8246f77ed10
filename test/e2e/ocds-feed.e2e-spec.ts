import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type { SignedIn } from '../support/api-client';
import { aBatteryTender, aBid, publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const OCDS_DIR = join(__dirname, '..', '..', '..', 'shared', 'ocds');
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validateRelease = ajv.compile(
  JSON.parse(readFileSync(join(OCDS_DIR, 'release-schema.json'), 'utf8')),
);

interface Release {
  ocid: string;
  id: string;
  tag: string[];
}

describe('OCDS release feed', () => {
  let t: TestApp;
  let officer: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
  });
  afterAll(() => t.close());

  /** Reads every page from `after` until a page comes back empty. */
  const drain = async (seen: Release[], after: string): Promise<string> => {
    for (;;) {
      const res = await t.api.get(`/ocds/releases?after=${after}&limit=7`);
      expect(res.status).toBe(200);
      seen.push(...res.body.releases);
      if (res.body.releases.length === 0) return after;
      after = res.body.next;
    }
  };

  it('a reader paging during 20 concurrent publications gets every release once, in order', async () => {
    const seen: Release[] = [];
    let cursor = await drain([], '0'); // start after whatever already exists
    const now = await serverNow(t.api);
    const drafts = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await t.api.post('/tenders', aBatteryTender([officer.id], now), officer.token);
        expect(res.status).toBe(201);
        return res.body.id as string;
      }),
    );
    let writing = true;
    const writers = Promise.all(
      drafts.map((id) => t.api.post(`/tenders/${id}/publish`, {}, officer.token)),
    ).finally(() => (writing = false));
    while (writing) cursor = await drain(seen, cursor);
    for (const res of await writers) expect(res.status).toBe(200);
    await drain(seen, cursor);

    const published = seen.filter((r) => r.tag.includes('tender'));
    const ocids = published.map((r) => r.ocid).sort();
    expect(ocids).toEqual(drafts.map((id) => `ocds-offset-${id}`).sort());
    const seqs = seen.map((r) => Number(r.id.split('-').at(-1)));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    for (const r of seen) {
      if (!validateRelease(r)) throw new Error(JSON.stringify(validateRelease.errors));
    }
  });

  it('never carries bid-level events, before opening or after', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const investor = await t.api.registerInvestor();
    await t.api.post(
      `/tenders/${tender.id}/bids`,
      aBid({ unitPriceRub: '1234321.12' }),
      investor.token,
    );
    const res = await t.api.get('/ocds/releases?after=0&limit=200');
    expect(res.text).not.toContain('1234321.12');
    expect(res.text).not.toContain('statistics');
    const mine = res.body.releases.filter((r: Release) => r.ocid.endsWith(tender.id));
    expect(mine.map((r: Release) => r.tag[0])).toEqual(['tender']);
  });
});
