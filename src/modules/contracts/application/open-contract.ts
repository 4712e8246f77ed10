import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit';
import type { BidContent } from '../../bids';
import { notify } from '../../notifications';
import { CONTRACT_INITIAL_STATUS } from '../domain/contract-status';
import { contractValue } from '../domain/contract-terms';

/**
 * A contract `pending_signature` for an awarded bid (the award's winner, or the next-ranked
 * bid handed over by refuseContract), with the winner's signing deadline
 * (DOMAIN.md §4, §7). Runs in the caller's transaction; notifies the winner's users.
 */
export async function openContract(
  m: EntityManager,
  tenderId: string,
  bidId: string,
  at: Date,
  signingDeadline: Date,
): Promise<string> {
  const [row] = await m.query<
    { organization_id: string; content: BidContent; quantity: number; contract_years: number }[]
  >(
    `SELECT b.organization_id, b.opened_content AS content, (t.subject->>'quantity')::int AS quantity,
            (t.offset_conditions->>'contractYears')::int AS contract_years
     FROM bids b JOIN tenders t ON t.id = b.tender_id WHERE b.id = $1`,
    [bidId],
  );
  const id = randomUUID();
  await m.query(
    `INSERT INTO contracts (id, tender_id, bid_id, organization_id, status, unit_price_rub, quantity, value_rub,
       investment_committed_rub, build_months, contract_years, signing_deadline, created_at)
     VALUES ($1, $2, $3, $4, $13, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      id,
      tenderId,
      bidId,
      row.organization_id,
      row.content.unitPriceRub,
      row.quantity,
      contractValue(row.content.unitPriceRub, row.quantity),
      row.content.investmentRub,
      row.content.buildMonths,
      row.contract_years,
      signingDeadline,
      at,
      CONTRACT_INITIAL_STATUS,
    ],
  );
  await appendAuditEvent(m, {
    at,
    actor: null,
    action: 'contract.opened',
    entityType: 'contract',
    entityId: id,
    data: { tenderId, bidId, signingDeadline: signingDeadline.toISOString() },
  });
  const users = await m.query<{ id: string }[]>(
    'SELECT id FROM users WHERE organization_id = $1 AND active',
    [row.organization_id],
  );
  await notify(
    m,
    users.map((u) => u.id),
    {
      kind: 'contract_to_sign',
      subjectType: 'contract',
      subjectId: id,
      message: `Your contract awaits your signature until ${signingDeadline.toISOString()}`,
      at,
    },
  );
  return id;
}
