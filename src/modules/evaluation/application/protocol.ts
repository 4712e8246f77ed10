import type { EntityManager } from 'typeorm';
import { organizationSummaries } from '../../accounts';
import { bidPrice, openedBidsOf, unitPricesOf, type Finding } from '../../bids';
import { tenderCriteriaAndCommission, type Criterion } from '../../tenders';
import { technologyScores } from '../infrastructure/evaluation-rows';
import {
  keepProtocol,
  keptProtocolOf,
  type ProtocolSummary,
} from '../infrastructure/kept-protocol.store';
import { meanExpertScore, scoreBids } from '../domain/pp2604-scoring';
import { EXPERT_CRITERIA, scoringMembers } from './commission';
import { HeldProtocols } from './held-protocols';

export interface ProtocolBid {
  bidId: string;
  organization: { id: string; name: string; inn: string };
  submittedAt: string;
  admitted: boolean;
  rejectionReasons: Finding[];
  /**
   * `price`: the unit price for a one-item tender (as version 1), the bid price for
   * several items; `bidPriceRub`: always the bid price, the value `price` scores.
   */
  values: {
    price: string;
    bidPriceRub: string | null;
    investment: string;
    buildTime: number;
    localization: number;
  };
  /** Per criterion and total; without expert criteria and total until all expert scores are in. */
  scores: Record<string, number> | null;
  rank: number | null;
}

export interface Protocol {
  tenderId: string;
  status: 'in_progress' | 'final';
  criteria: Criterion[];
  singleBid: boolean;
  expertScoresComplete: boolean;
  bids: ProtocolBid[];
}

/**
 * A protocol as stored: without its status, which is its row's (a kept protocol is in
 * progress, a frozen one has its status column), so the award freezes the kept document
 * as it is.
 */
export type StoredProtocol = Omit<Protocol, 'status'>;

/**
 * A protocol's answer, serialized once: at 10,000 bids the 5 MB document was serialized
 * for keeping and again for the answer, and the award parsed it back to serialize it once
 * more. `T` is the shape the bytes hold.
 */
export type JsonBytes<T> = Buffer & { readonly shape?: T };

/**
 * The stored JSON with its status, as the answer's bytes: the status goes first, the rest
 * follows as stored (a JSON object's members are unordered).
 */
export function protocolBody(
  json: Buffer | string,
  status: Protocol['status'],
): JsonBytes<Protocol> {
  const bytes = typeof json === 'string' ? Buffer.from(json) : json;
  if (bytes[0] !== 0x7b) throw new Error('a stored protocol is not a JSON object');
  return Buffer.concat([Buffer.from(`{"status":"${status}",`), bytes.subarray(1)]);
}

/** A protocol's JSON (without status) and its summary. */
export interface ProtocolDocument {
  json: Buffer;
  summary: ProtocolSummary;
}

export interface CurrentProtocol {
  document: ProtocolDocument;
  /** The inputs version it is current for. */
  stamp: string;
  /** Whether it is the kept one (or was kept now); false if an input changed meanwhile. */
  kept: boolean;
}

/**
 * The in-progress protocol: the kept one, else computed now and kept. The stamp is read
 * before any input, and the protocol is kept only if no input change committed since
 * (every step changing an input calls `protocolInputsChanged` in its transaction): so
 * nothing computed from superseded inputs is kept, without holding the tender's lock
 * through a computation that takes a second at 10,000 bids.
 *
 * Organization names and INNs are read when the protocol is computed and are not inputs
 * that invalidate it: the protocol records the bidders as the evaluation saw them, as the
 * frozen one does (no step renames an organization today).
 */
export async function currentProtocol(
  m: EntityManager,
  tenderId: string,
): Promise<CurrentProtocol> {
  const held = heldProtocols.get(tenderId);
  const kept = await keptProtocolOf(m, tenderId, held?.version);
  if (kept.document) {
    const { version, json, summary } = kept.document;
    let bytes = held?.json as Buffer; // json is null only if the kept version is the held one
    if (json !== null) {
      bytes = Buffer.from(json);
      heldProtocols.hold(tenderId, version, bytes);
    }
    return { document: { json: bytes, summary }, stamp: kept.stamp, kept: true };
  }
  const stored = await computeProtocol(m, tenderId);
  const document = { json: Buffer.from(JSON.stringify(stored)), summary: summaryOf(stored) };
  const version = await keepProtocol(m, tenderId, kept.stamp, document);
  if (version !== null) heldProtocols.hold(tenderId, version, document.json);
  return { document, stamp: kept.stamp, kept: version !== null };
}

/** Room for a 20,000-bid protocol, or a few smaller ones. */
const heldProtocols = new HeldProtocols(16 * 1024 * 1024);

function summaryOf(protocol: StoredProtocol): ProtocolSummary {
  const first = protocol.bids.find((b) => b.rank === 1);
  return {
    expertScoresComplete: protocol.expertScoresComplete,
    admittedBids: protocol.bids.filter((b) => b.admitted).length,
    winner: first ? { bidId: first.bidId, total: first.scores?.total ?? null } : null,
  };
}

/**
 * The evaluation protocol computed from the current state (API.md): every opened bid with
 * its values, admission and, for admitted bids, the pp2604 scores and rank. Expert scores
 * are counted only once every scoring member has scored every admitted bid, so the
 * protocol never shows one member another's score early.
 */
export async function computeProtocol(m: EntityManager, tenderId: string): Promise<StoredProtocol> {
  // The commission is read with the criteria, so scoring members cost no extra round trip.
  const tender = await tenderCriteriaAndCommission(m, tenderId);
  const rows = await openedBidsOf(m, tenderId);
  // Organizations belong to accounts: one read by id, a round trip more than the former JOIN.
  const organizations = new Map(
    rows.length === 0
      ? []
      : (await organizationSummaries(m, [...new Set(rows.map((r) => r.organization_id))])).map(
          (o) => [o.id, o],
        ),
  );
  const isAdmitted = (r: { status: string }) =>
    ['admitted', 'awarded', 'lost', 'refused', 'contracted'].includes(r.status);
  const admitted = rows.filter(isAdmitted);
  const expert = tender.criteria.filter((c) => EXPERT_CRITERIA.includes(c.code));
  const means = await expertMeans(
    m,
    tenderId,
    tender.commission,
    admitted.map((r) => r.id),
    expert.length > 0,
  );
  const complete = means !== null;
  // Each bid's price once: at 10,000 bids, decimal sums per use were a third of the protocol.
  const bidPrices = new Map(
    rows.map((r) => {
      const prices = unitPricesOf(r.opened_values, tender.items);
      const complete = tender.items.every((i) => prices.has(i.code));
      const priced = complete ? bidPrice(r.opened_values, tender.items) : null;
      return [r.id, { unit: prices.get(tender.items[0]?.code ?? ''), bid: priced }] as const;
    }),
  );
  const priceOf = (r: { id: string }) => bidPrices.get(r.id)?.bid ?? null;
  // Admission rejects a bid that leaves an item unpriced; one an officer re-admits anyway
  // has no bid price to compare, so it stays unscored and unranked rather than guessed.
  const priced = admitted.filter((r) => priceOf(r) !== null);
  const scored = scoreBids(
    tender.criteria,
    priced.map((r) => ({
      bidId: r.id,
      submittedAt: r.submitted_at,
      values: { ...r.opened_values, bidPriceRub: priceOf(r) as string },
      // Until all are in, a placeholder keeps the computed criteria visible; it is stripped below.
      expertScores: { technology: means?.get(r.id) ?? 0 },
    })),
  );
  const byBid = new Map(scored.bids.map((b) => [b.bidId, b]));
  return {
    tenderId,
    criteria: tender.criteria,
    singleBid: scored.singleBid,
    expertScoresComplete: complete,
    bids: rows.map((r) => {
      const result = byBid.get(r.id);
      let scores: Record<string, number> | null = result ? { ...result.scores } : null;
      if (scores && !complete) {
        scores = Object.fromEntries(
          Object.entries(scores).filter(([k]) => k !== 'total' && !EXPERT_CRITERIA.includes(k)),
        );
      }
      return {
        bidId: r.id,
        organization: organizationOf(organizations, r.organization_id),
        submittedAt: r.submitted_at.toISOString(),
        admitted: isAdmitted(r),
        rejectionReasons: r.rejection_reasons,
        values: {
          price: (tender.items.length === 1 ? bidPrices.get(r.id)?.unit : priceOf(r)) ?? '',
          bidPriceRub: priceOf(r),
          investment: r.opened_values.investmentRub,
          buildTime: r.opened_values.buildMonths,
          localization: r.opened_values.localizationPct,
        },
        scores,
        rank: result && complete ? result.rank : null,
      };
    }),
  };
}

/** Mean expert score per admitted bid, or null while any scoring member's score is missing. */
async function expertMeans(
  m: EntityManager,
  tenderId: string,
  commission: string[],
  bidIds: string[],
  hasExpertCriteria: boolean,
): Promise<Map<string, string> | null> {
  if (!hasExpertCriteria) return new Map();
  const members = await scoringMembers(m, tenderId, commission);
  if (members.length === 0) return null;
  // Keyed once: a search of every score per bid and member was quadratic in the bids.
  const scored = new Map(
    (await technologyScores(m, tenderId)).map((r) => [`${r.bid_id}|${r.member_id}`, r.score]),
  );
  const means = new Map<string, string>();
  for (const bidId of bidIds) {
    const scores = members.map((member) => scored.get(`${bidId}|${member}`));
    if (scores.some((s) => s === undefined)) return null;
    means.set(bidId, meanExpertScore(scores.map(Number)));
  }
  return means;
}

function organizationOf(
  organizations: Map<string, { id: string; name: string; inn: string }>,
  id: string,
): { id: string; name: string; inn: string } {
  const org = organizations.get(id) as { id: string; name: string; inn: string };
  return { id: org.id, name: org.name, inn: org.inn };
}
