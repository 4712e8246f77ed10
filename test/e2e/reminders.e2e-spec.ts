import type { SignedIn } from '../support/api-client';
import { aBid, publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const HOUR = 3600e3;
const DAY = 24 * HOUR;

describe('reminders and notifications', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ CHRONOGRAPH_SWEEP_INTERVAL_MS: '300' });
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
  });
  afterAll(() => t.close());

  const advance = (ms: number) => t.api.post('/sandbox/clock', { advanceMs: ms }, admin.token);
  const kindsFor = async (token: string, tenderId: string) =>
    (await t.api.get('/notifications?limit=200', token)).body.items
      .filter((n: { subjectId: string }) => n.subjectId === tenderId)
      .map((n: { kind: string }) => n.kind)
      .sort();

  /** A tender due `days` days from the server's now. */
  async function tenderDueIn(days: number) {
    const now = await serverNow(t.api);
    return publishedTender(t.api, officer.token, [officer.id], {
      timeline: {
        enquiriesUntil: new Date(now.getTime() + (days / 2) * DAY).toISOString(),
        submissionDeadline: new Date(now.getTime() + days * DAY).toISOString(),
      },
    });
  }

  it('reminds bidders 24 h and 1 h before the deadline, once each, and nobody else', async () => {
    const tender = await tenderDueIn(2);
    const bidder = await t.api.registerInvestor();
    const bystander = await t.api.registerInvestor();
    expect((await t.api.post(`/tenders/${tender.id}/bids`, aBid(), bidder.token)).status).toBe(201);

    await advance(DAY + 60e3);
    expect(await kindsFor(bidder.token, tender.id)).toEqual(['deadline_reminder_24h']);
    await new Promise((r) => setTimeout(r, 1500)); // several sweeps and jobs run meanwhile
    expect(await kindsFor(bidder.token, tender.id)).toEqual(['deadline_reminder_24h']);

    await advance(23 * HOUR);
    expect(await kindsFor(bidder.token, tender.id)).toEqual([
      'deadline_reminder_1h',
      'deadline_reminder_24h',
    ]);
    expect(await kindsFor(bystander.token, tender.id)).toEqual([]);
    expect(await kindsFor(officer.token, tender.id)).toEqual([]);
  });

  it('lets users read and mark only their own notifications', async () => {
    const tender = await tenderDueIn(2);
    const bidder = await t.api.registerInvestor();
    await t.api.post(`/tenders/${tender.id}/bids`, aBid(), bidder.token);
    await advance(DAY + 60e3);
    const [note] = (await t.api.get('/notifications', bidder.token)).body.items;
    expect(note).toMatchObject({
      kind: 'deadline_reminder_24h',
      subjectType: 'tender',
      readAt: null,
    });
    const other = await t.api.registerInvestor();
    expect((await t.api.post(`/notifications/${note.id}/read`, {}, other.token)).status).toBe(404);
    const read = await t.api.post(`/notifications/${note.id}/read`, {}, bidder.token);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await t.api.get('/notifications')).status).toBe(401);
  });

  it('reminds the commission when a question’s answer falls due', async () => {
    const tender = await tenderDueIn(20);
    const asker = await t.api.registerInvestor();
    const question = await t.api.post(
      `/tenders/${tender.id}/enquiries`,
      { question: 'Land plot size?' },
      asker.token,
    );
    expect(question.status).toBe(201);
    await advance(6 * DAY); // two working days have passed whatever the weekday
    const notes = (await t.api.get('/notifications?limit=200', officer.token)).body.items.filter(
      (n: { subjectId: string }) => n.subjectId === question.body.id,
    );
    expect(notes.map((n: { kind: string }) => n.kind)).toEqual(['answer_due']);
  });

  it('never notifies for a change that rolled back', async () => {
    const tender = await tenderDueIn(2);
    const bidder = await t.api.registerInvestor();
    await t.api.post(`/tenders/${tender.id}/bids`, aBid(), bidder.token);
    // A broken data key makes the opening fail, and with it the whole run, reminders included.
    await t.sql.query(`UPDATE tenders SET seal_private_key_wrapped = '\\x00' WHERE id = $1`, [
      tender.id,
    ]);
    const res = await advance(2 * DAY + 60e3);
    expect(res.status).toBe(200);
    expect((await t.api.get(`/tenders/${tender.id}`)).body.status).toBe('tendering');
    expect(await kindsFor(bidder.token, tender.id)).toEqual([]);
    const { rows } = await t.sql.query(
      'SELECT count(*)::int AS n FROM reminders_sent WHERE subject_id = $1',
      [tender.id],
    );
    expect(rows[0].n).toBe(0);
  });
});
