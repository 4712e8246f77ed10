import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock/clock';
import { type DocumentView, fileSha256 } from './document-view';
import type { UploadedFile } from './uploaded-file';

/** A file on its way into its owner's table, with who filed it and when. */
export interface IncomingDocument extends DocumentView {
  contentType: string;
  bytes: Buffer;
  uploadedAt: Date;
}

/** How one owner of documents (a tender, a bid, a contract) takes a file. */
export interface DocumentOwner<Admitted> {
  /** Locks the owner in the transaction and checks that it takes documents. */
  admit(m: EntityManager): Promise<Admitted>;
  /** Checks that depend on the time, read after the lock (a bid's deadline). */
  checkAt?(admitted: Admitted, now: Date): void;
  /** Stores the file as the owner keeps it (in clear, or sealed) with its audit event. */
  store(m: EntityManager, document: IncomingDocument, admitted: Admitted): Promise<void>;
}

/**
 * The one upload flow: the file is hashed before the transaction (a large file never
 * holds a lock), the owner is locked and checked, the time is read under the lock, and
 * the file and its audit event commit together. Answers what the API shows.
 */
export async function uploadDocument<Admitted>(
  dataSource: DataSource,
  clock: Clock,
  file: UploadedFile,
  owner: DocumentOwner<Admitted>,
): Promise<DocumentView> {
  const view: DocumentView = {
    id: randomUUID(),
    filename: file.filename,
    size: file.bytes.length,
    sha256: fileSha256(file.bytes),
  };
  return dataSource.transaction(async (m) => {
    const admitted = await owner.admit(m);
    const now = await clock.now(m);
    owner.checkAt?.(admitted, now);
    await owner.store(
      m,
      { ...view, contentType: file.contentType, bytes: file.bytes, uploadedAt: now },
      admitted,
    );
    return view;
  });
}
