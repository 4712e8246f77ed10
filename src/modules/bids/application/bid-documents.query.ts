import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import type { StoredFile } from '../../../common/uploads/file-download';
import { TendersQuery } from '../../tenders';
import { bidDocumentAccess, openedBidDocument } from '../infrastructure/bid-document-store';

/**
 * A bid's document is as visible as the bid: its owner always knows it exists, officers
 * and auditors only once it is opened. Before opening nobody can read it, the server
 * included: the owner is told so (409), anyone else gets the 404 of a missing document.
 */
@Injectable()
export class BidDocumentsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenders: TendersQuery,
  ) {}

  async download(
    caller: AuthUser,
    tenderId: string,
    bidId: string,
    documentId: string,
  ): Promise<StoredFile> {
    await this.tenders.visible(tenderId, caller);
    const doc = await bidDocumentAccess(this.dataSource, tenderId, bidId, documentId);
    const own = caller.role === 'investor' && doc?.organizationId === caller.organizationId;
    const staff = (caller.role === 'officer' || caller.role === 'auditor') && doc?.opened;
    if (!doc || !(own || staff)) throw new NotFoundError('Document');
    const file = doc.opened ? await openedBidDocument(this.dataSource, documentId) : undefined;
    if (!file) {
      throw new InvalidStateError(
        'The document is sealed until the bids are opened; nobody can read it before',
        doc.bidStatus,
      );
    }
    return file;
  }
}
