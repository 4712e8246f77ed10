import { closingStatus, nextTenderEvent } from './tender-next-check';

const deadline = new Date('2026-12-22T09:00:00.000Z');

describe('the next event of a tender', () => {
  it('is the submission deadline while tendering', () => {
    expect(nextTenderEvent({ status: 'tendering', submissionDeadline: deadline })).toEqual({
      event: 'submission_deadline',
      at: deadline,
    });
  });

  it.each(['draft', 'evaluation', 'cancelled', 'unsuccessful', 'complete'] as const)(
    'is nothing in %s (until later stages add their deadlines)',
    (status) => expect(nextTenderEvent({ status, submissionDeadline: deadline })).toBeNull(),
  );

  it('closes into evaluation with bids and unsuccessful without', () => {
    expect(closingStatus(3)).toBe('evaluation');
    expect(closingStatus(0)).toBe('unsuccessful');
  });
});
