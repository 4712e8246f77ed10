import { statusesNamed, specText } from '../../../../test/support/spec-text';
import { ORDER_INITIAL_STATUS, ORDER_STATUSES, ORDER_TRANSITIONS } from './order-status';

describe('the order transition table covers CONTRACT.md’s order statuses', () => {
  it('has exactly the statuses CONTRACT.md §3 names, each reachable but the initial one', () => {
    const named = statusesNamed(specText('CONTRACT.md'), 'Order statuses').filter(
      (word) => !(word in ORDER_TRANSITIONS), // `close` is the officer's event, not a status
    );
    expect([...ORDER_STATUSES].sort()).toEqual([...new Set(named)].sort());
    const reached = new Set(Object.values(ORDER_TRANSITIONS).map((t) => t.to));
    expect(ORDER_STATUSES.filter((s) => s !== ORDER_INITIAL_STATUS && !reached.has(s))).toEqual([]);
  });
});
