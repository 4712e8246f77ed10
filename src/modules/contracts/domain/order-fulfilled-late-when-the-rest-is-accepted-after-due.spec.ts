import { acceptanceEvent, nextOrderStatus } from './order-status';

describe('an order fulfilled late when the rest is accepted after its due day', () => {
  const dueAt = new Date('2030-06-30T20:59:59.999Z'); // end of 30 June, Moscow

  it('takes no step while less than ordered is accepted', () => {
    expect(acceptanceEvent(399, 400, new Date('2030-06-01T09:00:00.000Z'), dueAt)).toBeNull();
  });

  it('is fulfilled when the last units are accepted by the end of the due day', () => {
    expect(acceptanceEvent(400, 400, dueAt, dueAt)).toBe('fulfil_on_time');
    expect(nextOrderStatus('placed', 'fulfil_on_time')).toBe('fulfilled');
  });

  it('is fulfilled late once overdue, and also when accepted after due before the worker ran', () => {
    const late = new Date(dueAt.getTime() + 1);
    expect(acceptanceEvent(400, 400, late, dueAt)).toBe('fulfil_late');
    expect(nextOrderStatus('overdue', 'fulfil_late')).toBe('fulfilled_late');
    expect(nextOrderStatus('placed', 'fulfil_late')).toBe('fulfilled_late');
  });

  it('refuses to close a fulfilled order (409 INVALID_STATE)', () => {
    expect(() => nextOrderStatus('fulfilled', 'close')).toThrow(/fulfilled cannot close/);
    expect(nextOrderStatus('overdue', 'close')).toBe('failed');
  });
});
