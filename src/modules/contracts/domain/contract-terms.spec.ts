import { addMonths, contractValue } from './contract-terms';

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
