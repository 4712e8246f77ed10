import type { EntityManager } from 'typeorm';

export interface NewContractDocument {
  id: string;
  contractId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string;
  uploadedAt: Date;
}

export async function insertContractDocument(
  m: EntityManager,
  d: NewContractDocument,
): Promise<void> {
  await m.query(
    `INSERT INTO contract_documents (id, contract_id, filename, content_type, size, sha256, content, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      d.id,
      d.contractId,
      d.filename,
      d.contentType,
      d.size,
      d.sha256,
      d.content,
      d.uploadedBy,
      d.uploadedAt,
    ],
  );
}

export interface StoredContractDocument {
  filename: string;
  content_type: string;
  content: Buffer;
  organization_id: string;
}

/** A document of the contract with the contract's owner, for the read check. */
export async function contractDocumentWithOwner(
  m: EntityManager,
  contractId: string,
  documentId: string,
): Promise<StoredContractDocument | undefined> {
  const [row] = await m.query<StoredContractDocument[]>(
    `SELECT d.filename, d.content_type, d.content, k.organization_id
       FROM contract_documents d JOIN contracts k ON k.id = d.contract_id WHERE d.id = $1 AND d.contract_id = $2`,
    [documentId, contractId],
  );
  return row;
}

/** Which of the given documents are evidence filed for the contract. */
export async function evidenceOf(
  m: EntityManager,
  contractId: string,
  documentIds: string[],
): Promise<Set<string>> {
  const rows = await m.query<{ id: string }[]>(
    'SELECT id FROM contract_documents WHERE contract_id = $1 AND id = ANY($2::uuid[])',
    [contractId, documentIds],
  );
  return new Set(rows.map((r) => r.id));
}
