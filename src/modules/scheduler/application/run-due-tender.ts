import type { EntityManager } from 'typeorm';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { appendAuditEvent } from '../../audit';
import type { AuditActionOn, AuditEntry, AuditPayloads } from '../../audit';
import { changePendingAwardStatus } from '../../evaluation';
import { changeTenderStatus } from '../../tenders';
import { bidderOrganizationIds, openBids } from '../../bids';
import { admitOpenedBids } from '../../evaluation';
import type { WorkingCalendar } from '../../calendar';
import { openContract } from '../../contracts';
import { refuseContract } from '../../contracts';
import { claimReminder, notify } from '../../notifications';
import { closingEvent, nextTenderCheck, NextTenderEvent, scheduleTenderCheck } from '../../tenders';
import { LoadedTender, loadTenderClockState } from './tender-clock-state';

export interface DueRun {
  aggregateId: string;
  transitions: { kind: string; dueAt: Date }[];
  nextCheckAt: Date | null;
}

export interface DueContext {
  now: Date;
  sealingKey: Buffer;
  calendar: WorkingCalendar;
}

/**
 * "Run what is due" for one tender, in the caller's transaction, which must hold the
 * tender's row FOR UPDATE. It re-reads the state and runs every event due by `now` in
 * order, so a second run (another worker, a retried job, the sweep) finds nothing due.
 */
export async function runDueTender(
  m: EntityManager,
  tenderId: string,
  ctx: DueContext,
): Promise<DueRun> {
  const transitions: DueRun['transitions'] = [];
  for (;;) {
    const tender = await loadTenderClockState(m, tenderId, ctx.calendar);
    const next = tender && nextTenderCheck(tender);
    if (!tender || !next || next.at > ctx.now) {
      const nextCheckAt = next?.at ?? null;
      await scheduleTenderCheck(m, tenderId, nextCheckAt);
      return { aggregateId: tenderId, transitions, nextCheckAt };
    }
    transitions.push({ kind: await runEvent(m, tender, next, ctx), dueAt: next.at });
  }
}

async function runEvent(
  m: EntityManager,
  tender: LoadedTender,
  next: NextTenderEvent,
  ctx: DueContext,
): Promise<string> {
  const { now } = ctx;
  switch (next.event) {
    case 'submission_deadline': {
      // The only call of the decrypting step: bids are opened at the deadline, here.
      const opened = await openBids(m, tender.id, ctx.sealingKey, now);
      const admitted = await admitOpenedBids(m, tender.id, now);
      const event = closingEvent(opened);
      const kind = event === 'open_bids' ? 'bids_opened' : 'closed_without_bids';
      await changeTenderStatus(m, {
        tenderId: tender.id,
        event,
        at: now,
        audit: entry(tender.id, `tender.${kind}`, now, {
          bidsCount: opened,
          admitted,
          dueAt: next.at.toISOString(),
        }),
      });
      return kind;
    }
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
