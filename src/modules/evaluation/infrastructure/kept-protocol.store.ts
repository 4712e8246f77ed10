import type { EntityManager } from 'typeorm';

/** What the award and the schedule read of a kept protocol, without its JSON. */
export interface ProtocolSummary {
  expertScoresComplete: boolean;
  admittedBids: number;
  /** The bid ranked first, with its total; null while no bid is ranked. */
  winner: { bidId: string; total: number | null } | null;
}

/** The version of kept_protocols row `alias`, as keptProtocolOf and keepProtocol name it. */
const versionOf = (alias: string) => `${alias}.inputs_version::text || '/' || ${alias}.xmin::text`;

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
  document: KeptDocument | null;
}

/**
 * A kept protocol as read. `version` names these bytes: the row's stamp and the
 * transaction that kept them (xmin), which no later write of the row repeats. `json` is
 * null when the reader said it holds this version already (they were not sent again).
 */
export interface KeptDocument {
  version: string;
  json: string | null;
  summary: ProtocolSummary;
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
 * readers answer with it as it is; and not at all if it is the version `held` (5 MB at
 * 10,000 bids, 80 ms of PostgreSQL to read).
 */
export async function keptProtocolOf(
  m: EntityManager,
  tenderId: string,
  held?: string,
): Promise<KeptProtocol> {
  const [row] = await m.query<
    {
      stamp: string;
      version: string | null;
      json: string | null;
      expert_scores_complete: boolean;
      admitted_bids: number;
      winner_bid_id: string | null;
      winner_total: number | null;
    }[]
  >(
    `SELECT k.stamp, k.version,
       CASE WHEN k.version = $2 THEN NULL ELSE k.protocol::text END AS json,
       k.expert_scores_complete, k.admitted_bids, k.winner_bid_id, k.winner_total
     FROM (
       SELECT inputs_version::text AS stamp, protocol, expert_scores_complete, admitted_bids,
         winner_bid_id, winner_total,
         CASE WHEN protocol IS NOT NULL THEN ${versionOf('p')} END AS version
       FROM kept_protocols p WHERE tender_id = $1
     ) k`,
    [tenderId, held ?? null],
  );
  if (!row) return { stamp: '0', document: null };
  if (row.version === null) return { stamp: row.stamp, document: null };
  const winner = row.winner_bid_id ? { bidId: row.winner_bid_id, total: row.winner_total } : null;
  return {
    stamp: row.stamp,
    document: {
      version: row.version,
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
 * would otherwise measure and encode a 5 MB string again. Returns the kept version, or
 * null if the stamp moved and nothing was kept.
 */
export async function keepProtocol(
  m: EntityManager,
  tenderId: string,
  stamp: string,
  document: { json: Buffer; summary: ProtocolSummary },
): Promise<string | null> {
  const { summary } = document;
  const rows = await m.query<{ version: string }[]>(
    `INSERT INTO kept_protocols AS k (tender_id, inputs_version, protocol, expert_scores_complete,
       admitted_bids, winner_bid_id, winner_total)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tender_id) DO UPDATE SET protocol = EXCLUDED.protocol,
       expert_scores_complete = EXCLUDED.expert_scores_complete,
       admitted_bids = EXCLUDED.admitted_bids, winner_bid_id = EXCLUDED.winner_bid_id,
       winner_total = EXCLUDED.winner_total
     WHERE k.inputs_version = EXCLUDED.inputs_version
     RETURNING ${versionOf('k')} AS version`,
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
  return rows[0]?.version ?? null;
}
