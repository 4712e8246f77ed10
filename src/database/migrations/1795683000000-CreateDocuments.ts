import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files. Tender documents are public notice material, kept in clear. A bid's
 * documents are sealed like the bid (DOMAIN.md §5): the file and its name live only in
 * `sealed_content`, boxed to the tender's key and bound to the document id; size and
 * SHA-256 stay in clear like the bid's content hash. The opening step fills `opened_*`.
 */
export class CreateDocuments1795683000000 implements MigrationInterface {
  name = 'CreateDocuments1795683000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tender_documents (
        id uuid PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        filename text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(
      'CREATE INDEX tender_documents_tender_idx ON tender_documents (tender_id, uploaded_at)',
    );
    await q.query(`
      CREATE TABLE bid_documents (
        id uuid PRIMARY KEY,
        bid_id uuid NOT NULL REFERENCES bids(id),
        sealed_content bytea NOT NULL,
        size integer NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL,
        opened_filename text,
        opened_content_type text,
        opened_content bytea
      )`);
    await q.query('CREATE INDEX bid_documents_bid_idx ON bid_documents (bid_id, uploaded_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE bid_documents, tender_documents');
  }
}
