import type { EntityManager } from 'typeorm';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { appendAuditEvent } from '../../audit';
import type { AuditActionOn, AuditEntry, AuditPayloads } from '../../audit';
import {
  changeContractStatus,
  changeMilestoneStatus,
  contractClockRow,
  scheduleContractCheck,
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
}

async function load(m: EntityManager, contractId: string): Promise<Loaded | null> {
  const contract = await contractClockRow(m, contractId);
  if (!contract) return null;
  // Reminders are the notifications' table: one round trip more than the joined statement.
  const sent = await remindersSentFor(
    m,
    contract.milestones.map((x) => x.id),
  );
  return {
    ...contract,
    milestones: contract.milestones.map((x) => ({ ...x, remindersSent: sent.get(x.id) ?? [] })),
  };
}

/**
 * "Run what is due" for one contract, in the caller's transaction holding its row: every
 * event due by `now`, in order (milestones overdue, reminders, the end of the term).
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
    case 'term_end':
      await changeContractStatus(m, {
        contractId,
        event: 'complete',
        audit: entry('contract.completed', { tenderId: c.tenderId, endsAt: next.at.toISOString() }),
      });
      return;
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
  }
}
