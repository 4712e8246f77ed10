const DAY = 24 * 3600 * 1000;

/** Reminders to the investor before a milestone falls due (DOMAIN.md §8 via the chronograph). */
export const MILESTONE_REMINDERS = [
  { kind: 'milestone_reminder_30d', before: 30 * DAY },
  { kind: 'milestone_reminder_7d', before: 7 * DAY },
] as const;

export interface ClockMilestone {
  id: string;
  status: string;
  dueDate: Date;
  /** Reminder kinds already sent for this milestone. */
  remindersSent: readonly string[];
}

export interface ContractClockState {
  status: string;
  endsAt: Date | null;
  milestones?: readonly ClockMilestone[];
}

export type ContractDueEvent =
  'term_end' | 'milestone_overdue' | (typeof MILESTONE_REMINDERS)[number]['kind'];

export interface NextContractEvent {
  event: ContractDueEvent;
  at: Date;
  milestoneId?: string;
}

/**
 * The chronograph's rule for a contract (DOMAIN.md §8): while active, a pending milestone
 * becomes overdue the instant after its due date (due + 1 ms), its investor is reminded
 * 30 and 7 days before, and the contract completes when its term ends.
 */
export function nextContractCheck(contract: ContractClockState): NextContractEvent | null {
  if (contract.status !== 'active') return null;
  const candidates: NextContractEvent[] = [];
  if (contract.endsAt) candidates.push({ event: 'term_end', at: contract.endsAt });
  for (const m of contract.milestones ?? []) {
    if (m.status !== 'pending') continue;
    candidates.push({
      event: 'milestone_overdue',
      at: new Date(m.dueDate.getTime() + 1),
      milestoneId: m.id,
    });
    for (const { kind, before } of MILESTONE_REMINDERS) {
      if (!m.remindersSent.includes(kind)) {
        candidates.push({
          event: kind,
          at: new Date(m.dueDate.getTime() - before),
          milestoneId: m.id,
        });
      }
    }
  }
  candidates.sort((a, b) => a.at.getTime() - b.at.getTime());
  return candidates[0] ?? null;
}
