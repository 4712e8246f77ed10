import { DomainError } from './domain-error';
import { refusal, refuse, validationFailed } from './field-refusal';

describe('a refusal by one of the API’s own rules', () => {
  it('carries its English message and its code, with the arguments only when there are some', () => {
    expect(refusal('amountRub', 'a claim is paid whole', 'claimPaidWhole', '10.00')).toEqual({
      field: 'amountRub',
      errors: ['a claim is paid whole'],
      constraints: [{ code: 'claimPaidWhole', args: ['10.00'] }],
    });
    expect(refusal('asOf', 'not in the future', 'asOfInFuture')).toEqual({
      field: 'asOf',
      errors: ['not in the future'],
      constraints: [{ code: 'asOfInFuture' }],
    });
  });

  it('is a 400 VALIDATION_FAILED with one entry per field, messages and rules in one order', () => {
    const error = validationFailed('The commission must be active officers', [
      refusal('commission', 'a is not an active officer', 'notActiveOfficer', 'a'),
      refusal('timeline', 'x', 'isIsoDate'),
      refusal('commission', 'b is not an active officer', 'notActiveOfficer', 'b'),
    ]);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([
      {
        field: 'commission',
        errors: ['a is not an active officer', 'b is not an active officer'],
        constraints: [
          { code: 'notActiveOfficer', args: ['a'] },
          { code: 'notActiveOfficer', args: ['b'] },
        ],
      },
      { field: 'timeline', errors: ['x'], constraints: [{ code: 'isIsoDate' }] },
    ]);
  });

  it('thrown for one field keeps its message as the error’s', () => {
    expect(() => refuse('year', '2031 has not ended yet', 'yearNotEnded', 2031)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', message: '2031 has not ended yet' }),
    );
  });
});
