import { productionReportsDue, type ProductionReportClock } from './production-reports';

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

/** The investor is reminded a week before an order falls due (CONTRACT.md §3). */
export const ORDER_REMINDER = { kind: 'order_reminder_7d', before: 7 * DAY } as const;

export interface ClockOrder {
  id: string;
  status: string;
  /** The end of the order's deliverBy Moscow day. */
  dueAt: Date;
  placedAt: Date;
  /** Reminder kinds already sent for this order. */
  remindersSent: readonly string[];
}

export interface ContractClockState {
  status: string;
  endsAt: Date | null;
  milestones?: readonly ClockMilestone[];
  orders?: readonly ClockOrder[];
  productionReports?: ProductionReportClock;
}

export type ContractDueEvent =
  | 'term_end'
  | 'milestone_overdue'
  | (typeof MILESTONE_REMINDERS)[number]['kind']
  | 'order_overdue'
  | typeof ORDER_REMINDER.kind
  | 'production_report_missing';

export interface NextContractEvent {
  event: ContractDueEvent;
  at: Date;
  milestoneId?: string;
  orderId?: string;
  /** The calendar year whose production report is missing. */
  year?: number;
}

/**
 * The chronograph's rule for a contract (DOMAIN.md §8, CONTRACT.md §3): while active, a
 * pending milestone or a placed order becomes overdue the instant after its due date
 * (due + 1 ms), its investor is reminded before (milestones 30 and 7 days, orders 7 days
 * when placed earlier than that), a year's production report falls missing 1 ms after its
 * due date (CONTRACT.md §4), and the contract completes when its term ends.
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
  for (const o of contract.orders ?? []) {
    if (o.status !== 'placed') continue;
    candidates.push({ event: 'order_overdue', at: new Date(o.dueAt.getTime() + 1), orderId: o.id });
    const remindAt = new Date(o.dueAt.getTime() - ORDER_REMINDER.before);
    if (!o.remindersSent.includes(ORDER_REMINDER.kind) && remindAt > o.placedAt) {
      candidates.push({ event: ORDER_REMINDER.kind, at: remindAt, orderId: o.id });
    }
  }
  if (contract.productionReports) {
    for (const due of productionReportsDue(contract.productionReports)) {
      candidates.push({ event: 'production_report_missing', at: due.at, year: due.year });
    }
  }
  candidates.sort((a, b) => a.at.getTime() - b.at.getTime());
  return candidates[0] ?? null;
}
