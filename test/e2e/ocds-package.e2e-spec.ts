import type { SignedIn } from '../support/api-client';
import { activeContract, awardedTender } from '../support/contract-factory';
import { aBid, publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import { validateReleasePackage as validate } from '../support/ocds-schema';

const DAY = 24 * 3600e3;

describe('OCDS release packages', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  const advance = (ms: number) => t.api.post('/sandbox/clock', { advanceMs: ms }, admin.token);
  const status = async (id: string) => (await t.api.get(`/tenders/${id}`)).body.status as string;

  /** Fetches the package anonymously and checks it against the schema. */
  const ocds = async (id: string) => {
    const res = await t.api.get(`/tenders/${id}/ocds`);
    expect(res.status).toBe(200);
    const ok = validate(res.body);
    if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
    expect(res.body.releases[0].ocid).toBe(`ocds-offset-${id}`);
    return { body: res.body, release: res.body.releases.at(-1), text: res.text };
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
  });
  afterAll(() => t.close());

  it('tendering: valid, active, and no bid values or counts before opening', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const investor = await t.api.registerInvestor();
    const bid = await t.api.post(
      `/tenders/${tender.id}/bids`,
      aBid({ unitPriceRub: '1234567.89' }),
      investor.token,
    );
    expect(bid.status).toBe(201);
    const asked = await t.api.post(
      `/tenders/${tender.id}/enquiries`,
      { question: 'May the plant be in Kaluga?' },
      investor.token,
    );
    expect(asked.status).toBe(201);
    const { body, release, text } = await ocds(tender.id);
    expect(release.tender.enquiries).toEqual([
      expect.objectContaining({ description: 'May the plant be in Kaluga?' }),
    ]);
    expect(text).not.toContain(investor.id);
    expect(body.version).toBe('1.1');
    expect(body.releases.map((r: { tag: string[] }) => r.tag[0])).toEqual(['tender', 'compiled']);
    expect(release.tender.status).toBe('active');
    expect(release.tender.value.currency).toBe('RUB');
    expect(typeof release.tender.value.amount).toBe('number');
    expect(release.tender.awardCriteria).toBe('ratedCriteria');
    expect(text).not.toContain('1234567.89');
    expect(text).not.toContain('statistics');
    expect(release.bids).toBeUndefined();
  });

  it('evaluation: bid statistics after opening', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const investor = await t.api.registerInvestor();
    await t.api.post(`/tenders/${tender.id}/bids`, aBid(), investor.token);
    const now = await serverNow(t.api);
    await advance(Date.parse(tender.timeline.submissionDeadline) - now.getTime() + 1000);
    expect(await status(tender.id)).toBe('evaluation');
    const { release } = await ocds(tender.id);
    expect(release.tender.status).toBe('active');
    expect(release.bids.statistics[0].value).toBe(1);
    expect(release.bids.details).toBeUndefined();
  });

  it('standstill: the award is pending', async () => {
    const { tender } = await awardedTender(t.api, admin);
    expect(await status(tender.id)).toBe('standstill');
    const { release } = await ocds(tender.id);
    expect(release.tender.status).toBe('active');
    expect(release.awards.map((a: { status: string }) => a.status)).toContain('pending');
    expect(release.bids.details).toHaveLength(2);
    expect(release.bids.details[0].value.amount).toEqual(expect.any(Number));
  });

  it('complete, with an active contract and an overdue milestone', async () => {
    const { tender, contract: c, officer: customer } = await activeContract(t.api, admin);
    const countersigned = await t.api.post(`/contracts/${c.id}/countersign`, {}, customer.token);
    expect(countersigned.status).toBe(200);
    await advance(120 * DAY);
    expect(await status(tender.id)).toBe('complete');
    const { release } = await ocds(tender.id);
    expect(release.tender.status).toBe('complete');
    expect(release.contracts[0].description).toContain('keyRate / 300');
    expect(release.awards.map((a: { status: string }) => a.status)).toContain('active');
    const [contract] = release.contracts;
    expect(contract.status).toBe('active');
    const statuses = contract.implementation.milestones.map((m: { status: string }) => m.status);
    expect(statuses).toContain('notMet');
    expect(contract.implementation.milestones[0].dueDate).toEqual(expect.any(String));
  });

  it('cancelled', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const res = await t.api.post(
      `/tenders/${tender.id}/cancel`,
      { reason: 'No longer needed' },
      officer.token,
    );
    expect(res.status).toBe(200);
    expect((await ocds(tender.id)).release.tender.status).toBe('cancelled');
  });

  it('unsuccessful: no bids by the deadline', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const now = await serverNow(t.api);
    await advance(Date.parse(tender.timeline.submissionDeadline) - now.getTime() + 1000);
    expect(await status(tender.id)).toBe('unsuccessful');
    expect((await ocds(tender.id)).release.tender.status).toBe('unsuccessful');
  });

  it('a draft is 404 to the public', async () => {
    const draft = await t.api.post('/tenders', {}, officer.token);
    expect([400, 422]).toContain(draft.status);
    expect((await t.api.get(`/tenders/00000000-0000-4000-8000-000000000000/ocds`)).status).toBe(
      404,
    );
  });
});
