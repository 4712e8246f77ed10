import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { DocumentView, fileSha256 } from '../../../common/uploads/document-view';
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

  async execute(actor: Actor, tenderId: string, file: UploadedFile): Promise<DocumentView> {
    const sha256 = fileSha256(file.bytes);
    return this.dataSource.transaction(async (m) => {
      // FOR SHARE: publishing, closing or cancelling (FOR UPDATE) cannot slip between the
      // status check and the insert.
      const tender = await lockTender(m, tenderId, 'share');
      if (!acceptsDocuments(tender.status)) {
        throw new InvalidStateError(
          'Documents can be added to a draft or tendering tender only',
          tender.status,
        );
      }
      const now = await this.clock.now(m);
      const document = {
        id: randomUUID(),
        filename: file.filename,
        size: file.bytes.length,
        sha256,
      };
      await insertTenderDocument(m, {
        ...document,
        tenderId,
        contentType: file.contentType,
        bytes: file.bytes,
        uploadedBy: actor.id,
        uploadedAt: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor,
        action: 'tender.document_added',
        entityType: 'tender',
        entityId: tenderId,
        data: { tenderId, documentId: document.id, filename: file.filename, sha256 },
      });
      return document;
    });
  }
}
