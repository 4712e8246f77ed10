import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { seal } from '../../../common/seal/sealed-box';
import type { DocumentView } from '../../../common/uploads/document-view';
import { uploadDocument } from '../../../common/uploads/upload-document';
import type { UploadedFile } from '../../../common/uploads/uploaded-file';
import { appendAuditEvent } from '../../audit';
import { lockTenderForBidding } from '../../tenders';
import { packDocument } from '../domain/sealed-document';
import { insertBidDocument } from '../infrastructure/bid-document-store';
import { lockOwnBid } from '../infrastructure/bid-store';
import { assertLive, assertSubmissionOpen } from './bid-intake';

/**
 * A bid's document is sealed (DOMAIN.md §5): boxed to the tender's public key (the seal's
 * first format: one X25519 agreement per document is nothing beside its size, and the
 * upload never needs the data key) and bound to its own id, so the server can accept it
 * but not read it back until the opening step. Same rules as changing the bid: owner, live
 * bid, before the deadline.
 */
@Injectable()
export class UploadBidDocumentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  execute(
    investor: AuthUser,
    tenderId: string,
    bidId: string,
    file: UploadedFile,
  ): Promise<DocumentView> {
    return uploadDocument(this.dataSource, this.clock, file, {
      admit: async (m) => {
        const tender = await lockTenderForBidding(m, tenderId);
        const bid = await lockOwnBid(m, tenderId, bidId, investor.organizationId as string);
        return { tender, bid };
      },
      checkAt: ({ tender, bid }, now) => {
        assertSubmissionOpen(tender, now);
        assertLive(bid);
      },
      store: async (m, document, { tender }) => {
        await insertBidDocument(m, {
          id: document.id,
          bidId,
          sealedContent: seal(tender.sealPublicKey as Buffer, packDocument(file), document.id),
          size: document.size,
          sha256: document.sha256,
          uploadedBy: investor.id,
          uploadedAt: document.uploadedAt,
        });
        // No filename here: it is sealed. The event is withheld until opening like the bid's.
        await appendAuditEvent(m, {
          at: document.uploadedAt,
          actor: investor,
          action: 'bid.document_added',
          entityType: 'bid',
          entityId: bidId,
          data: { tenderId, documentId: document.id, sha256: document.sha256 },
        });
      },
    });
  }
}
