import type { TenderStatus } from './tender-status';

const HOUR = 3600 * 1000;

/** Reminders before the submission deadline, to investors with a live or invalidated bid. */
export const DEADLINE_REMINDERS = [
  { kind: 'deadline_reminder_24h', before: 24 * HOUR },
  { kind: 'deadline_reminder_1h', before: HOUR },
] as const;
export type DeadlineReminderKind = (typeof DEADLINE_REMINDERS)[number]['kind'];

export interface TenderClockState {
  status: TenderStatus;
  submissionDeadline: Date;
  /** Deadline reminders already sent. */
  remindersSent?: readonly string[];
  /** When the earliest unanswered, not yet reminded question's answer falls due. */
  answerDueAt?: Date | null;
  /** End of the stand-still of the live award (standstill only). */
  standstillEndsAt?: Date | null;
  /** A complaint awaits the review body's decision: contracting waits for it. */
  complaintPending?: boolean;
  /** The open contract's signing deadline while the winner has not signed (contracting). */
  signingDeadline?: Date | null;
  /** The winner was reminded 48 h before its signing deadline. */
  signingReminderSent?: boolean;
}

/** The winner is reminded this long before its signing deadline (to the winner). */
export const SIGNING_REMINDER_BEFORE = 48 * HOUR;

export type TenderTransitionEvent = 'submission_deadline' | 'standstill_end' | 'signing_deadline';
export type TenderDueEvent =
  TenderTransitionEvent | DeadlineReminderKind | 'answer_due' | 'signing_reminder_48h';

export interface NextTenderEvent<E extends string = TenderDueEvent> {
  event: E;
  at: Date;
}

/** The next transition time makes (DOMAIN.md §4), as `GET /tenders/:id/schedule` names it. */
export function nextTenderTransition(
  tender: TenderClockState,
): NextTenderEvent<TenderTransitionEvent> | null {
  switch (tender.status) {
    case 'tendering':
      return { event: 'submission_deadline', at: tender.submissionDeadline };
    case 'standstill':
      return tender.standstillEndsAt && !tender.complaintPending
        ? { event: 'standstill_end', at: tender.standstillEndsAt }
        : null;
    case 'contracting':
      return tender.signingDeadline
        ? { event: 'signing_deadline', at: tender.signingDeadline }
        : null;
    case 'draft':
    case 'evaluation':
    case 'complete':
    case 'cancelled':
    case 'unsuccessful':
      return null;
  }
}

/**
 * The chronograph's rule: the earliest thing due for a tender, reminders included. Its
 * `at` is the tender's nextCheckAt; null means nothing is waiting on time.
 */
export function nextTenderCheck(tender: TenderClockState): NextTenderEvent | null {
  const transition = nextTenderTransition(tender);
  if (!transition) return null;
  const candidates: NextTenderEvent[] = [transition];
  if (transition.event === 'submission_deadline') {
    const sent = tender.remindersSent ?? [];
    for (const { kind, before } of DEADLINE_REMINDERS) {
      if (!sent.includes(kind))
        candidates.push({ event: kind, at: new Date(transition.at.getTime() - before) });
    }
    if (tender.answerDueAt) candidates.push({ event: 'answer_due', at: tender.answerDueAt });
  }
  if (transition.event === 'signing_deadline' && !tender.signingReminderSent) {
    candidates.push({
      event: 'signing_reminder_48h',
      at: new Date(transition.at.getTime() - SIGNING_REMINDER_BEFORE),
    });
  }
  // Earliest first; on a tie, a reminder goes before the deadline it announces.
  candidates.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() || Number(a === transition) - Number(b === transition),
  );
  return candidates[0];
}

/** The event the submission deadline makes, given how many live bids were opened. */
export function closingEvent(liveBids: number): 'open_bids' | 'close_without_bids' {
  return liveBids > 0 ? 'open_bids' : 'close_without_bids';
}
