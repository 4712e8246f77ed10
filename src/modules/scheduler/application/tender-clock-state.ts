import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '../../calendar';
import { tenderContractClockRows } from '../../contracts';
import type { TenderContractClockRow } from '../../contracts';
import { pendingAwardStandstillEndsAt } from '../../evaluation';
import { remindersSentFor } from '../../notifications';
import { tenderClockRows } from '../../tenders';
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

/** Everything the chronograph's rule reads for each tender (unknown ids absent). */
export async function loadTenderClockStates(
  m: EntityManager,
  tenderIds: readonly string[],
  calendar: WorkingCalendar,
): Promise<Map<string, LoadedTender>> {
  // One read per owning module (tenders, awards, contracts, reminders), each for the
  // whole batch of tenders.
  const tenders = await tenderClockRows(m, tenderIds);
  const ids = [...tenders.keys()];
  const standstills = await pendingAwardStandstillEndsAt(m, ids);
  const contracts = await tenderContractClockRows(m, ids);
  const sent = await remindersSentFor(m, [
    ...ids,
    ...[...contracts.values()].flatMap((c) => (c.contractId ? [c.contractId] : [])),
    ...[...tenders.values()].flatMap((t) => t.openEnquiries.map((q) => q.id)),
  ]);
  const states = new Map<string, LoadedTender>();
  for (const [id, tender] of tenders) {
    const contract = contracts.get(id) as TenderContractClockRow;
    const answerDays = tender.rules?.answerDueWorkingDays ?? 2;
    const questionsDue = tender.openEnquiries
      .filter((q) => !sent.get(q.id)?.includes('answer_due'))
      .map((q) => ({ id: q.id, dueAt: calendar.addWorkingDays(q.askedAt, answerDays) }));
    states.set(id, {
      id,
      status: tender.status,
      submissionDeadline: tender.submissionDeadline,
      commission: tender.commission,
      signingDays: tender.signingDays,
      contractId: contract.contractId,
      contractOrganizationId: contract.contractOrganizationId,
      standstillEndsAt: standstills.get(id) ?? null,
      complaintPending: contract.complaintPending,
      signingDeadline: contract.signingDeadline,
      signingReminderSent:
        contract.contractId !== null &&
        (sent.get(contract.contractId) ?? []).includes('signing_reminder_48h'),
      remindersSent: sent.get(id) ?? [],
      answerDueAt: questionsDue[0]?.dueAt ?? null,
      questionsDue,
    });
  }
  return states;
}
