import { addMonths, contractValue, milestoneDueDate } from './contract-terms';

describe('contract terms', () => {
  it('values the contract as unit price × quantity, exactly', () => {
    expect(contractValue('1320000.00', 12000)).toBe('15840000000.00');
    expect(contractValue('0.10', 3)).toBe('0.30');
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths(new Date('2027-01-31T10:00:00.000Z'), 1).toISOString()).toBe(
      '2027-02-28T10:00:00.000Z',
    );
    expect(addMonths(new Date('2028-01-31T10:00:00.000Z'), 1).toISOString()).toBe(
      '2028-02-29T10:00:00.000Z',
    );
    expect(addMonths(new Date('2027-03-15T10:00:00.000Z'), 36).toISOString()).toBe(
      '2030-03-15T10:00:00.000Z',
    );
  });
});

describe('milestone due dates', () => {
  it('fall at the end of the Moscow day, dueMonth calendar months after signing', () => {
    // Signed 15 March 2027 12:00 Moscow; month 3 → 15 June 2027, 23:59:59.999 Moscow = 20:59:59.999Z.
    expect(milestoneDueDate(new Date('2027-03-15T09:00:00.000Z'), 3).toISOString()).toBe(
      '2027-06-15T20:59:59.999Z',
    );
  });

  it('clamp a month-end signature: 31 January + 1 month → end of February', () => {
    expect(milestoneDueDate(new Date('2027-01-31T09:00:00.000Z'), 1).toISOString()).toBe(
      '2027-02-28T20:59:59.999Z',
    );
    expect(milestoneDueDate(new Date('2028-01-31T09:00:00.000Z'), 1).toISOString()).toBe(
      '2028-02-29T20:59:59.999Z',
    );
  });

  it('count from the Moscow date: 31 January 22:00Z is already 1 February in Moscow', () => {
    expect(milestoneDueDate(new Date('2027-01-31T22:00:00.000Z'), 1).toISOString()).toBe(
      '2027-03-01T20:59:59.999Z',
    );
  });
});
