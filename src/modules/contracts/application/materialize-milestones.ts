import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { BidContent } from '../../bids';
import { milestoneDueDate } from '../domain/contract-terms';
import { ClockMilestone } from '../domain/contract-next-check';

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
  const [{ content }] = await m.query<{ content: BidContent }[]>(
    'SELECT opened_content AS content FROM bids WHERE id = $1',
    [bidId],
  );
  const milestones: ClockMilestone[] = [];
  for (const [position, planned] of content.milestones.entries()) {
    const id = randomUUID();
    const dueDate = milestoneDueDate(signedAt, planned.dueMonth);
    await m.query(
      `INSERT INTO contract_milestones (id, contract_id, position, code, title, due_month, due_date,
         planned_investment_rub, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending')`,
      [
        id,
        contractId,
        position,
        planned.code,
        planned.title,
        planned.dueMonth,
        dueDate,
        planned.investmentRub,
      ],
    );
    milestones.push({ id, status: 'pending', dueDate, remindersSent: [] });
  }
  return milestones;
}
