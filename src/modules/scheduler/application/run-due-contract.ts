import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit';
import type { AuditActionOn, AuditEntry, AuditPayloads } from '../../audit';
import { changeContractStatus, changeMilestoneStatus } from '../../contracts';
import { nextContractCheck, NextContractEvent } from '../../contracts';
import { claimReminder, notify } from '../../notifications';
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
  const [row] = await m.query<
    { status: string; ends_at: Date | null; tender_id: string; organization_id: string }[]
  >('SELECT status, ends_at, tender_id, organization_id FROM contracts WHERE id = $1', [
    contractId,
  ]);
  if (!row) return null;
  const milestones = await m.query<
    { id: string; status: string; due_date: Date; title: string; reminders: string[] }[]
  >(
    `SELECT cm.id, cm.status, cm.due_date, cm.title,
       COALESCE(array_agg(r.kind) FILTER (WHERE r.kind IS NOT NULL), '{}') AS reminders
     FROM contract_milestones cm LEFT JOIN reminders_sent r ON r.subject_id = cm.id
     WHERE cm.contract_id = $1 GROUP BY cm.id ORDER BY cm.position`,
    [contractId],
  );
  return {
    status: row.status,
    endsAt: row.ends_at,
    tenderId: row.tender_id,
    organizationId: row.organization_id,
    milestones: milestones.map((x) => ({
      id: x.id,
      status: x.status,
      dueDate: x.due_date,
      title: x.title,
      remindersSent: x.reminders,
    })),
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
      await m.query('UPDATE contracts SET next_check_at = $2 WHERE id = $1', [
        contractId,
        nextCheckAt,
      ]);
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
      const users = await m.query<{ id: string }[]>(
        'SELECT id FROM users WHERE organization_id = $1 AND active',
        [c.organizationId],
      );
      await notify(
        m,
        users.map((u) => u.id),
        {
          kind: next.event,
          subjectType: 'milestone',
          subjectId: milestoneId,
          message: `Milestone "${milestone?.title}" falls due at ${milestone?.dueDate.toISOString()}`,
          at: now,
        },
      );
      await audit('milestone.reminder_sent', { milestoneId, kind: next.event });
      return;
    }
  }
}
