import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CONTRACT.md §4: the investor's yearly production reports (the base of the output-share
 * check) and the years whose report the chronograph found missing at its due date.
 */
export class CreateProductionReports1795695200000 implements MigrationInterface {
  name = 'CreateProductionReports1795695200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE production_reports (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL REFERENCES contracts(id),
        year integer NOT NULL,
        produced_by_item jsonb NOT NULL,
        document_ids uuid[] NOT NULL DEFAULT '{}',
        submitted_by uuid NOT NULL REFERENCES users(id),
        submitted_at timestamptz NOT NULL,
        decision text CHECK (decision IN ('accepted', 'rejected')),
        comment text,
        reviewer_id uuid REFERENCES users(id),
        reviewed_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX production_reports_contract_idx ON production_reports (contract_id, year)',
    );
    await q.query(`
      CREATE TABLE production_report_misses (
        contract_id uuid NOT NULL REFERENCES contracts(id),
        year integer NOT NULL,
        due_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (contract_id, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE production_report_misses, production_reports');
  }
}
