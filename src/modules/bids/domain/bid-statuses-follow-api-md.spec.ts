import { statusesNamed, specText } from '../../../../test/support/spec-text';
import { BID_INITIAL_STATUS, BID_STATUSES, BID_TRANSITIONS, nextBidStatus } from './bid-status';

describe('the bid transition table covers API.md’s bid statuses', () => {
  it('knows exactly the statuses API.md names', () => {
    expect([...BID_STATUSES].sort()).toEqual(
      statusesNamed(specText('API.md'), 'Bid statuses').sort(),
    );
  });

  it('reaches every status but the initial one through some event', () => {
    const reached = new Set(Object.values(BID_TRANSITIONS).map((t) => t.to));
    expect(BID_STATUSES.filter((s) => s !== BID_INITIAL_STATUS && !reached.has(s))).toEqual([]);
  });

  it('refuses a withdrawn bid any change with INVALID_STATE naming its status', () => {
    expect(() => nextBidStatus('withdrawn', 'replace')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE', details: { status: 'withdrawn' } }),
    );
  });
});
