import type { EntityManager } from 'typeorm';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { appendAuditEvent } from '../../audit';
import type { AuditActionOn, AuditEntry, AuditPayloads } from '../../audit';
import { changePendingAwardStatus } from '../../evaluation';
import { changeTenderStatus, changeTenderStatuses } from '../../tenders';
import { bidderOrganizationIds, type BidOpening } from '../../bids';
import { admissionAtOpening } from '../../evaluation';
import type { WorkingCalendar } from '../../calendar';
import { openContract } from '../../contracts';
import { refuseContract } from '../../contracts';
import { claimReminder, notify } from '../../notifications';
import { closingEvent, nextTenderCheck, scheduleTenderChecks } from '../../tenders';
import type { NextTenderEvent, TenderDueEvent } from '../../tenders';
import { LoadedTender, loadTenderClockStates } from './tender-clock-state';

export interface DueRun {
  aggregateId: string;
  transitions: { kind: string; dueAt: Date }[];
  nextCheckAt: Date | null;
}

export interface DueContext {
  now: Date;
  /** The opening step, with the seal's thread it decrypts on. */
  opening: BidOpening;
  calendar: WorkingCalendar;
}

/**
 * "Run what is due" for tenders, in the caller's transaction, which must hold their rows
 * FOR UPDATE. Each round reads every pending tender's state at once and runs its earliest
 * due event; the submission deadlines of a round open together (a statement per step for
 * the whole batch: a thousand tenders falling due at one instant share one `now`), other
 * events run tender by tender. Rounds repeat until nothing is due by `now`, so a second
 * run (another worker, a retried job, the sweep) finds nothing due.
 */
export async function runDueTenders(
  m: EntityManager,
  tenderIds: readonly string[],
  ctx: DueContext,
): Promise<DueRun[]> {
  const runs = new Map<string, DueRun>(
    tenderIds.map((id) => [id, { aggregateId: id, transitions: [], nextCheckAt: null }]),
  );
  let pending = [...runs.keys()];
  while (pending.length > 0) {
    const states = await loadTenderClockStates(m, pending, ctx.calendar);
    const settled: { tenderId: string; at: Date | null }[] = [];
    const deadlines: { tender: LoadedTender; dueAt: Date }[] = [];
    const again: string[] = [];
    for (const id of pending) {
      const tender = states.get(id);
      const next = tender && nextTenderCheck(tender);
      if (!tender || !next || next.at > ctx.now) {
        settled.push({ tenderId: id, at: next?.at ?? null });
        continue;
      }
      again.push(id);
      const { event, at } = next;
      if (event === 'submission_deadline') deadlines.push({ tender, dueAt: at });
      else {
        const kind = await runEvent(m, tender, { event, at }, ctx);
        runs.get(id)?.transitions.push({ kind, dueAt: at });
      }
    }
    for (const { tenderId, kind, dueAt } of await closeSubmissions(m, deadlines, ctx)) {
      runs.get(tenderId)?.transitions.push({ kind, dueAt });
    }
    await scheduleTenderChecks(m, settled);
    for (const { tenderId, at } of settled) (runs.get(tenderId) as DueRun).nextCheckAt = at;
    pending = again;
  }
  return [...runs.values()];
}

/**
 * The submission deadline of every tender given: bids opened (the only call of the
 * decrypting step) and admitted, and each tender moved to evaluation, or to unsuccessful
 * when no live bid was left, with its event.
 */
async function closeSubmissions(
  m: EntityManager,
  deadlines: readonly { tender: LoadedTender; dueAt: Date }[],
  ctx: DueContext,
): Promise<{ tenderId: string; kind: string; dueAt: Date }[]> {
  if (deadlines.length === 0) return [];
  const { now } = ctx;
  const ids = deadlines.map((d) => d.tender.id);
  const openings = await ctx.opening.open(m, ids, now, admissionAtOpening(m));
  const closed = deadlines.map(({ tender, dueAt }) => {
    const { bidsCount, admitted } = openings.get(tender.id) ?? { bidsCount: 0, admitted: 0 };
    const event = closingEvent(bidsCount);
    const kind = event === 'open_bids' ? 'bids_opened' : 'closed_without_bids';
    const audit = entry(tender.id, `tender.${kind}`, now, {
      bidsCount,
      admitted,
      dueAt: dueAt.toISOString(),
    });
    return { tenderId: tender.id, kind, dueAt, event, audit };
  });
  for (const event of ['open_bids', 'close_without_bids'] as const) {
    await changeTenderStatuses(
      m,
      event,
      now,
      closed.filter((c) => c.event === event),
    );
  }
  return closed;
}

/** Any other due event, for one tender. */
async function runEvent(
  m: EntityManager,
  tender: LoadedTender,
  next: NextTenderEvent<Exclude<TenderDueEvent, 'submission_deadline'>>,
  ctx: DueContext,
): Promise<string> {
  const { now } = ctx;
  switch (next.event) {
    case 'standstill_end': {
      // No complaint pending (else this event is not due): the award stands.
      const bidId = await changePendingAwardStatus(m, tender.id, 'end_standstill');
      if (!bidId) throw new Error(`tender ${tender.id} ends its stand-still with no pending award`);
      const signingDeadline = ctx.calendar.addWorkingDays(now, tender.signingDays);
      await openContract(m, tender.id, bidId, now, signingDeadline);
      await changeTenderStatus(m, {
        tenderId: tender.id,
        event: 'end_standstill',
        at: now,
        audit: entry(tender.id, 'tender.standstill_ended', now, { bidId }),
      });
      return 'standstill_ended';
    }
    case 'signing_deadline': {
      const nextDeadline = ctx.calendar.addWorkingDays(now, tender.signingDays);
      const handedOver = await refuseContract(m, tender.contractId as string, now, nextDeadline);
      await changeTenderStatus(m, {
        tenderId: tender.id,
        event: handedOver ? 'hand_to_next_bidder' : 'exhaust_bidders',
        at: now,
        audit: entry(
          tender.id,
          handedOver ? 'tender.handed_to_next_bidder' : 'tender.no_bidder_left',
          now,
          {},
        ),
      });
      return handedOver ? 'handed_to_next_bidder' : 'no_bidder_left';
    }
    case 'signing_reminder_48h': {
      const contractId = tender.contractId as string;
      if (await claimReminder(m, contractId, next.event, now)) {
        const winners = await activeUserIdsOfOrganizations(m, [
          tender.contractOrganizationId as string,
        ]);
        await notify(m, winners, {
          kind: next.event,
          subjectType: 'contract',
          subjectId: contractId,
          message: `Sign your contract within 48 hours, by ${tender.signingDeadline?.toISOString()}`,
          at: now,
        });
        await audit(m, tender.id, 'tender.reminder_sent', now, { kind: next.event, contractId });
      }
      return next.event;
    }
    case 'deadline_reminder_24h':
    case 'deadline_reminder_1h': {
      if (await claimReminder(m, tender.id, next.event, now)) {
        // Two owners (bids, accounts): one round trip more than the joined statement had.
        const bidders = await activeUserIdsOfOrganizations(
          m,
          await bidderOrganizationIds(m, tender.id),
        );
        const hours = next.event === 'deadline_reminder_24h' ? 24 : 1;
        await notify(m, bidders, {
          kind: next.event,
          subjectType: 'tender',
          subjectId: tender.id,
          message: `Bids close in ${hours} hour${hours > 1 ? 's' : ''}, at ${tender.submissionDeadline.toISOString()}`,
          at: now,
        });
        // No recipient count in the record: it would tell how many bids there are.
        await audit(m, tender.id, 'tender.reminder_sent', now, { kind: next.event });
      }
      return next.event;
    }
    case 'answer_due': {
      for (const question of tender.questionsDue.filter((q) => q.dueAt <= now)) {
        if (!(await claimReminder(m, question.id, 'answer_due', now))) continue;
        await notify(m, tender.commission, {
          kind: 'answer_due',
          subjectType: 'enquiry',
          subjectId: question.id,
          message: `A clarification question is due for an answer (since ${question.dueAt.toISOString()})`,
          at: now,
        });
        await audit(m, tender.id, 'tender.answer_reminder_sent', now, { enquiryId: question.id });
      }
      return 'answer_due';
    }
  }
}

function entry<A extends AuditActionOn<'tender'>>(
  tenderId: string,
  action: A,
  at: Date,
  data: AuditPayloads[A],
): AuditEntry<A> {
  return {
    at,
    actor: null,
    action,
    entityType: 'tender',
    entityId: tenderId,
    data,
  };
}

function audit<A extends AuditActionOn<'tender'>>(
  m: EntityManager,
  tenderId: string,
  action: A,
  at: Date,
  data: AuditPayloads[A],
) {
  return appendAuditEvent<A>(m, entry(tenderId, action, at, data));
}
