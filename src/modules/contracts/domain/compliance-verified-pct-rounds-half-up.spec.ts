import { verifiedPct } from './compliance';

describe('verified investment as a percentage of the committed one', () => {
  it.each([
    // 1 133 333 333.33 / 3 400 000 000.00 = 0.33333333332… → 33.33
    ['1133333333.33', '3400000000.00', 33.33],
    // 2 / 3 = 66.666… → 66.67
    ['2.00', '3.00', 66.67],
    // 1 / 32 = 3.125 exactly → 3.13 half-up (half-even would give 3.12)
    ['1.00', '32.00', 3.13],
    ['3400000000.00', '3400000000.00', 100],
    // 3 500 / 3 400 = 1.029411… → 102.94: more than committed is shown as such
    ['3500000000.00', '3400000000.00', 102.94],
    ['0.00', '3400000000.00', 0],
    // Nothing committed: no share to show.
    ['150000000.00', '0.00', 0],
  ])('%s of %s is %d %%', (verified, committed, expected) => {
    expect(verifiedPct(verified, committed)).toBe(expected);
  });

  it('refuses amounts that are not rubles', () => {
    expect(() => verifiedPct('1e9', '3400000000.00')).toThrow(RangeError);
  });
});
