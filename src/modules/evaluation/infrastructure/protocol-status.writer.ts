import type { EntityManager } from 'typeorm';
import { PROTOCOL_TRANSITIONS } from '../domain/protocol-status';

/**
 * The award freezes the protocol `final` (DOMAIN.md §7): the first award inserts it, an
 * award after an upheld complaint freezes the reopened one again. The tender's
 * `tender.awarded` event records it.
 */
export async function freezeProtocol(
  m: EntityManager,
  tenderId: string,
  protocol: unknown,
  at: Date,
): Promise<void> {
  const { from, to } = PROTOCOL_TRANSITIONS.award;
  await m.query(
    `INSERT INTO evaluation_protocols (tender_id, status, protocol, finalized_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tender_id) DO UPDATE SET status = EXCLUDED.status, protocol = EXCLUDED.protocol,
       finalized_at = EXCLUDED.finalized_at
     WHERE evaluation_protocols.status = ANY($5::text[])`,
    [tenderId, to, JSON.stringify(protocol), at, from],
  );
}

/** An upheld complaint reopens the frozen protocol (DOMAIN.md §4). */
export async function reopenProtocol(m: EntityManager, tenderId: string): Promise<void> {
  const { from, to } = PROTOCOL_TRANSITIONS.uphold_complaint;
  await m.query(
    'UPDATE evaluation_protocols SET status = $3 WHERE tender_id = $1 AND status = ANY($2::text[])',
    [tenderId, from, to],
  );
}
