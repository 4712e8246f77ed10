import { Money } from './money';

describe('Money', () => {
  it('parses decimal strings and prints two decimals', () => {
    expect(Money.parse('3000000000').toString()).toBe('3000000000.00');
    expect(Money.parse('1320000.5').toString()).toBe('1320000.50');
    expect(JSON.stringify({ v: Money.parse('0.01') })).toBe('{"v":"0.01"}');
  });

  it('adds exactly where floats would not', () => {
    expect(Money.parse('0.10').plus(Money.parse('0.20')).toString()).toBe('0.30');
    const tranches = ['150000000.10', '2849999999.90'].map((v) => Money.parse(v));
    expect(tranches.reduce((a, b) => a.plus(b), Money.zero()).toString()).toBe('3000000000.00');
  });

  it('compares', () => {
    expect(Money.parse('2999999999.99').lessThan(Money.parse('3000000000'))).toBe(true);
    expect(Money.parse('1450000.01').greaterThan(Money.parse('1450000'))).toBe(true);
    expect(Money.parse('5').compare(Money.parse('5.00'))).toBe(0);
  });

  it.each(['', '-1', '1.234', '01', '1e9', ' 1', '1,5', '1234567890123456'])('refuses %p', (v) =>
    expect(() => Money.parse(v)).toThrow(RangeError),
  );
});
