import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { nextContractCheck } from '../../contracts/domain/contract-next-check';
import type { DueRun } from './run-due-tender';

/** "Run what is due" for one contract, in the caller's transaction holding its row. */
export async function runDueContract(
  m: EntityManager,
  contractId: string,
  now: Date,
): Promise<DueRun> {
  const transitions: DueRun['transitions'] = [];
  const [row] = await m.query<{ status: string; ends_at: Date | null; tender_id: string }[]>(
    'SELECT status, ends_at, tender_id FROM contracts WHERE id = $1',
    [contractId],
  );
  const state = { status: row?.status ?? 'missing', endsAt: row?.ends_at ?? null };
  const next = nextContractCheck(state);
  if (next && next.at <= now) {
    await m.query(`UPDATE contracts SET status = 'completed' WHERE id = $1`, [contractId]);
    await appendAuditEvent(m, {
      at: now,
      actor: null,
      action: 'contract.completed',
      entityType: 'contract',
      entityId: contractId,
      data: { tenderId: row.tender_id, endsAt: next.at.toISOString() },
    });
    state.status = 'completed';
    transitions.push({ kind: 'contract_completed', dueAt: next.at });
  }
  const nextCheckAt = nextContractCheck(state)?.at ?? null;
  await m.query('UPDATE contracts SET next_check_at = $2 WHERE id = $1', [contractId, nextCheckAt]);
  return { aggregateId: contractId, transitions, nextCheckAt };
}
