import type { EntityManager } from 'typeorm';

/**
 * The in-progress protocol, computed once and kept (table kept_protocols). `stamp` is the
 * tender's inputs version: every step that changes an input of the protocol bumps it in
 * its own transaction (`protocolInputsChanged`), and a protocol is kept only under the
 * stamp read before it was computed.
 */
export interface KeptProtocol<P> {
  /** The inputs version read; '0' while no input change was recorded. */
  stamp: string;
  /** Null when none is kept, or the inputs changed since. */
  protocol: P | null;
}

/**
 * An input of the tenders' protocols changed (an opening, an admission decision, an expert
 * score, a declaration, an award, a reopening): the kept protocols are dropped and the
 * stamp moves, so a protocol computed before this change commits is never kept. Must run
 * in the transaction that makes the change.
 */
export async function protocolInputsChanged(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<void> {
  if (tenderIds.length === 0) return;
  await m.query(
    `INSERT INTO kept_protocols (tender_id, inputs_version)
     SELECT unnest($1::uuid[]), 1
     ON CONFLICT (tender_id) DO UPDATE
       SET inputs_version = kept_protocols.inputs_version + 1, protocol = NULL`,
    [[...new Set(tenderIds)]],
  );
}

/**
 * The kept protocol and the stamp it is current for. Read first, before any input: a
 * change committed after this read has moved the stamp, so `keepProtocol` refuses what
 * was computed meanwhile.
 */
export async function keptProtocolOf<P>(
  m: EntityManager,
  tenderId: string,
): Promise<KeptProtocol<P>> {
  const [row] = await m.query<{ stamp: string; protocol: P | null }[]>(
    'SELECT inputs_version::text AS stamp, protocol FROM kept_protocols WHERE tender_id = $1',
    [tenderId],
  );
  return row ?? { stamp: '0', protocol: null };
}

/**
 * Keeps a protocol computed after reading `stamp`, only if the stamp is still current
 * (a writer still in flight holds the row: this waits for it, then finds the stamp moved).
 * Returns whether it was kept.
 */
export async function keepProtocol(
  m: EntityManager,
  tenderId: string,
  stamp: string,
  protocol: unknown,
): Promise<boolean> {
  const rows = await m.query<unknown[]>(
    `INSERT INTO kept_protocols AS k (tender_id, inputs_version, protocol) VALUES ($1, $2, $3)
     ON CONFLICT (tender_id) DO UPDATE SET protocol = EXCLUDED.protocol
     WHERE k.inputs_version = EXCLUDED.inputs_version
     RETURNING 1`,
    [tenderId, stamp, JSON.stringify(protocol)],
  );
  return rows.length > 0;
}
