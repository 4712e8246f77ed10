import type { OcdsReleaseTag } from '../../audit';

/**
 * One published change. Which audit actions are published, and under which release tag,
 * is the audit registry's (AUDIT_ACTIONS, DOMAIN.md §9): the feed names no action itself.
 */
export interface FeedRow {
  seq: number;
  at: Date;
  tag: OcdsReleaseTag;
  tenderId: string;
}

/** A minimal (non-compiled) release for one published change; the package holds the rest. */
export function toFeedRelease(prefix: string, row: FeedRow) {
  const ocid = `${prefix}-${row.tenderId}`;
  return {
    ocid,
    id: `${ocid}-${row.seq}`,
    date: row.at.toISOString(),
    tag: [row.tag],
    initiationType: 'tender',
    tender: { id: row.tenderId },
  };
}
