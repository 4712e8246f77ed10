import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import type { DocumentView } from '../../../common/uploads/document-view';
import { uploadDocument } from '../../../common/uploads/upload-document';
import type { UploadedFile } from '../../../common/uploads/uploaded-file';
import { appendAuditEvent } from '../../audit';
import { acceptsDocuments } from '../domain/tender-status';
import { insertTenderDocument } from '../infrastructure/tender-document-store';
import { lockTender } from '../infrastructure/tender-store';

/** Tender documents are public notice material: stored in clear, listed on the tender. */
@Injectable()
export class UploadTenderDocumentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  execute(actor: Actor, tenderId: string, file: UploadedFile): Promise<DocumentView> {
    return uploadDocument(this.dataSource, this.clock, file, {
      admit: async (m) => {
        // FOR SHARE: publishing, closing or cancelling (FOR UPDATE) cannot slip between the
        // status check and the insert.
        const tender = await lockTender(m, tenderId, 'share');
        if (!acceptsDocuments(tender.status)) {
          throw new InvalidStateError(
            'Documents can be added to a draft or tendering tender only',
            tender.status,
          );
        }
      },
      store: async (m, document) => {
        await insertTenderDocument(m, { ...document, tenderId, uploadedBy: actor.id });
        await appendAuditEvent(m, {
          at: document.uploadedAt,
          actor,
          action: 'tender.document_added',
          entityType: 'tender',
          entityId: tenderId,
          data: {
            tenderId,
            documentId: document.id,
            filename: document.filename,
            sha256: document.sha256,
          },
        });
      },
    });
  }
}
