import type { EntityManager } from 'typeorm';
import { PROTOCOL_TRANSITIONS } from '../domain/protocol-status';
import { protocolInputsChanged } from './kept-protocol.store';

/**
 * The award freezes the protocol `final` (DOMAIN.md §7): the first award inserts it, an
 * award after an upheld complaint freezes the reopened one again. The tender's
 * `tender.awarded` event records it. What is frozen is the kept protocol current for
 * `stamp`, copied inside PostgreSQL (its status is the row's): at 10,000 bids, sending the
 * protocol back as JSON cost a third of a second.
 */
export async function freezeKeptProtocol(
  m: EntityManager,
  tenderId: string,
  stamp: string,
  at: Date,
): Promise<void> {
  const { from, to } = PROTOCOL_TRANSITIONS.award;
  const frozen = await m.query<unknown[]>(
    `INSERT INTO evaluation_protocols (tender_id, status, protocol, finalized_at)
     SELECT k.tender_id, $2, k.protocol, $3
     FROM kept_protocols k
     WHERE k.tender_id = $1 AND k.inputs_version = $4 AND k.protocol IS NOT NULL
     ON CONFLICT (tender_id) DO UPDATE SET status = EXCLUDED.status, protocol = EXCLUDED.protocol,
       finalized_at = EXCLUDED.finalized_at
     WHERE evaluation_protocols.status = ANY($5::text[])
     RETURNING 1`,
    [tenderId, to, at, stamp, from],
  );
  // The caller holds the tender lock every input change takes: nothing may move the stamp.
  if (frozen.length === 0) throw new Error(`tender ${tenderId}: no kept protocol to freeze`);
}

/**
 * An upheld complaint reopens the frozen protocol (DOMAIN.md §4): the evaluation goes on
 * from the current state, so no protocol kept before is current.
 */
export async function reopenProtocol(m: EntityManager, tenderId: string): Promise<void> {
  const { from, to } = PROTOCOL_TRANSITIONS.uphold_complaint;
  await m.query(
    'UPDATE evaluation_protocols SET status = $3 WHERE tender_id = $1 AND status = ANY($2::text[])',
    [tenderId, from, to],
  );
  await protocolInputsChanged(m, [tenderId]);
}
