import type { EntityManager } from 'typeorm';
import type { StoredFile } from '../../../common/uploads/file-download';
import type { BidStatus } from '../domain/bid-status';

/** Anything that runs SQL: a transaction's manager or the DataSource. */
type Sql = Pick<EntityManager, 'query'>;

export interface NewBidDocument {
  id: string;
  bidId: string;
  sealedContent: Buffer;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** Who may see a document is decided from its bid; no bytes are read for that. */
export interface BidDocumentAccess {
  organizationId: string;
  bidStatus: BidStatus;
  opened: boolean;
}

export async function insertBidDocument(m: Sql, doc: NewBidDocument): Promise<void> {
  await m.query(
    `INSERT INTO bid_documents (id, bid_id, sealed_content, size, sha256, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [doc.id, doc.bidId, doc.sealedContent, doc.size, doc.sha256, doc.uploadedBy, doc.uploadedAt],
  );
}

export async function bidDocumentAccess(
  m: Sql,
  tenderId: string,
  bidId: string,
  documentId: string,
): Promise<BidDocumentAccess | undefined> {
  const [row] = await m.query<BidDocumentAccess[]>(
    `SELECT b.organization_id AS "organizationId", b.status AS "bidStatus",
            d.opened_content IS NOT NULL AS opened
     FROM bid_documents d JOIN bids b ON b.id = d.bid_id
     WHERE d.id = $1 AND d.bid_id = $2 AND b.tender_id = $3`,
    [documentId, bidId, tenderId],
  );
  return row;
}

/** The plaintext the opening step stored; undefined while the document is sealed. */
export async function openedBidDocument(
  m: Sql,
  documentId: string,
): Promise<StoredFile | undefined> {
  const [row] = await m.query<StoredFile[]>(
    `SELECT opened_filename AS filename, opened_content_type AS "contentType",
            opened_content AS bytes
     FROM bid_documents WHERE id = $1 AND opened_content IS NOT NULL`,
    [documentId],
  );
  return row;
}
