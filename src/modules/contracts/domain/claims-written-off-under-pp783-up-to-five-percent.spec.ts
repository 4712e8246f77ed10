import { writtenOffUnderPp783 } from './claim-status';

describe('Decree 783 at fulfilment', () => {
  it.each([
    [['3000000.00', '2000000.00'], '100000000.00', true], // exactly 5 %
    [['5000000.01'], '100000000.00', false], // a kopeck above
    [['1.00'], '100000000.00', true],
    [[], '100000000.00', false], // nothing unpaid: nothing to write off
  ])('unpaid %j of a %s contract → written off: %s', (unpaid, value, expected) => {
    expect(writtenOffUnderPp783(unpaid, value)).toBe(expected);
  });
});
