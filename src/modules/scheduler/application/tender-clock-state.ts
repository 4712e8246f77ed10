import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import type { TenderClockState } from '../../tenders/domain/tender-next-check';
import type { ProcedureRules } from '../../tenders/domain/procedure-rules';
import type { TenderStatus } from '../../tenders/domain/tender-status';

export interface LoadedTender extends TenderClockState {
  id: string;
  commission: string[];
  /** Unanswered, not yet reminded questions with the instant their answer falls due. */
  questionsDue: { id: string; dueAt: Date }[];
}

/** Everything the chronograph's rule reads for one tender, from the database. */
export async function loadTenderClockState(
  m: EntityManager,
  tenderId: string,
  calendar: WorkingCalendar,
): Promise<LoadedTender | null> {
  const [row] = await m.query<
    {
      status: TenderStatus;
      submission_deadline: Date;
      commission: string[];
      rules: ProcedureRules | null;
    }[]
  >('SELECT status, submission_deadline, commission, rules FROM tenders WHERE id = $1', [tenderId]);
  if (!row) return null;
  const sent = await m.query<{ kind: string }[]>(
    'SELECT kind FROM reminders_sent WHERE subject_id = $1',
    [tenderId],
  );
  const questions = await m.query<{ id: string; asked_at: Date }[]>(
    `SELECT e.id, e.asked_at FROM enquiries e
     WHERE e.tender_id = $1 AND e.answer IS NULL
       AND NOT EXISTS (SELECT 1 FROM reminders_sent r WHERE r.subject_id = e.id AND r.kind = 'answer_due')
     ORDER BY e.asked_at`,
    [tenderId],
  );
  const answerDays = row.rules?.answerDueWorkingDays ?? 2;
  const questionsDue = questions.map((q) => ({
    id: q.id,
    dueAt: calendar.addWorkingDays(q.asked_at, answerDays),
  }));
  return {
    id: tenderId,
    status: row.status,
    submissionDeadline: row.submission_deadline,
    commission: row.commission,
    remindersSent: sent.map((s) => s.kind),
    answerDueAt: questionsDue[0]?.dueAt ?? null,
    questionsDue,
  };
}
