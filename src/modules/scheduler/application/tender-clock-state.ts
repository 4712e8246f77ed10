import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '../../calendar';
import { tenderContractClockRow } from '../../contracts';
import { pendingAwardStandstillEndsAt } from '../../evaluation';
import { remindersSentFor } from '../../notifications';
import { tenderClockRow } from '../../tenders';
import type { TenderClockState } from '../../tenders';

export interface LoadedTender extends TenderClockState {
  id: string;
  commission: string[];
  signingDays: number;
  /** The open contract, while one awaits signatures. */
  contractId: string | null;
  /** The supplier who signs that contract. */
  contractOrganizationId: string | null;
  /** Unanswered, not yet reminded questions with the instant their answer falls due. */
  questionsDue: { id: string; dueAt: Date }[];
}

/** Everything the chronograph's rule reads for one tender, from the database. */
export async function loadTenderClockState(
  m: EntityManager,
  tenderId: string,
  calendar: WorkingCalendar,
): Promise<LoadedTender | null> {
  // One read per owning module (tenders, awards, contracts, reminders): four round trips
  // where the single cross-module statement and its two follow-ups took three.
  const tender = await tenderClockRow(m, tenderId);
  if (!tender) return null;
  const standstillEndsAt = await pendingAwardStandstillEndsAt(m, tenderId);
  const contract = await tenderContractClockRow(m, tenderId);
  const sent = await remindersSentFor(m, [
    tenderId,
    ...(contract.contractId ? [contract.contractId] : []),
    ...tender.openEnquiries.map((q) => q.id),
  ]);
  const answerDays = tender.rules?.answerDueWorkingDays ?? 2;
  const questionsDue = tender.openEnquiries
    .filter((q) => !sent.get(q.id)?.includes('answer_due'))
    .map((q) => ({ id: q.id, dueAt: calendar.addWorkingDays(q.askedAt, answerDays) }));
  return {
    id: tenderId,
    status: tender.status,
    submissionDeadline: tender.submissionDeadline,
    commission: tender.commission,
    signingDays: tender.signingDays,
    contractId: contract.contractId,
    contractOrganizationId: contract.contractOrganizationId,
    standstillEndsAt,
    complaintPending: contract.complaintPending,
    signingDeadline: contract.signingDeadline,
    signingReminderSent:
      contract.contractId !== null &&
      (sent.get(contract.contractId) ?? []).includes('signing_reminder_48h'),
    remindersSent: sent.get(tenderId) ?? [],
    answerDueAt: questionsDue[0]?.dueAt ?? null,
    questionsDue,
  };
}
