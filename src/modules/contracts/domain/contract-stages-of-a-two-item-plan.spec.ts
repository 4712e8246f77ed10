import { stagesOf, type ContractItem } from './contract-stages';

const item = (code: string, unitPriceRub: string, quantityByYear: number[]): ContractItem => ({
  code,
  name: code,
  unit: 'pack',
  unitPriceRub,
  quantityByYear,
  valueRub: '0.00',
});

describe('the stages of a two-item plan', () => {
  // Signed 31 January 2027, 12:00 Moscow; supply in years 4 and 5 only.
  const signedAt = new Date('2027-01-31T09:00:00.000Z');
  const items = [
    item('lfp-48', '1300000.00', [0, 0, 0, 100, 150]),
    item('nmc-96', '2100000.50', [0, 0, 0, 10, 0]),
  ];

  it('has one stage per year with a quantity, valued at the unit prices', () => {
    expect(stagesOf(items, signedAt)).toEqual([
      // 100 × 1 300 000.00 + 10 × 2 100 000.50 = 130 000 000 + 21 000 005 = 151 000 005.00
      { year: 4, startsOn: '2030-01-31', endsOn: '2031-01-30', valueRub: '151000005.00' },
      { year: 5, startsOn: '2031-01-31', endsOn: '2032-01-30', valueRub: '195000000.00' },
    ]);
  });

  it('counts years from the Moscow day of signing, also late in the UTC evening', () => {
    // 22:30 UTC on 28 February 2027 is already 1 March in Moscow.
    const [stage] = stagesOf([item('a', '1.00', [1])], new Date('2027-02-28T22:30:00.000Z'));
    expect(stage).toEqual({
      year: 1,
      startsOn: '2027-03-01',
      endsOn: '2028-02-29',
      valueRub: '1.00',
    });
  });
});
