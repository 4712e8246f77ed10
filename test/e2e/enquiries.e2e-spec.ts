import type { SignedIn } from '../support/api-client';
import { publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const HOUR = 3600 * 1000;

describe('clarification questions', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let investor: SignedIn;
  let tender: { id: string; timeline: { enquiriesUntil: string } };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    investor = await t.api.registerInvestor();
    // Questions stay open 3 days: beyond the one clock move in this file (the closing test's,
    // onto a tender of its own whose questions close in a day).
    const now = await serverNow(t.api);
    tender = await publishedTender(t.api, officer.token, [officer.id], {
      timeline: {
        enquiriesUntil: new Date(now.getTime() + 72 * HOUR).toISOString(),
        submissionDeadline: new Date(now.getTime() + 96 * HOUR).toISOString(),
      },
    });
  });
  afterAll(() => t.close());

  it('takes three questions per organization, the fourth is 409 ENQUIRY_LIMIT_REACHED', async () => {
    for (let i = 1; i <= 3; i++) {
      const res = await t.api.post(
        `/tenders/${tender.id}/enquiries`,
        { question: `Question ${i}?` },
        investor.token,
      );
      expect(res.status).toBe(201);
    }
    const fourth = await t.api.post(
      `/tenders/${tender.id}/enquiries`,
      { question: 'One more?' },
      investor.token,
    );
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('ENQUIRY_LIMIT_REACHED');
    const other = await t.api.registerInvestor();
    expect(
      (await t.api.post(`/tenders/${tender.id}/enquiries`, { question: 'Mine?' }, other.token))
        .status,
    ).toBe(201);
  });

  it('holds the limit under concurrent questions', async () => {
    const racer = await t.api.registerInvestor();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.api.post(`/tenders/${tender.id}/enquiries`, { question: `Race ${i}?` }, racer.token),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(3);
  });

  it('is answered by an officer and listed publicly without who asked', async () => {
    const asked = await t.api.post(
      `/tenders/${tender.id}/enquiries`,
      { question: 'Outside Technopolis?' },
      (await t.api.registerInvestor()).token,
    );
    const answered = await t.api.post(
      `/tenders/${tender.id}/enquiries/${asked.body.id}/answer`,
      { answer: 'Anywhere within Moscow.' },
      officer.token,
    );
    expect(answered.status).toBe(201);
    expect(
      (
        await t.api.post(
          `/tenders/${tender.id}/enquiries/${asked.body.id}/answer`,
          { answer: 'x' },
          investor.token,
        )
      ).status,
    ).toBe(403);
    const list = await t.api.get(`/tenders/${tender.id}/enquiries?limit=200`);
    expect(list.status).toBe(200);
    const item = list.body.items.find((q: { id: string }) => q.id === asked.body.id);
    expect(item).toMatchObject({
      question: 'Outside Technopolis?',
      answer: 'Anywhere within Moscow.',
    });
    expect(list.text).not.toContain(investor.id);
    expect(list.text).not.toMatch(/organization|askedBy|asked_by/i);
  });

  it('closes at enquiriesUntil (409 ENQUIRIES_CLOSED)', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const now = Date.parse((await t.api.get('/sandbox/clock')).body.now);
    await t.api.post(
      '/sandbox/clock',
      { advanceMs: Date.parse(tender.timeline.enquiriesUntil) - now + 1000 },
      admin.token,
    );
    const res = await t.api.post(
      `/tenders/${tender.id}/enquiries`,
      { question: 'Too late?' },
      (await t.api.registerInvestor()).token,
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ENQUIRIES_CLOSED');
  });
});
