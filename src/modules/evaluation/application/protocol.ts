import type { EntityManager } from 'typeorm';
import type { BidContent } from '../../bids';
import type { Finding } from '../../bids';
import type { Criterion } from '../../tenders';
import { meanExpertScore, scoreBids } from '../domain/pp2604-scoring';
import { EXPERT_CRITERIA, scoringMembers } from './commission';

export interface ProtocolBid {
  bidId: string;
  organization: { id: string; name: string; inn: string };
  submittedAt: string;
  admitted: boolean;
  rejectionReasons: Finding[];
  values: { price: string; investment: string; buildTime: number; localization: number };
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

interface Row {
  id: string;
  status: string;
  submitted_at: Date;
  opened_content: BidContent;
  rejection_reasons: Finding[];
  org_id: string;
  org_name: string;
  org_inn: string;
}

/**
 * The evaluation protocol computed from the current state (API.md): every opened bid with
 * its values, admission and, for admitted bids, the pp2604 scores and rank. Expert scores
 * are counted only once every scoring member has scored every admitted bid, so the
 * protocol never shows one member another's score early.
 */
export async function computeProtocol(m: EntityManager, tenderId: string): Promise<Protocol> {
  const [tender] = await m.query<{ criteria: Criterion[] }[]>(
    'SELECT criteria FROM tenders WHERE id = $1',
    [tenderId],
  );
  const rows = await m.query<Row[]>(
    `SELECT b.id, b.status, b.submitted_at, b.opened_content, b.rejection_reasons,
            o.id AS org_id, o.name AS org_name, o.inn AS org_inn
     FROM bids b JOIN organizations o ON o.id = b.organization_id
     WHERE b.tender_id = $1 AND b.opened_content IS NOT NULL ORDER BY b.submitted_at, b.id`,
    [tenderId],
  );
  const isAdmitted = (r: Row) =>
    ['admitted', 'awarded', 'lost', 'refused', 'contracted'].includes(r.status);
  const admitted = rows.filter(isAdmitted);
  const expert = tender.criteria.filter((c) => EXPERT_CRITERIA.includes(c.code));
  const means = await expertMeans(
    m,
    tenderId,
    admitted.map((r) => r.id),
    expert.length > 0,
  );
  const complete = means !== null;
  const scored = scoreBids(
    tender.criteria,
    admitted.map((r) => ({
      bidId: r.id,
      submittedAt: r.submitted_at,
      values: r.opened_content,
      // Until all are in, a placeholder keeps the computed criteria visible; it is stripped below.
      expertScores: { technology: means?.get(r.id) ?? 0 },
    })),
  );
  const byBid = new Map(scored.bids.map((b) => [b.bidId, b]));
  return {
    tenderId,
    status: 'in_progress',
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
        organization: { id: r.org_id, name: r.org_name, inn: r.org_inn },
        submittedAt: r.submitted_at.toISOString(),
        admitted: isAdmitted(r),
        rejectionReasons: r.rejection_reasons,
        values: {
          price: r.opened_content.unitPriceRub,
          investment: r.opened_content.investmentRub,
          buildTime: r.opened_content.buildMonths,
          localization: r.opened_content.localizationPct,
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
  bidIds: string[],
  hasExpertCriteria: boolean,
): Promise<Map<string, string> | null> {
  if (!hasExpertCriteria) return new Map();
  const members = await scoringMembers(m, tenderId);
  if (members.length === 0) return null;
  const rows = await m.query<{ bid_id: string; member_id: string; score: string }[]>(
    `SELECT bid_id, member_id, score FROM expert_scores WHERE tender_id = $1 AND criterion = 'technology'`,
    [tenderId],
  );
  const means = new Map<string, string>();
  for (const bidId of bidIds) {
    const scores = members.map(
      (member) => rows.find((r) => r.bid_id === bidId && r.member_id === member)?.score,
    );
    if (scores.some((s) => s === undefined)) return null;
    means.set(bidId, meanExpertScore(scores.map(Number)));
  }
  return means;
}
