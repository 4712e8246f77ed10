import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { milestoneDueDate } from '../domain/contract-terms';
import { ClockMilestone } from '../domain/contract-next-check';
import { openedBidContent } from '../../bids';
import { insertMilestone } from '../infrastructure/milestone-rows';

/**
 * At countersigning the winning bid's plan becomes the contract's milestones (DOMAIN.md
 * §8): each due `dueMonth` calendar months after signing, with its planned tranche.
 */
export async function materializeMilestones(
  m: EntityManager,
  contractId: string,
  bidId: string,
  signedAt: Date,
): Promise<ClockMilestone[]> {
  const content = await openedBidContent(m, bidId);
  const milestones: ClockMilestone[] = [];
  for (const [position, planned] of content.milestones.entries()) {
    const id = randomUUID();
    const dueDate = milestoneDueDate(signedAt, planned.dueMonth);
    await insertMilestone(m, {
      id,
      contractId,
      position,
      code: planned.code,
      title: planned.title,
      dueMonth: planned.dueMonth,
      dueDate,
      plannedInvestmentRub: planned.investmentRub,
    });
    milestones.push({ id, status: 'pending', dueDate, remindersSent: [] });
  }
  return milestones;
}
