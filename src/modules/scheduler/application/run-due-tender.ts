import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { openBids } from '../../bids/application/open-bids';
import type { TenderStatus } from '../../tenders/domain/tender-status';
import { closingStatus, nextTenderEvent } from '../../tenders/domain/tender-next-check';

export interface DueRun {
  tenderId: string;
  transition: { kind: string; dueAt: Date } | null;
  nextCheckAt: Date | null;
}

interface Row {
  id: string;
  status: TenderStatus;
  submission_deadline: Date;
}

/**
 * "Run what is due" for one tender, in the caller's transaction, which must hold the
 * tender's row FOR UPDATE. Idempotent: it re-reads the state, so a second run (another
 * worker, a retried job, the sweep) finds nothing due and changes nothing.
 */
export async function runDueTender(
  m: EntityManager,
  tenderId: string,
  now: Date,
  sealingKey: Buffer,
): Promise<DueRun> {
  const [tender] = await m.query<Row[]>(
    'SELECT id, status, submission_deadline FROM tenders WHERE id = $1',
    [tenderId],
  );
  if (!tender) return { tenderId, transition: null, nextCheckAt: null };
  const state = { status: tender.status, submissionDeadline: tender.submission_deadline };
  const next = nextTenderEvent(state);
  let transition: DueRun['transition'] = null;
  if (next && next.at <= now) {
    // The only call of the decrypting step: bids are opened at the deadline, here.
    const opened = await openBids(m, tenderId, sealingKey, now);
    const status = closingStatus(opened);
    state.status = status;
    await m.query('UPDATE tenders SET status = $2, updated_at = $3 WHERE id = $1', [
      tenderId,
      status,
      now,
    ]);
    await appendAuditEvent(m, {
      at: now,
      actor: null,
      action: status === 'evaluation' ? 'tender.bids_opened' : 'tender.closed_without_bids',
      entityType: 'tender',
      entityId: tenderId,
      data: { bidsCount: opened, dueAt: next.at.toISOString() },
    });
    transition = {
      kind: status === 'evaluation' ? 'bids_opened' : 'closed_without_bids',
      dueAt: next.at,
    };
  }
  const nextCheckAt = nextTenderEvent(state)?.at ?? null;
  await m.query('UPDATE tenders SET next_check_at = $2 WHERE id = $1', [tenderId, nextCheckAt]);
  return { tenderId, transition, nextCheckAt };
}
