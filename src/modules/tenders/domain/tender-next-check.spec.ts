import { closingEvent, nextTenderCheck, nextTenderTransition } from './tender-next-check';
import { nextTenderStatus } from './tender-status';

const deadline = new Date('2026-12-22T09:00:00.000Z');
const tendering = { status: 'tendering' as const, submissionDeadline: deadline };

describe('the next check of a tender', () => {
  it('is the 24 h reminder first, then the 1 h reminder, then the deadline', () => {
    expect(nextTenderCheck(tendering)).toEqual({
      event: 'deadline_reminder_24h',
      at: new Date('2026-12-21T09:00:00.000Z'),
    });
    expect(nextTenderCheck({ ...tendering, remindersSent: ['deadline_reminder_24h'] })).toEqual({
      event: 'deadline_reminder_1h',
      at: new Date('2026-12-22T08:00:00.000Z'),
    });
    expect(
      nextTenderCheck({
        ...tendering,
        remindersSent: ['deadline_reminder_24h', 'deadline_reminder_1h'],
      }),
    ).toEqual({
      event: 'submission_deadline',
      at: deadline,
    });
  });

  it('includes an earlier answer-due reminder for the commission', () => {
    const answerDueAt = new Date('2026-12-03T20:59:59.999Z');
    expect(nextTenderCheck({ ...tendering, answerDueAt })).toEqual({
      event: 'answer_due',
      at: answerDueAt,
    });
  });

  it('names only transitions on the schedule', () => {
    expect(nextTenderTransition(tendering)).toEqual({ event: 'submission_deadline', at: deadline });
  });

  it('ends the stand-still at its end unless a complaint is pending', () => {
    const standstillEndsAt = new Date('2027-01-10T09:00:00.000Z');
    const standstill = {
      status: 'standstill' as const,
      submissionDeadline: deadline,
      standstillEndsAt,
    };
    expect(nextTenderCheck(standstill)).toEqual({ event: 'standstill_end', at: standstillEndsAt });
    expect(nextTenderCheck({ ...standstill, complaintPending: true })).toBeNull();
  });

  it('waits for the winner until the signing deadline while contracting', () => {
    const signingDeadline = new Date('2027-01-17T20:59:59.999Z');
    const contracting = {
      status: 'contracting' as const,
      submissionDeadline: deadline,
      signingDeadline,
    };
    // The winner is reminded 48 h before, then the deadline itself falls due.
    expect(nextTenderCheck(contracting)).toEqual({
      event: 'signing_reminder_48h',
      at: new Date('2027-01-15T20:59:59.999Z'),
    });
    expect(nextTenderCheck({ ...contracting, signingReminderSent: true })).toEqual({
      event: 'signing_deadline',
      at: signingDeadline,
    });
    expect(nextTenderCheck({ ...contracting, signingDeadline: null })).toBeNull();
  });

  it.each(['draft', 'evaluation', 'cancelled', 'unsuccessful', 'complete'] as const)(
    'waits on nothing in %s',
    (status) => {
      expect(nextTenderCheck({ status, submissionDeadline: deadline })).toBeNull();
      expect(nextTenderTransition({ status, submissionDeadline: deadline })).toBeNull();
    },
  );

  it('closes into evaluation with bids and unsuccessful without', () => {
    expect(nextTenderStatus('tendering', closingEvent(3))).toBe('evaluation');
    expect(nextTenderStatus('tendering', closingEvent(0))).toBe('unsuccessful');
  });
});
