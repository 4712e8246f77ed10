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

describe('the next check of a contract with orders', () => {
  const endsAt = new Date('2037-01-31T10:00:00.000Z');
  const dueAt = new Date('2030-06-30T20:59:59.999Z');
  const order = {
    id: 'o1',
    status: 'placed',
    dueAt,
    placedAt: new Date('2030-05-01T09:00:00.000Z'),
    remindersSent: [] as string[],
  };

  it('reminds 7 days before a placed order falls due, then makes it overdue at due + 1 ms', () => {
    expect(nextContractCheck({ status: 'active', endsAt, orders: [order] })).toEqual({
      event: 'order_reminder_7d',
      at: new Date('2030-06-23T20:59:59.999Z'),
      orderId: 'o1',
    });
    const reminded = { ...order, remindersSent: ['order_reminder_7d'] };
    expect(nextContractCheck({ status: 'active', endsAt, orders: [reminded] })).toEqual({
      event: 'order_overdue',
      at: new Date('2030-06-30T21:00:00.000Z'),
      orderId: 'o1',
    });
  });

  it('sends no reminder for an order placed within the last week, and none once fulfilled', () => {
    const late = { ...order, placedAt: new Date('2030-06-25T09:00:00.000Z') };
    expect(nextContractCheck({ status: 'active', endsAt, orders: [late] })?.event).toBe(
      'order_overdue',
    );
    const done = { ...order, status: 'fulfilled' };
    expect(nextContractCheck({ status: 'active', endsAt, orders: [done] })?.event).toBe('term_end');
  });
});
