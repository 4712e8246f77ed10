import { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence an investor files for its progress reports (DOMAIN.md §8). */
export class CreateContractDocuments1795690000000 implements MigrationInterface {
  name = 'CreateContractDocuments1795690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract_documents (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL REFERENCES contracts(id),
        filename text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(
      'CREATE INDEX contract_documents_contract_idx ON contract_documents (contract_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_documents');
  }
}
