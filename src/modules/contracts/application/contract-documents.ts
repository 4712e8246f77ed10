import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { refusal, validationFailed } from '../../../common/errors/field-refusal';
import type { DocumentView } from '../../../common/uploads/document-view';
import { uploadDocument } from '../../../common/uploads/upload-document';
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

  upload(investor: AuthUser, contractId: string, file: UploadedFile): Promise<DocumentView> {
    return uploadDocument(this.dataSource, this.clock, file, {
      admit: async (m) => {
        const contract = await contractOwnership(m, contractId, 'share');
        if (!contract || contract.organization_id !== investor.organizationId)
          throw new NotFoundError('Contract');
        if (contract.status !== 'active')
          throw new InvalidStateError('The contract is not active', contract.status);
      },
      store: async (m, document) => {
        await insertContractDocument(m, {
          id: document.id,
          contractId,
          filename: document.filename,
          contentType: document.contentType,
          size: document.size,
          sha256: document.sha256,
          content: document.bytes,
          uploadedBy: investor.id,
          uploadedAt: document.uploadedAt,
        });
        await appendAuditEvent(m, {
          at: document.uploadedAt,
          actor: investor,
          action: 'contract.document_added',
          entityType: 'contract',
          entityId: contractId,
          data: { documentId: document.id, filename: document.filename, sha256: document.sha256 },
        });
      },
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
    throw validationFailed(
      'documentIds must name evidence filed for this contract',
      unknown.map((id) =>
        refusal(
          'documentIds',
          `${id} is not a document of this contract`,
          'notContractDocument',
          id,
        ),
      ),
    );
  }
}
