import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { TendersQuery } from '../../tenders';
import { OcdsFeedQuery } from './ocds-feed.query';
import { TenderAmendmentEntity } from '../../tenders';
import {
  OcdsBidInput,
  OcdsEnquiryInput,
  toOcdsBidDetails,
  toOcdsEnquiries,
} from '../domain/ocds-extras';
import {
  OcdsAwardInput,
  OcdsContractInput,
  OcdsMilestoneInput,
  toCompiledRelease,
} from '../domain/ocds-mapping';

/** Builds the OCDS 1.1 release package of one tender from its current state. */
@Injectable()
export class OcdsPackageQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenders: TendersQuery,
    private readonly feed: OcdsFeedQuery,
    private readonly clock: Clock,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async execute(id: string, caller: AuthUser | undefined): Promise<Record<string, unknown>> {
    const t = await this.tenders.visible(id, caller);
    const amendments = await this.dataSource
      .getRepository(TenderAmendmentEntity)
      .find({ where: { tenderId: id }, order: { number: 'ASC' } });
    const awards = await this.dataSource.query<OcdsAwardInput[]>(
      `SELECT id, status, awarded_at AS "awardedAt" FROM awards
       WHERE tender_id = $1 ORDER BY awarded_at, id`,
      [id],
    );
    const contracts = await this.dataSource.query<Omit<OcdsContractInput, 'milestones'>[]>(
      `SELECT c.id, c.status, c.value_rub AS "valueRub",
              (SELECT a.id FROM awards a WHERE a.bid_id = c.bid_id
               ORDER BY a.awarded_at DESC LIMIT 1) AS "awardId"
       FROM contracts c WHERE c.tender_id = $1 ORDER BY c.created_at, c.id`,
      [id],
    );
    const milestones = await this.dataSource.query<(OcdsMilestoneInput & { contractId: string })[]>(
      `SELECT m.id, m.contract_id AS "contractId", m.title, m.due_date AS "dueDate",
              m.status, m.met_at AS "metAt"
       FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id
       WHERE c.tender_id = $1 ORDER BY m.position`,
      [id],
    );
    const release = toCompiledRelease(
      this.config.ocidPrefix,
      {
        ...t,
        item: t.subject.item,
        unit: t.subject.unit,
        quantity: t.subject.quantity,
        amendments,
      },
      awards,
      contracts.map((c) => ({ ...c, milestones: milestones.filter((m) => m.contractId === c.id) })),
    );
    const enquiries = await this.dataSource.query<OcdsEnquiryInput[]>(
      `SELECT id, question, asked_at AS "askedAt", answer, answered_at AS "answeredAt"
       FROM enquiries WHERE tender_id = $1 ORDER BY asked_at, id`,
      [id],
    );
    (release.tender as Record<string, unknown>).enquiries = toOcdsEnquiries(enquiries);
    // Bid details only after award; bids are opened (never before) by then.
    if (awards.length > 0 && t.bidsOpenedAt) {
      const bids = await this.dataSource.query<OcdsBidInput[]>(
        `SELECT id, status, submitted_at AS "submittedAt",
                opened_content->>'unitPriceRub' AS "unitPriceRub"
         FROM bids WHERE tender_id = $1 AND opened_content IS NOT NULL
         ORDER BY submitted_at, id`,
        [id],
      );
      const section = (release.bids ?? {}) as Record<string, unknown>;
      release.bids = { ...section, details: toOcdsBidDetails(bids, t.subject.quantity) };
    }
    return {
      uri: `urn:ocds:${release.ocid as string}`,
      version: '1.1',
      publishedDate: (await this.clock.now()).toISOString(),
      publisher: { name: 'offset-tender' },
      // Oldest first, the last one the compiled snapshot of the current state (DOMAIN.md §9).
      releases: [...(await this.feed.history(id)), release],
    };
  }
}
