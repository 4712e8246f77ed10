import { statusesNamed, specText } from '../../../../test/support/spec-text';
import {
  CONTRACT_INITIAL_STATUS,
  CONTRACT_STATUSES,
  CONTRACT_TRANSITIONS,
} from './contract-status';
import {
  MILESTONE_INITIAL_STATUS,
  MILESTONE_STATUSES,
  MILESTONE_TRANSITIONS,
  reviewEvent,
} from './milestone-status';

const reachedFrom = (table: Record<string, { to: string }>) =>
  new Set(Object.values(table).map((t) => t.to));

describe('the contract and milestone transition tables cover API.md’s statuses', () => {
  const api = specText('API.md');

  it('contracts: exactly API.md’s statuses, each reachable but the initial one', () => {
    expect([...CONTRACT_STATUSES].sort()).toEqual(statusesNamed(api, 'Contract statuses').sort());
    const reached = reachedFrom(CONTRACT_TRANSITIONS);
    expect(
      CONTRACT_STATUSES.filter((s) => s !== CONTRACT_INITIAL_STATUS && !reached.has(s)),
    ).toEqual([]);
  });

  it('milestones: exactly API.md’s statuses, each reachable but the initial one', () => {
    expect([...MILESTONE_STATUSES].sort()).toEqual(statusesNamed(api, 'Milestone statuses').sort());
    const reached = reachedFrom(MILESTONE_TRANSITIONS);
    expect(
      MILESTONE_STATUSES.filter((s) => s !== MILESTONE_INITIAL_STATUS && !reached.has(s)),
    ).toEqual([]);
  });

  it('a report accepted after the due date makes the milestone met late', () => {
    const due = new Date('2027-03-01T20:59:59.999Z');
    const late = new Date('2027-03-02T10:00:00Z');
    expect(MILESTONE_TRANSITIONS[reviewEvent('accepted', late, due, late)].to).toBe('met_late');
    expect(MILESTONE_TRANSITIONS[reviewEvent('rejected', due, due, late)].to).toBe('overdue');
  });
});
