import type { EntityManager } from 'typeorm';
import type { StoredFile } from '../../../common/uploads/file-download';

/** Anything that runs SQL: a transaction's manager or the DataSource. */
type Sql = Pick<EntityManager, 'query'>;

export interface TenderDocumentSummary {
  id: string;
  tenderId: string;
  filename: string;
  size: number;
  sha256: string;
}

export interface NewTenderDocument extends TenderDocumentSummary, StoredFile {
  uploadedBy: string;
  uploadedAt: Date;
}

// Listing never selects `content`: a tender view must not pull every file into memory.
const SUMMARY = `SELECT id, tender_id AS "tenderId", filename, size, sha256
  FROM tender_documents`;

export async function insertTenderDocument(m: Sql, doc: NewTenderDocument): Promise<void> {
  await m.query(
    `INSERT INTO tender_documents
       (id, tender_id, filename, content_type, size, sha256, content, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      doc.id,
      doc.tenderId,
      doc.filename,
      doc.contentType,
      doc.size,
      doc.sha256,
      doc.bytes,
      doc.uploadedBy,
      doc.uploadedAt,
    ],
  );
}

/** The documents of these tenders, oldest first. */
export function documentsOf(m: Sql, tenderIds: string[]): Promise<TenderDocumentSummary[]> {
  return m.query<TenderDocumentSummary[]>(
    `${SUMMARY} WHERE tender_id = ANY($1::uuid[]) ORDER BY uploaded_at, id`,
    [tenderIds],
  );
}

export async function findTenderDocument(
  m: Sql,
  tenderId: string,
  documentId: string,
): Promise<StoredFile | undefined> {
  const [row] = await m.query<StoredFile[]>(
    `SELECT filename, content_type AS "contentType", content AS bytes
     FROM tender_documents WHERE id = $1 AND tender_id = $2`,
    [documentId, tenderId],
  );
  return row;
}
