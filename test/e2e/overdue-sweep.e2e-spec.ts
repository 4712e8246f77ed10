import type { SignedIn } from '../support/api-client';
import { activeContract } from '../support/contract-factory';
import { serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

interface Milestone {
  id: string;
  dueDate: string;
  status: string;
}

/**
 * The chronograph checks due contracts in batches (one transaction holding many rows):
 * several contracts falling due in one sweep each get their own transitions, audit events
 * and reminders, exactly once, as if checked one at a time.
 */
describe('the overdue sweep over several contracts at once', () => {
  let t: TestApp;
  let admin: SignedIn;
  let auditor: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ CHRONOGRAPH_SWEEP_INTERVAL_MS: '300' });
    admin = await t.api.signInAdmin();
    auditor = await t.api.createStaff(admin.token, 'auditor');
  });
  afterAll(() => t.close());

  it('marks the first milestone of each of three contracts overdue in one move of the clock, one event each', async () => {
    const parties: Awaited<ReturnType<typeof activeContract>>[] = [];
    for (let i = 0; i < 3; i += 1) {
      const party = await activeContract(t.api, admin);
      const countersigned = await t.api.post(
        `/contracts/${party.contract.id}/countersign`,
        {},
        party.officer.token,
      );
      expect(countersigned.status).toBe(200);
      parties.push(party);
    }
    const milestonesOf = async (contractId: string) =>
      (await t.api.get(`/contracts/${contractId}`, auditor.token)).body.milestones as Milestone[];
    const eventsOf = async (contractId: string) =>
      (
        await t.api.get(
          `/audit/events?entityType=contract&entityId=${contractId}&limit=200`,
          auditor.token,
        )
      ).body.items as { action: string; data: { milestoneId?: string; kind?: string } }[];
    /** One move of the clock past every contract's milestone at `position`, in one sweep. */
    const sweepPast = async (position: number) => {
      const due = await Promise.all(
        parties.map(async (p) => Date.parse((await milestonesOf(p.contract.id))[position].dueDate)),
      );
      const now = await serverNow(t.api);
      const moved = await t.api.post(
        '/sandbox/clock',
        { advanceMs: Math.max(...due) - now.getTime() + 60e3 },
        admin.token,
      );
      expect(moved.status).toBe(200);
      // Done as one batch, not by the one-at-a-time retry that follows a failed batch.
      expect(t.logs()).not.toContain('a batch of due contracts failed');
    };
    // Each contract's reminders and its first milestone falling overdue come due together.
    await sweepPast(0);

    for (const party of parties) {
      const milestones = await milestonesOf(party.contract.id);
      expect(milestones[0].status).toBe('overdue');
      expect(milestones.slice(1).map((x) => x.status)).toEqual(
        milestones.slice(1).map(() => 'pending'),
      );
      const events = await eventsOf(party.contract.id);
      expect(
        events.filter((e) => e.action === 'milestone.overdue').map((e) => e.data.milestoneId),
      ).toEqual([milestones[0].id]);
      expect(
        events
          .filter((e) => e.action === 'milestone.reminder_sent')
          .map((e) => e.data.kind)
          .sort(),
      ).toEqual(['milestone_reminder_30d', 'milestone_reminder_7d']);
    }

    // Then past the second and third due dates at once: one sweep runs several rounds
    // per contract (reminders, overdue, reminders, overdue), each milestone moved once.
    await sweepPast(2);
    for (const party of parties) {
      const milestones = await milestonesOf(party.contract.id);
      expect(milestones.slice(0, 3).map((x) => x.status)).toEqual([
        'overdue',
        'overdue',
        'overdue',
      ]);
      const events = await eventsOf(party.contract.id);
      expect(
        events.filter((e) => e.action === 'milestone.overdue').map((e) => e.data.milestoneId),
      ).toEqual(milestones.slice(0, 3).map((x) => x.id));
    }
  });
});
