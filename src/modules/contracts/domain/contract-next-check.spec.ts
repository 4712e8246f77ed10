import { nextContractCheck } from './contract-next-check';

describe('the next check of a contract', () => {
  const endsAt = new Date('2037-01-31T10:00:00.000Z');
  const dueDate = new Date('2027-06-15T20:59:59.999Z');
  const milestone = { id: 'm1', status: 'pending', dueDate, remindersSent: [] as string[] };

  it('is the end of the term while active with nothing else due', () => {
    expect(nextContractCheck({ status: 'active', endsAt })).toEqual({
      event: 'term_end',
      at: endsAt,
    });
  });

  it('reminds 30 days, then 7 days before a pending milestone, then makes it overdue at due + 1 ms', () => {
    const state = { status: 'active', endsAt, milestones: [milestone] };
    expect(nextContractCheck(state)).toEqual({
      event: 'milestone_reminder_30d',
      at: new Date('2027-05-16T20:59:59.999Z'),
      milestoneId: 'm1',
    });
    const reminded = {
      ...state,
      milestones: [{ ...milestone, remindersSent: ['milestone_reminder_30d'] }],
    };
    expect(nextContractCheck(reminded)?.event).toBe('milestone_reminder_7d');
    const both = {
      ...state,
      milestones: [
        { ...milestone, remindersSent: ['milestone_reminder_30d', 'milestone_reminder_7d'] },
      ],
    };
    expect(nextContractCheck(both)).toEqual({
      event: 'milestone_overdue',
      at: new Date('2027-06-15T21:00:00.000Z'),
      milestoneId: 'm1',
    });
  });

  it('ignores milestones that are reported or met', () => {
    const state = { status: 'active', endsAt, milestones: [{ ...milestone, status: 'reported' }] };
    expect(nextContractCheck(state)).toEqual({ event: 'term_end', at: endsAt });
  });

  it.each(['pending_signature', 'completed', 'terminated', 'refused'])(
    'is nothing when %s',
    (status) => {
      expect(nextContractCheck({ status, endsAt, milestones: [milestone] })).toBeNull();
    },
  );
});
