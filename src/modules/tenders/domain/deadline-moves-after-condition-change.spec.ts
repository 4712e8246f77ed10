import { DAY_MS, procedureRules } from './procedure-rules';
import { amendmentCutoff, deadlineAfterConditionChange, timelineProblems } from './timeline';
import type { WorkingDays } from './working-days';

/** Weekends only, in Moscow time (UTC+3), enough for these scenarios. */
const weekendsOnly: WorkingDays = {
  isWorkingInstant: (i) => ![0, 6].includes(new Date(i.getTime() + 3 * 3600e3).getUTCDay()),
  workingDaysBefore: (i, n) => {
    let day = new Date(i.getTime() + 3 * 3600e3);
    for (let k = 0; k < n;) {
      day = new Date(day.getTime() - DAY_MS);
      if (![0, 6].includes(day.getUTCDay())) k++;
    }
    return new Date(
      Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 20, 59, 59, 999),
    );
  },
};
const enforced = procedureRules(true, 60);
const sandbox = procedureRules(false, 60);
const at = (iso: string) => new Date(iso);

describe('deadline after a condition-changing amendment', () => {
  it('moves so that 10 days remain when fewer remain', () => {
    // Amended Tuesday 1 Dec 2026 09:00Z with the deadline Friday 4 Dec: moves to Friday 11 Dec 09:00Z.
    const moved = deadlineAfterConditionChange(
      at('2026-12-04T09:00:00Z'),
      at('2026-12-01T09:00:00Z'),
      enforced,
      weekendsOnly,
    );
    expect(moved.toISOString()).toBe('2026-12-11T09:00:00.000Z');
  });

  it('then rolls over a weekend to the next working day (outside sandbox)', () => {
    // Amended Thursday 3 Dec: +10 days is Sunday 13 Dec → Monday 14 Dec.
    const now = at('2026-12-03T09:00:00Z');
    expect(
      deadlineAfterConditionChange(
        at('2026-12-04T09:00:00Z'),
        now,
        enforced,
        weekendsOnly,
      ).toISOString(),
    ).toBe('2026-12-14T09:00:00.000Z');
    expect(
      deadlineAfterConditionChange(
        at('2026-12-04T09:00:00Z'),
        now,
        sandbox,
        weekendsOnly,
      ).toISOString(),
    ).toBe('2026-12-13T09:00:00.000Z');
  });

  it('stays when 10 days or more remain', () => {
    const deadline = at('2026-12-21T09:00:00Z');
    expect(
      deadlineAfterConditionChange(deadline, at('2026-12-11T09:00:00Z'), enforced, weekendsOnly),
    ).toBe(deadline);
  });
});

describe('amendment cut-off', () => {
  it('is the end of the working day before the deadline (Monday deadline → Friday)', () => {
    expect(amendmentCutoff(at('2026-12-14T09:00:00Z'), enforced, weekendsOnly).toISOString()).toBe(
      '2026-12-11T20:59:59.999Z',
    );
  });

  it('is the deadline itself in sandbox', () => {
    expect(amendmentCutoff(at('2026-12-14T09:00:00Z'), sandbox, weekendsOnly).toISOString()).toBe(
      '2026-12-14T09:00:00.000Z',
    );
  });
});

describe('timeline at publication', () => {
  const now = at('2026-12-01T09:00:00Z');

  it('accepts 20+ days to a working-day deadline with questions closing 3+ days before', () => {
    const t = {
      enquiriesUntil: at('2026-12-18T09:00:00Z'),
      submissionDeadline: at('2026-12-22T09:00:00Z'),
    };
    expect(timelineProblems(t, now, enforced, weekendsOnly)).toEqual([]);
  });

  it('refuses a short period, a weekend deadline and late questions', () => {
    const t = {
      enquiriesUntil: at('2026-12-19T09:00:00Z'),
      submissionDeadline: at('2026-12-20T09:00:00Z'),
    };
    expect(timelineProblems(t, now, enforced, weekendsOnly)).toEqual([
      {
        code: 'biddingDaysAtLeast',
        args: [20],
        message: 'the bidding period must last at least 20 days',
      },
      {
        code: 'submissionDeadlineOnWorkingDay',
        message: 'submissionDeadline must fall on a working day (Moscow)',
      },
      {
        code: 'enquiriesCloseDaysBeforeDeadline',
        args: [3],
        message: 'questions must close at least 3 days before submissionDeadline',
      },
    ]);
  });

  it('in sandbox checks only order and the future', () => {
    const soon = {
      enquiriesUntil: at('2026-12-01T09:00:01Z'),
      submissionDeadline: at('2026-12-01T09:00:02Z'),
    };
    expect(timelineProblems(soon, now, sandbox, weekendsOnly)).toEqual([]);
    const backwards = {
      enquiriesUntil: at('2026-12-01T09:00:03Z'),
      submissionDeadline: at('2026-12-01T09:00:02Z'),
    };
    expect(timelineProblems(backwards, now, sandbox, weekendsOnly)).toEqual([
      {
        code: 'enquiriesUntilNotAfterDeadline',
        message: 'enquiriesUntil must not be after submissionDeadline',
      },
    ]);
    const past = {
      enquiriesUntil: at('2026-11-30T09:00:00Z'),
      submissionDeadline: at('2026-12-01T08:00:00Z'),
    };
    expect(timelineProblems(past, now, sandbox, weekendsOnly)).toEqual([
      { code: 'submissionDeadlineInFuture', message: 'submissionDeadline must be in the future' },
      { code: 'enquiriesUntilInFuture', message: 'enquiriesUntil must be in the future' },
    ]);
  });
});
