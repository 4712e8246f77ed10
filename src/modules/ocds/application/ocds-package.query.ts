import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { TendersQuery } from '../../tenders';
import { OcdsFeedQuery } from './ocds-feed.query';
import { amendmentsOfTender, enquiriesOfTender } from '../../tenders';
import { bidPrice, openedBidsOfTender, unitPricesOf } from '../../bids';
import { itemsOfTender, plannedQuantity, type SupplyItem } from '../../tenders';
import { awardsOfTender } from '../../evaluation';
import type { AwardOfTender } from '../../evaluation';
import { contractsOfTender, milestonesOfTender } from '../../contracts';
import {
  OcdsBidInput,
  OcdsEnquiryInput,
  toOcdsBidDetails,
  toOcdsEnquiries,
} from '../domain/ocds-extras';
import { OcdsAwardInput, toCompiledRelease } from '../domain/ocds-mapping';

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
    const items = itemsOfTender(t);
    const m = this.dataSource.manager;
    const amendments = await amendmentsOfTender(m, id);
    const awardRows = await awardsOfTender(m, id);
    const awards: OcdsAwardInput[] = awardRows.map((a) => ({
      id: a.id,
      status: a.status,
      awardedAt: a.awardedAt,
    }));
    const contracts = await contractsOfTender(m, id);
    const milestones = await milestonesOfTender(m, id);
    const release = toCompiledRelease(
      this.config.ocidPrefix,
      {
        ...t,
        items: items.map((i) => ({ ...i, quantity: plannedQuantity(i) })),
        amendments,
      },
      awards,
      contracts.map((c) => ({
        id: c.id,
        status: c.status,
        valueRub: c.valueRub,
        awardId: latestAwardOf(awardRows, c.bidId),
        milestones: milestones
          .filter((x) => x.contractId === c.id)
          .map((x) => ({
            id: x.id,
            title: x.title,
            dueDate: x.dueDate,
            status: x.status,
            metAt: x.metAt,
          })),
      })),
    );
    const enquiries: OcdsEnquiryInput[] = await enquiriesOfTender(m, id);
    (release.tender as Record<string, unknown>).enquiries = toOcdsEnquiries(enquiries);
    // Bid details only after award; bids are opened (never before) by then.
    if (awards.length > 0 && t.bidsOpenedAt) {
      const bids: OcdsBidInput[] = (await openedBidsOfTender(m, id)).map((b) => {
        const pricing = {
          unitPriceRub: b.unitPriceRub ?? undefined,
          prices: b.prices ?? undefined,
        };
        const priced = pricingCovers(pricing, items);
        return { ...b, valueRub: priced ? bidPrice(pricing, items) : null };
      });
      const section = (release.bids ?? {}) as Record<string, unknown>;
      release.bids = { ...section, details: toOcdsBidDetails(bids) };
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

/**
 * The contract's award: the latest one of its bid. A bid's awards are all in its tender,
 * so the tender's awards (already read) hold them; no read of its own.
 */
function latestAwardOf(awards: AwardOfTender[], bidId: string): string | null {
  let latest: AwardOfTender | null = null;
  for (const a of awards) {
    if (a.bidId === bidId && (!latest || a.awardedAt >= latest.awardedAt)) latest = a;
  }
  return latest?.id ?? null;
}

/** A bid that prices every item has a bid price; one confirmed after the items changed may not. */
function pricingCovers(
  pricing: { unitPriceRub?: string; prices?: { item: string; unitPriceRub: string }[] },
  items: SupplyItem[],
): boolean {
  const prices = unitPricesOf(pricing, items);
  return items.every((i) => prices.has(i.code));
}
