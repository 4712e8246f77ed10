import type { EntityManager } from 'typeorm';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { appendAuditEvent } from '../../audit';
import type { AuditActionOn, AuditEntry, AuditPayloads } from '../../audit';
import {
  changeContractStatus,
  changeMilestoneStatuses,
  changeOrderStatus,
  contractClockRows,
  contractOutcomeAt,
  productionReportDueAt,
  recordMissingProductionReport,
  scheduleContractChecks,
  writeOffClaimsUnderPp783,
} from '../../contracts';
import type { ContractClockRow } from '../../contracts';
import { nextContractCheck, NextContractEvent } from '../../contracts';
import { claimReminder, notify, remindersSentFor } from '../../notifications';
import type { DueRun } from './run-due-tender';

type Loaded = ContractClockRow & {
  milestones: (ContractClockRow['milestones'][number] & { remindersSent: string[] })[];
  orders: (ContractClockRow['orders'][number] & { remindersSent: string[] })[];
};

async function load(m: EntityManager, contractIds: string[]): Promise<Map<string, Loaded>> {
  const contracts = await contractClockRows(m, contractIds);
  // Reminders are the notifications' table: one round trip more than the joined statements.
  const sent = await remindersSentFor(
    m,
    [...contracts.values()].flatMap((c) => [
      ...c.milestones.map((x) => x.id),
      ...c.orders.map((x) => x.id),
    ]),
  );
  const loaded = new Map<string, Loaded>();
  for (const [id, c] of contracts) {
    loaded.set(id, {
      ...c,
      milestones: c.milestones.map((x) => ({ ...x, remindersSent: sent.get(x.id) ?? [] })),
      orders: c.orders.map((x) => ({ ...x, remindersSent: sent.get(x.id) ?? [] })),
    });
  }
  return loaded;
}

/**
 * "Run what is due" for contracts, in the caller's transaction holding their rows: for
 * each, every event due by `now`, in order (milestones and orders overdue, reminders, the
 * end of the term). The contracts are read together, one event each per round, and the
 * event a sweep finds most (a milestone falling overdue) is written for all of them in one
 * statement: at 10,000 contracts, one transaction each was 40-80 s of round trips.
 */
export async function runDueContracts(
  m: EntityManager,
  contractIds: readonly string[],
  now: Date,
): Promise<DueRun[]> {
  const runs = new Map<string, DueRun>(
    contractIds.map((id) => [id, { aggregateId: id, transitions: [], nextCheckAt: null }]),
  );
  let due = [...runs.keys()];
  const contracts = await load(m, due);
  while (due.length > 0) {
    const overdue: { contractId: string; milestoneId: string }[] = [];
    const stillDue: string[] = [];
    const changed: string[] = [];
    for (const contractId of due) {
      const run = runs.get(contractId) as DueRun;
      const contract = contracts.get(contractId);
      const next = contract && nextContractCheck(contract);
      if (!contract || !next || next.at > now) {
        run.nextCheckAt = next?.at ?? null;
        continue;
      }
      if (next.event === 'milestone_overdue') {
        overdue.push({ contractId, milestoneId: next.milestoneId as string });
      } else {
        await runEvent(m, contractId, contract, { ...next, event: next.event }, now);
        changed.push(contractId);
      }
      run.transitions.push({ kind: next.event, dueAt: next.at });
      stillDue.push(contractId);
    }
    const status = await changeMilestoneStatuses(
      m,
      'fall_overdue',
      overdue.map(({ contractId, milestoneId }) => ({
        milestoneId,
        audit: contractEntry(contractId, now, 'milestone.overdue', { milestoneId }),
      })),
    );
    // A milestone falling overdue changes only its own status: set it on the state read,
    // rather than read 500 contracts again. Contracts that ran another event are re-read.
    for (const { contractId, milestoneId } of overdue) {
      const milestone = contracts.get(contractId)?.milestones.find((x) => x.id === milestoneId);
      if (milestone) milestone.status = status;
    }
    const reread = changed.length > 0 ? await load(m, changed) : new Map<string, Loaded>();
    for (const id of changed) {
      const contract = reread.get(id);
      if (contract) contracts.set(id, contract);
      else contracts.delete(id);
    }
    due = stillDue;
  }
  await scheduleContractChecks(
    m,
    [...runs.values()].map((r) => ({ contractId: r.aggregateId, at: r.nextCheckAt })),
  );
  return [...runs.values()];
}

function contractEntry<A extends AuditActionOn<'contract'>>(
  contractId: string,
  now: Date,
  action: A,
  data: AuditPayloads[A],
): AuditEntry<A> {
  return {
    at: now,
    actor: null,
    action,
    entityType: 'contract',
    entityId: contractId,
    data,
  };
}

/** The events run one contract at a time (a milestone falling overdue runs batched). */
type OneByOneEvent = NextContractEvent & {
  event: Exclude<NextContractEvent['event'], 'milestone_overdue'>;
};

async function runEvent(
  m: EntityManager,
  contractId: string,
  c: Loaded,
  next: OneByOneEvent,
  now: Date,
) {
  const entry = <A extends AuditActionOn<'contract'>>(action: A, data: AuditPayloads[A]) =>
    contractEntry(contractId, now, action, data);
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
