import { nextContractCheck } from './contract-next-check';

describe('the next check of a contract', () => {
  const endsAt = new Date('2037-01-31T10:00:00.000Z');

  it('is the end of the term while active', () => {
    expect(nextContractCheck({ status: 'active', endsAt })).toEqual({
      event: 'term_end',
      at: endsAt,
    });
  });

  it.each(['pending_signature', 'completed', 'terminated', 'refused'])(
    'is nothing when %s',
    (status) => {
      expect(nextContractCheck({ status, endsAt })).toBeNull();
    },
  );
});
