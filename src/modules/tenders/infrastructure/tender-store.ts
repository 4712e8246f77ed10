import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { TenderAmendmentEntity } from './tender-amendment.entity';
import { TenderEntity } from './tender.entity';

/**
 * Loads a tender inside the caller's transaction, locked: `update` for the writers that
 * change it, `share` for bid intake, which must not interleave with closing or amending
 * but may run alongside other submissions.
 */
export async function lockTender(
  m: EntityManager,
  id: string,
  mode: 'update' | 'share',
): Promise<TenderEntity> {
  const tender = await m.findOne(TenderEntity, {
    where: { id },
    lock: { mode: mode === 'update' ? 'pessimistic_write' : 'pessimistic_read' },
  });
  if (!tender) throw new NotFoundError('Tender');
  return tender;
}

export function amendmentsOf(m: EntityManager, tenderId: string): Promise<TenderAmendmentEntity[]> {
  return m.find(TenderAmendmentEntity, { where: { tenderId }, order: { number: 'ASC' } });
}

/** Pulls the tender's next check forward to `due` if sooner; returns the resulting time. */
export async function pullNextCheckForward(
  m: EntityManager,
  tenderId: string,
  due: Date,
): Promise<Date | null> {
  const [rows] = await m.query<[{ next_check_at: Date | null }[], number]>(
    `UPDATE tenders SET next_check_at = LEAST(next_check_at, $2) WHERE id = $1 RETURNING next_check_at`,
    [tenderId, due],
  );
  return rows[0].next_check_at;
}
