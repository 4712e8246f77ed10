import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { DocumentView, fileSha256 } from '../../../common/uploads/document-view';
import type { StoredFile } from '../../../common/uploads/file-download';
import type { UploadedFile } from '../../../common/uploads/uploaded-file';
import { appendAuditEvent } from '../../audit';
import { contractOwnership } from '../infrastructure/contract-rows';
import {
  contractDocumentWithOwner,
  evidenceOf,
  insertContractDocument,
} from '../infrastructure/contract-documents.store';

/** The owning investor files evidence for an active contract; readers are the contract's. */
@Injectable()
export class ContractDocuments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async upload(investor: AuthUser, contractId: string, file: UploadedFile): Promise<DocumentView> {
    const sha256 = fileSha256(file.bytes);
    return this.dataSource.transaction(async (m) => {
      const contract = await contractOwnership(m, contractId, 'share');
      if (!contract || contract.organization_id !== investor.organizationId)
        throw new NotFoundError('Contract');
      if (contract.status !== 'active')
        throw new InvalidStateError('The contract is not active', contract.status);
      const now = await this.clock.now(m);
      const document = {
        id: randomUUID(),
        filename: file.filename,
        size: file.bytes.length,
        sha256,
      };
      await insertContractDocument(m, {
        id: document.id,
        contractId,
        filename: file.filename,
        contentType: file.contentType,
        size: document.size,
        sha256,
        content: file.bytes,
        uploadedBy: investor.id,
        uploadedAt: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'contract.document_added',
        entityType: 'contract',
        entityId: contractId,
        data: { documentId: document.id, filename: file.filename, sha256 },
      });
      return document;
    });
  }

  async download(caller: AuthUser, contractId: string, documentId: string): Promise<StoredFile> {
    const row = await contractDocumentWithOwner(this.dataSource.manager, contractId, documentId);
    if (!row || (caller.role === 'investor' && row.organization_id !== caller.organizationId)) {
      throw new NotFoundError('Document');
    }
    return { filename: row.filename, contentType: row.content_type, bytes: row.content };
  }
}

/** A report may cite only evidence filed for the same contract. */
export async function assertEvidenceOf(
  m: EntityManager,
  contractId: string,
  documentIds: string[],
): Promise<void> {
  if (documentIds.length === 0) return;
  const known = await evidenceOf(m, contractId, documentIds);
  const unknown = documentIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'documentIds must name evidence filed for this contract',
      [
        {
          field: 'documentIds',
          errors: unknown.map((id) => `${id} is not a document of this contract`),
        },
      ],
    );
  }
}
