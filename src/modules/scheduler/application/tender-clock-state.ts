import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '../../calendar';
import type { TenderClockState } from '../../tenders';
import type { ProcedureRules } from '../../tenders';
import type { TenderStatus } from '../../tenders';

export interface LoadedTender extends TenderClockState {
  id: string;
  commission: string[];
  signingDays: number;
  /** The open contract, while one awaits signatures. */
  contractId: string | null;
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
      signing_days: number;
      standstill_ends_at: Date | null;
      complaint_pending: boolean;
      contract_id: string | null;
      signing_deadline: Date | null;
      signing_reminder_sent: boolean;
    }[]
  >(
    `SELECT t.status, t.submission_deadline, t.commission, t.rules, t.signing_days,
       (SELECT a.standstill_ends_at FROM awards a WHERE a.tender_id = t.id AND a.status = 'pending') AS standstill_ends_at,
       EXISTS (SELECT 1 FROM complaints c WHERE c.tender_id = t.id AND c.status = 'pending') AS complaint_pending,
       k.id AS contract_id,
       CASE WHEN k.investor_signed_at IS NULL THEN k.signing_deadline END AS signing_deadline,
       EXISTS (SELECT 1 FROM reminders_sent r WHERE r.subject_id = k.id AND r.kind = 'signing_reminder_48h')
         AS signing_reminder_sent
     FROM tenders t
     LEFT JOIN contracts k ON k.tender_id = t.id AND k.status = 'pending_signature'
     WHERE t.id = $1`,
    [tenderId],
  );
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
    signingDays: row.signing_days,
    contractId: row.contract_id,
    standstillEndsAt: row.standstill_ends_at,
    complaintPending: row.complaint_pending,
    signingDeadline: row.signing_deadline,
    signingReminderSent: row.signing_reminder_sent,
    remindersSent: sent.map((s) => s.kind),
    answerDueAt: questionsDue[0]?.dueAt ?? null,
    questionsDue,
  };
}
