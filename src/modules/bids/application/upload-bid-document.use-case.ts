import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { seal } from '../../../common/seal/sealed-box';
import { DocumentView, fileSha256 } from '../../../common/uploads/document-view';
import type { UploadedFile } from '../../../common/uploads/uploaded-file';
import { appendAuditEvent } from '../../audit';
import { lockTenderForBidding } from '../../tenders';
import { packDocument } from '../domain/sealed-document';
import { insertBidDocument } from '../infrastructure/bid-document-store';
import { lockOwnBid } from '../infrastructure/bid-store';
import { assertLive, assertSubmissionOpen } from './bid-intake';

/**
 * A bid's document is sealed like the bid (DOMAIN.md §5): boxed to the tender's public
 * key and bound to its own id, so the server can accept it but not read it back until
 * the opening step. Same rules as changing the bid: owner, live bid, before the deadline.
 */
@Injectable()
export class UploadBidDocumentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    investor: AuthUser,
    tenderId: string,
    bidId: string,
    file: UploadedFile,
  ): Promise<DocumentView> {
    const id = randomUUID();
    const sha256 = fileSha256(file.bytes);
    const plaintext = packDocument(file);
    return this.dataSource.transaction(async (m) => {
      const tender = await lockTenderForBidding(m, tenderId);
      const bid = await lockOwnBid(m, tenderId, bidId, investor.organizationId as string);
      const now = await this.clock.now(m);
      assertSubmissionOpen(tender, now);
      assertLive(bid);
      await insertBidDocument(m, {
        id,
        bidId,
        sealedContent: seal(tender.sealPublicKey as Buffer, plaintext, id),
        size: file.bytes.length,
        sha256,
        uploadedBy: investor.id,
        uploadedAt: now,
      });
      // No filename here: it is sealed. The event is withheld until opening like the bid's.
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'bid.document_added',
        entityType: 'bid',
        entityId: bidId,
        data: { tenderId, documentId: id, sha256 },
      });
      return { id, filename: file.filename, size: file.bytes.length, sha256 };
    });
  }
}
