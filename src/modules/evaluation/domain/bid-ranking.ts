export interface RankCandidate {
  bidId: string;
  submittedAt: Date;
  /** The rounded total in hundredths: the bids are ranked on what the protocol shows. */
  total: bigint;
}

/**
 * DOMAIN.md §6 order: higher total first; on equal (rounded) totals the bid whose
 * current version was submitted earlier. If that is equal too, bidId in ascending
 * UTF-16 code-unit order (not localeCompare), so the protocol never depends on the
 * input order or the server's locale.
 */
export function compareForRank(a: RankCandidate, b: RankCandidate): number {
  if (a.total !== b.total) return a.total < b.total ? 1 : -1;
  const bySubmission = a.submittedAt.getTime() - b.submittedAt.getTime();
  if (bySubmission !== 0) return bySubmission;
  if (a.bidId === b.bidId) return 0;
  return a.bidId < b.bidId ? -1 : 1;
}

/** Ranks from 1 (the winner), each rank given once: every tie is broken. */
export function rankBids<T extends RankCandidate>(
  candidates: readonly T[],
): (T & { rank: number })[] {
  return [...candidates].sort(compareForRank).map((c, i) => ({ ...c, rank: i + 1 }));
}
