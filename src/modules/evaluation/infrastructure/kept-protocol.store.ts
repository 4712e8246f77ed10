import type { EntityManager } from 'typeorm';

/** What the award and the schedule read of a kept protocol, without its JSON. */
export interface ProtocolSummary {
  expertScoresComplete: boolean;
  admittedBids: number;
  /** The bid ranked first, with its total; null while no bid is ranked. */
  winner: { bidId: string; total: number | null } | null;
}

/** A protocol as kept: its JSON text (without status) and its summary. */
export interface ProtocolDocument {
  json: Buffer | string;
  summary: ProtocolSummary;
}

/**
 * The in-progress protocol, computed once and kept (table kept_protocols). `stamp` is the
 * tender's inputs version: every step that changes an input of the protocol bumps it in
 * its own transaction (`protocolInputsChanged`), and a protocol is kept only under the
 * stamp read before it was computed.
 */
export interface KeptProtocol {
  /** The inputs version read; '0' while no input change was recorded. */
  stamp: string;
  /** Null when none is kept, or the inputs changed since. */
  document: ProtocolDocument | null;
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
 * was computed meanwhile. The JSON comes as text, not parsed: the award and the protocol's
 * readers answer with it as it is.
 */
export async function keptProtocolOf(m: EntityManager, tenderId: string): Promise<KeptProtocol> {
  const [row] = await m.query<
    {
      stamp: string;
      json: string | null;
      expert_scores_complete: boolean;
      admitted_bids: number;
      winner_bid_id: string | null;
      winner_total: number | null;
    }[]
  >(
    `SELECT inputs_version::text AS stamp, protocol::text AS json, expert_scores_complete,
       admitted_bids, winner_bid_id, winner_total
     FROM kept_protocols WHERE tender_id = $1`,
    [tenderId],
  );
  if (!row) return { stamp: '0', document: null };
  if (row.json === null) return { stamp: row.stamp, document: null };
  const winner = row.winner_bid_id ? { bidId: row.winner_bid_id, total: row.winner_total } : null;
  return {
    stamp: row.stamp,
    document: {
      json: row.json,
      summary: {
        expertScoresComplete: row.expert_scores_complete,
        admittedBids: row.admitted_bids,
        winner,
      },
    },
  };
}

/**
 * Keeps a protocol computed after reading `stamp`, only if the stamp is still current
 * (a writer still in flight holds the row: this waits for it, then finds the stamp moved).
 * The JSON goes as bytes (a binary parameter, which `json` takes as text): node-postgres
 * would otherwise measure and encode a 5 MB string again. Returns whether it was kept.
 */
export async function keepProtocol(
  m: EntityManager,
  tenderId: string,
  stamp: string,
  document: { json: Buffer; summary: ProtocolSummary },
): Promise<boolean> {
  const { summary } = document;
  const rows = await m.query<unknown[]>(
    `INSERT INTO kept_protocols AS k (tender_id, inputs_version, protocol, expert_scores_complete,
       admitted_bids, winner_bid_id, winner_total)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tender_id) DO UPDATE SET protocol = EXCLUDED.protocol,
       expert_scores_complete = EXCLUDED.expert_scores_complete,
       admitted_bids = EXCLUDED.admitted_bids, winner_bid_id = EXCLUDED.winner_bid_id,
       winner_total = EXCLUDED.winner_total
     WHERE k.inputs_version = EXCLUDED.inputs_version
     RETURNING 1`,
    [
      tenderId,
      stamp,
      document.json,
      summary.expertScoresComplete,
      summary.admittedBids,
      summary.winner?.bidId ?? null,
      summary.winner?.total ?? null,
    ],
  );
  return rows.length > 0;
}
