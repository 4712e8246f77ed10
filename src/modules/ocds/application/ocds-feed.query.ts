import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { AuditChainSealer, OCDS_ACTIONS, ocdsTagOf, publicAuditEventsAfter } from '../../audit';
import type { PublicAuditEventRow } from '../../audit';
import { contractIdsOfTender, tendersOfContractsAndMilestones } from '../../contracts';
import { toFeedRelease } from '../domain/ocds-feed';

/**
 * The release feed, derived from the audit record (every state change writes its event in
 * its own transaction). Events get their feed position from the audit chain, not from
 * audit_events.id: an id is drawn at INSERT time, so a transaction that commits late can
 * expose an id *below* a cursor a reader already passed (the Prozorro skip). Chain seqs are
 * assigned by the sealer under an advisory lock, one batch at a time, strictly after the
 * event's transaction committed, and each batch commits before the next begins: a reader
 * never sees seq N+1 without N, and a row committed later always gets a higher seq than any
 * seq already visible. Paging by `c.seq > cursor` therefore never skips nor repeats.
 * Bid-level events are never exported (sealed bidding, DOMAIN.md §5).
 */
@Injectable()
export class OcdsFeedQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditChainSealer,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async execute(after: number, limit: number) {
    return this.page(after, limit, null);
  }

  /** Every published release of one tender, oldest first (the package's history). */
  async history(tenderId: string) {
    return (await this.page(0, 10000, tenderId)).releases;
  }

  private async page(after: number, limit: number, tenderId: string | null) {
    await this.sealer.seal();
    const m = this.dataSource.manager;
    // Audit, contracts and milestones have different owners: the events are read first,
    // then the tenders of their contracts and milestones in one more round trip (and, for
    // one tender's history, its contract ids before the events).
    const rows = await publicAuditEventsAfter(m, {
      after,
      actions: OCDS_ACTIONS,
      limit,
      tenderId,
      contractIds: tenderId ? await contractIdsOfTender(m, tenderId) : [],
    });
    const unresolved = rows.filter((r) => r.entityType !== 'tender' && !r.tenderId);
    const { byContract, byMilestone } = await tendersOfContractsAndMilestones(
      m,
      unresolved.filter((r) => r.entityType === 'contract').map((r) => r.entityId),
      unresolved
        .filter((r) => r.entityType !== 'contract')
        .flatMap((r) => (r.milestoneId ? [r.entityId, r.milestoneId] : [r.entityId])),
    );
    const releases = rows.flatMap((r) => {
      const id = tenderOf(r, byContract, byMilestone);
      const tag = ocdsTagOf(r.action);
      if (!id || !tag) return [];
      return [
        toFeedRelease(this.config.ocidPrefix, { seq: Number(r.seq), at: r.at, tag, tenderId: id }),
      ];
    });
    const next = rows.length > 0 ? Number(rows[rows.length - 1].seq) : after;
    return { releases, next: String(next) };
  }
}

function tenderOf(
  r: PublicAuditEventRow,
  byContract: Map<string, string>,
  byMilestone: Map<string, string>,
): string | null {
  if (r.entityType === 'tender') return r.tenderId;
  if (r.entityType === 'contract') return byContract.get(r.entityId) ?? null;
  return (
    r.tenderId ??
    byMilestone.get(r.entityId) ??
    (r.milestoneId ? byMilestone.get(r.milestoneId) : undefined) ??
    null
  );
}
