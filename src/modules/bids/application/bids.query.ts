import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { DomainError, ForbiddenError, NotFoundError } from '../../../common/errors/domain-error';
import { TendersQuery } from '../../tenders';
import type { BidContent } from '../domain/bid-content';
import type { BidStatus } from '../domain/bid-status';
import { BidView, storedBidView } from './bid-view';

interface BidRow {
  id: string;
  tender_id: string;
  organization_id: string;
  status: BidStatus;
  version: number;
  submitted_at: Date;
  updated_at: Date;
  receipt_signature: string;
  opened_content: BidContent | null;
  sha256: string;
  org_name: string;
  org_inn: string;
}

const SELECT = `SELECT b.*, v.content_sha256 AS sha256, o.name AS org_name, o.inn AS org_inn
  FROM bids b
  JOIN bid_versions v ON v.bid_id = b.id AND v.version = b.version
  JOIN organizations o ON o.id = b.organization_id`;

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
    let where: string;
    let params: unknown[];
    if (caller.role === 'investor') {
      where = 'b.tender_id = $1 AND b.organization_id = $2';
      params = [tenderId, caller.organizationId];
    } else if (caller.role === 'officer' || caller.role === 'auditor') {
      if (!tender.bidsOpenedAt)
        throw new DomainError('BIDS_SEALED', 'Bids stay sealed until the submission deadline');
      where = 'b.tender_id = $1 AND b.opened_content IS NOT NULL';
      params = [tenderId];
    } else {
      throw new ForbiddenError();
    }
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM bids b WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query<BidRow[]>(
      `${SELECT} WHERE ${where} ORDER BY b.submitted_at, b.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    return { items: await this.withDocuments(rows.map(toView)), total };
  }

  async get(caller: AuthUser, tenderId: string, bidId: string): Promise<BidView> {
    await this.tenders.visible(tenderId, caller);
    const [row] = await this.dataSource.query<BidRow[]>(
      `${SELECT} WHERE b.id = $1 AND b.tender_id = $2`,
      [bidId, tenderId],
    );
    const own = caller.role === 'investor' && row?.organization_id === caller.organizationId;
    const opened =
      (caller.role === 'officer' || caller.role === 'auditor') && row?.opened_content !== null;
    // The same 404 for a missing bid and one the caller may not know exists.
    if (!row || !(own || opened)) throw new NotFoundError('Bid');
    const [view] = await this.withDocuments([toView(row)]);
    return view;
  }

  /** Lists each bid's documents by id, size and hash; names only once opened. */
  private async withDocuments(views: BidView[]): Promise<BidView[]> {
    const rows = await this.dataSource.query<
      { bid_id: string; id: string; opened_filename: string | null; size: number; sha256: string }[]
    >(
      `SELECT bid_id, id, opened_filename, size, sha256 FROM bid_documents
       WHERE bid_id = ANY($1::uuid[]) ORDER BY uploaded_at, id`,
      [views.map((v) => v.id)],
    );
    return views.map((view) => ({
      ...view,
      documents: rows
        .filter((r) => r.bid_id === view.id)
        .map((r) => ({ id: r.id, filename: r.opened_filename, size: r.size, sha256: r.sha256 })),
    }));
  }
}

function toView(row: BidRow): BidView {
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
    { id: row.organization_id, name: row.org_name, inn: row.org_inn },
    row.sha256,
  );
}
