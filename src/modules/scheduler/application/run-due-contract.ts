import type { EntityManager } from 'typeorm';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { appendAuditEvent } from '../../audit';
import type { AuditActionOn, AuditEntry, AuditPayloads } from '../../audit';
import {
  changeContractStatus,
  changeMilestoneStatus,
  changeOrderStatus,
  contractClockRow,
  contractOutcomeAt,
  productionReportDueAt,
  recordMissingProductionReport,
  scheduleContractCheck,
  writeOffClaimsUnderPp783,
} from '../../contracts';
import { nextContractCheck, NextContractEvent } from '../../contracts';
import { claimReminder, notify, remindersSentFor } from '../../notifications';
import type { DueRun } from './run-due-tender';

interface Loaded {
  status: string;
  endsAt: Date | null;
  tenderId: string;
  organizationId: string;
  milestones: {
    id: string;
    status: string;
    dueDate: Date;
    title: string;
    remindersSent: string[];
  }[];
  orders: {
    id: string;
    status: string;
    dueAt: Date;
    placedAt: Date;
    item: string;
    quantity: number;
    deliverBy: string;
    remindersSent: string[];
  }[];
  productionReports: { deliveryYears: number[]; reportedYears: number[]; missedYears: number[] };
}

async function load(m: EntityManager, contractId: string): Promise<Loaded | null> {
  const contract = await contractClockRow(m, contractId);
  if (!contract) return null;
  // Reminders are the notifications' table: one round trip more than the joined statement.
  const sent = await remindersSentFor(m, [
    ...contract.milestones.map((x) => x.id),
    ...contract.orders.map((x) => x.id),
  ]);
  return {
    ...contract,
    milestones: contract.milestones.map((x) => ({ ...x, remindersSent: sent.get(x.id) ?? [] })),
    orders: contract.orders.map((x) => ({ ...x, remindersSent: sent.get(x.id) ?? [] })),
  };
}

/**
 * "Run what is due" for one contract, in the caller's transaction holding its row: every
 * event due by `now`, in order (milestones and orders overdue, reminders, the end of the term).
 */
export async function runDueContract(
  m: EntityManager,
  contractId: string,
  now: Date,
): Promise<DueRun> {
  const transitions: DueRun['transitions'] = [];
  for (;;) {
    const contract = await load(m, contractId);
    const next = contract && nextContractCheck(contract);
    if (!contract || !next || next.at > now) {
      const nextCheckAt = next?.at ?? null;
      await scheduleContractCheck(m, contractId, nextCheckAt);
      return { aggregateId: contractId, transitions, nextCheckAt };
    }
    await runEvent(m, contractId, contract, next, now);
    transitions.push({ kind: next.event, dueAt: next.at });
  }
}

async function runEvent(
  m: EntityManager,
  contractId: string,
  c: Loaded,
  next: NextContractEvent,
  now: Date,
) {
  const entry = <A extends AuditActionOn<'contract'>>(action: A, data: AuditPayloads[A]) =>
    ({
      at: now,
      actor: null,
      action,
      entityType: 'contract',
      entityId: contractId,
      data,
    }) as AuditEntry<A>;
  const audit = <A extends AuditActionOn<'contract'>>(action: A, data: AuditPayloads[A]) =>
    appendAuditEvent<A>(m, entry(action, data));
  switch (next.event) {
    case 'term_end': {
      // CONTRACT.md §4: judged at the end of the term itself, whenever the worker runs.
      const outcome = await contractOutcomeAt(m, contractId, next.at);
      await changeContractStatus(m, {
        contractId,
        event: 'complete',
        set: { outcome },
        audit: entry('contract.completed', {
          tenderId: c.tenderId,
          endsAt: next.at.toISOString(),
          outcome,
        }),
      });
      if (outcome === 'fulfilled') await writeOffClaimsUnderPp783(m, contractId, now);
      return;
    }
    case 'milestone_overdue':
      await changeMilestoneStatus(m, {
        milestoneId: next.milestoneId as string,
        event: 'fall_overdue',
        audit: entry('milestone.overdue', { milestoneId: next.milestoneId as string }),
      });
      return;
    case 'milestone_reminder_30d':
    case 'milestone_reminder_7d': {
      const milestoneId = next.milestoneId as string;
      if (!(await claimReminder(m, milestoneId, next.event, now))) return;
      const milestone = c.milestones.find((x) => x.id === milestoneId);
      const users = await activeUserIdsOfOrganizations(m, [c.organizationId]);
      await notify(m, users, {
        kind: next.event,
        subjectType: 'milestone',
        subjectId: milestoneId,
        message: `Milestone "${milestone?.title}" falls due at ${milestone?.dueDate.toISOString()}`,
        at: now,
      });
      await audit('milestone.reminder_sent', { milestoneId, kind: next.event });
      return;
    }
    case 'order_overdue': {
      const orderId = next.orderId as string;
      await changeOrderStatus(m, {
        orderId,
        event: 'fall_overdue',
        audit: entry('order.overdue', { orderId }),
      });
      const order = c.orders.find((x) => x.id === orderId);
      await notify(m, await activeUserIdsOfOrganizations(m, [c.organizationId]), {
        kind: 'order_overdue',
        subjectType: 'order',
        subjectId: orderId,
        message: `The order of ${order?.quantity} × ${order?.item} due ${order?.deliverBy} is overdue`,
        at: now,
      });
      return;
    }
    case 'order_reminder_7d': {
      const orderId = next.orderId as string;
      if (!(await claimReminder(m, orderId, next.event, now))) return;
      const order = c.orders.find((x) => x.id === orderId);
      await notify(m, await activeUserIdsOfOrganizations(m, [c.organizationId]), {
        kind: next.event,
        subjectType: 'order',
        subjectId: orderId,
        message: `The order of ${order?.quantity} × ${order?.item} is due by ${order?.deliverBy}`,
        at: now,
      });
      await audit('order.reminder_sent', { orderId, kind: next.event });
      return;
    }
    case 'production_report_missing': {
      const year = next.year as number;
      const dueAt = productionReportDueAt(year);
      if (!(await recordMissingProductionReport(m, contractId, year, dueAt, now))) return;
      await audit('production_report.missing', { year, dueAt: dueAt.toISOString() });
      await notify(m, await activeUserIdsOfOrganizations(m, [c.organizationId]), {
        kind: 'production_report_missing',
        subjectType: 'contract',
        subjectId: contractId,
        message: `The production report for ${year} was due ${dueAt.toISOString()} and is missing`,
        at: now,
      });
      return;
    }
  }
}
