import { problem, type RuleProblem } from '../../../common/errors/rule-problems';
import { DAY_MS, ProcedureRules } from './procedure-rules';
import type { WorkingDays } from './working-days';

export interface Timeline {
  enquiriesUntil: Date;
  submissionDeadline: Date;
}

/**
 * DOMAIN.md §3 for a timeline about to be published (or amended) at `now`. In sandbox mode
 * (rules not enforced) only the order of the dates and "in the future" are checked.
 */
export function timelineProblems(
  timeline: Timeline,
  now: Date,
  rules: ProcedureRules,
  calendar: WorkingDays,
  /** When bidding began: publication for an amendment; `now` at publication. */
  biddingFrom: Date = now,
): RuleProblem[] {
  const { enquiriesUntil, submissionDeadline } = timeline;
  const problems: RuleProblem[] = [];
  if (submissionDeadline <= now)
    problems.push(
      problem('submissionDeadline must be in the future', 'submissionDeadlineInFuture'),
    );
  if (enquiriesUntil <= now)
    problems.push(problem('enquiriesUntil must be in the future', 'enquiriesUntilInFuture'));
  if (enquiriesUntil > submissionDeadline)
    problems.push(
      problem(
        'enquiriesUntil must not be after submissionDeadline',
        'enquiriesUntilNotAfterDeadline',
      ),
    );
  if (!rules.enforced) return problems;
  if (submissionDeadline.getTime() - biddingFrom.getTime() < rules.minBiddingDays * DAY_MS) {
    problems.push(
      problem(
        `the bidding period must last at least ${rules.minBiddingDays} days`,
        'biddingDaysAtLeast',
        rules.minBiddingDays,
      ),
    );
  }
  if (!calendar.isWorkingInstant(submissionDeadline)) {
    problems.push(
      problem(
        'submissionDeadline must fall on a working day (Moscow)',
        'submissionDeadlineOnWorkingDay',
      ),
    );
  }
  const gap = submissionDeadline.getTime() - enquiriesUntil.getTime();
  if (gap < rules.enquiriesCloseDaysBeforeDeadline * DAY_MS) {
    problems.push(
      problem(
        `questions must close at least ${rules.enquiriesCloseDaysBeforeDeadline} days before submissionDeadline`,
        'enquiriesCloseDaysBeforeDeadline',
        rules.enquiriesCloseDaysBeforeDeadline,
      ),
    );
  }
  return problems;
}

/** Amendments are allowed until the cut-off (1 working day before the deadline). */
export function amendmentCutoff(
  deadline: Date,
  rules: ProcedureRules,
  calendar: WorkingDays,
): Date {
  return rules.enforced
    ? calendar.workingDaysBefore(deadline, rules.amendmentCutoffWorkingDays)
    : deadline;
}

/**
 * After an amendment that changes conditions the deadline moves so that at least
 * `minDaysLeftAfterConditionChange` days remain; outside sandbox it then moves on to a
 * working day, as every deadline must fall on one.
 */
export function deadlineAfterConditionChange(
  deadline: Date,
  now: Date,
  rules: ProcedureRules,
  calendar: WorkingDays,
): Date {
  const earliest = now.getTime() + rules.minDaysLeftAfterConditionChange * DAY_MS;
  if (deadline.getTime() >= earliest) return deadline;
  let moved = new Date(earliest);
  while (rules.enforced && !calendar.isWorkingInstant(moved))
    moved = new Date(moved.getTime() + DAY_MS);
  return moved;
}
