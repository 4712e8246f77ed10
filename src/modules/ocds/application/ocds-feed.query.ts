import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { AuditChainSealer, OCDS_ACTIONS, ocdsTagOf } from '../../audit';
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
    const rows = await this.dataSource.query<
      { seq: string; at: Date; action: string; tenderId: string | null }[]
    >(
      `SELECT c.seq::text AS seq, e.at, e.action,
              CASE e.entity_type
                WHEN 'tender' THEN e.entity_id::uuid
                WHEN 'contract' THEN (SELECT k.tender_id FROM contracts k WHERE k.id::text = e.entity_id)
                ELSE COALESCE((e.data->>'tenderId')::uuid,
                  (SELECT k.tender_id FROM contract_milestones m JOIN contracts k ON k.id = m.contract_id
                   WHERE m.id::text = e.entity_id OR m.id::text = e.data->>'milestoneId' LIMIT 1))
              END AS "tenderId"
       FROM audit_chain c JOIN audit_events e ON e.id = c.event_id
       WHERE c.seq > $1 AND e.entity_type <> 'bid' AND e.action = ANY($2::text[])
         AND ($4::text IS NULL OR e.entity_id = $4 OR e.data->>'tenderId' = $4
              OR e.entity_id IN (SELECT k.id::text FROM contracts k WHERE k.tender_id::text = $4))
       ORDER BY c.seq LIMIT $3`,
      [after, OCDS_ACTIONS, limit, tenderId],
    );
    const releases = rows.flatMap(({ seq, at, action, tenderId: id }) => {
      const tag = ocdsTagOf(action);
      if (!id || !tag) return [];
      return [toFeedRelease(this.config.ocidPrefix, { seq: Number(seq), at, tag, tenderId: id })];
    });
    const next = rows.length > 0 ? Number(rows[rows.length - 1].seq) : after;
    return { releases, next: String(next) };
  }
}
