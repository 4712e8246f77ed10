import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { DomainError, ForbiddenError, NotFoundError } from '../../../common/errors/domain-error';
import { organizationSummaries, type OrganizationSummary } from '../../accounts';
import { TendersQuery } from '../../tenders';
import {
  bidDocumentListings,
  bidsPage,
  countBids,
  storedBid,
  type BidListScope,
  type StoredBidRow,
} from '../infrastructure/bid-reads';
import { BidView, storedBidView } from './bid-view';

/**
 * API.md visibility: an investor sees its own organization's bids; officers and auditors
 * see opened bids only after opening (before: 403 BIDS_SEALED on the list, 404 on one).
 */
@Injectable()
export class BidsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenders: TendersQuery,
  ) {}

  async list(
    caller: AuthUser,
    tenderId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: BidView[]; total: number }> {
    const tender = await this.tenders.visible(tenderId, caller);
    let scope: BidListScope;
    if (caller.role === 'investor') {
      scope = { kind: 'own', tenderId, organizationId: caller.organizationId as string };
    } else if (caller.role === 'officer' || caller.role === 'auditor') {
      if (!tender.bidsOpenedAt)
        throw new DomainError('BIDS_SEALED', 'Bids stay sealed until the submission deadline');
      scope = { kind: 'opened', tenderId };
    } else {
      throw new ForbiddenError();
    }
    const total = await countBids(this.dataSource, scope);
    const rows = await bidsPage(this.dataSource, scope, limit, offset);
    return { items: await this.withDocuments(await this.withOrganizations(rows)), total };
  }

  async get(caller: AuthUser, tenderId: string, bidId: string): Promise<BidView> {
    await this.tenders.visible(tenderId, caller);
    const row = await storedBid(this.dataSource, tenderId, bidId);
    const own = caller.role === 'investor' && row?.organization_id === caller.organizationId;
    const opened =
      (caller.role === 'officer' || caller.role === 'auditor') && row?.opened_content !== null;
    // The same 404 for a missing bid and one the caller may not know exists.
    if (!row || !(own || opened)) throw new NotFoundError('Bid');
    return (await this.withDocuments(await this.withOrganizations([row])))[0];
  }

  /**
   * Organizations belong to accounts: read through its face by id, one round trip more
   * than the former JOIN (these reads are not on a benchmarked path).
   */
  private async withOrganizations(rows: StoredBidRow[]): Promise<BidView[]> {
    if (rows.length === 0) return [];
    const ids = [...new Set(rows.map((r) => r.organization_id))];
    const orgs = new Map<string, OrganizationSummary>(
      (await organizationSummaries(this.dataSource, ids)).map((o) => [o.id, o]),
    );
    return rows.map((row) => toView(row, orgs.get(row.organization_id) as OrganizationSummary));
  }

  /** Lists each bid's documents by id, size and hash; names only once opened. */
  private async withDocuments(views: BidView[]): Promise<BidView[]> {
    const rows = await bidDocumentListings(
      this.dataSource,
      views.map((v) => v.id),
    );
    return views.map((view) => ({
      ...view,
      documents: rows
        .filter((r) => r.bid_id === view.id)
        .map((r) => ({ id: r.id, filename: r.opened_filename, size: r.size, sha256: r.sha256 })),
    }));
  }
}

function toView(row: StoredBidRow, org: OrganizationSummary): BidView {
  return storedBidView(
    {
      id: row.id,
      tenderId: row.tender_id,
      status: row.status,
      version: row.version,
      submittedAt: row.submitted_at,
      updatedAt: row.updated_at,
      receiptSignature: row.receipt_signature,
      openedContent: row.opened_content,
    },
    { id: org.id, name: org.name, inn: org.inn },
    row.sha256,
  );
}
