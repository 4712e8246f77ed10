import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { NotFoundError } from '../../../common/errors/domain-error';
import type { StoredFile } from '../../../common/uploads/file-download';
import { findTenderDocument } from '../infrastructure/tender-document-store';
import { TendersQuery } from './tenders.query';

/** A tender document is as visible as its tender: public once published, else officers. */
@Injectable()
export class TenderDocumentsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenders: TendersQuery,
  ) {}

  async download(
    caller: AuthUser | undefined,
    tenderId: string,
    documentId: string,
  ): Promise<StoredFile> {
    await this.tenders.visible(tenderId, caller);
    const file = await findTenderDocument(this.dataSource, tenderId, documentId);
    if (!file) throw new NotFoundError('Document');
    return file;
  }
}
