import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMilestones1795689000000 implements MigrationInterface {
  name = 'CreateMilestones1795689000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract_milestones (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL REFERENCES contracts(id),
        position integer NOT NULL,
        code text NOT NULL,
        title text NOT NULL,
        due_month integer NOT NULL,
        due_date timestamptz NOT NULL,
        planned_investment_rub numeric(17, 2) NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'reported', 'met', 'overdue', 'met_late')),
        met_at timestamptz,
        UNIQUE (contract_id, position)
      )`);
    await q.query(`
      CREATE TABLE milestone_reports (
        id uuid PRIMARY KEY,
        milestone_id uuid NOT NULL REFERENCES contract_milestones(id),
        contract_id uuid NOT NULL REFERENCES contracts(id),
        note text NOT NULL,
        invested_rub numeric(17, 2) NOT NULL,
        document_ids uuid[] NOT NULL DEFAULT '{}',
        submitted_by uuid NOT NULL REFERENCES users(id),
        submitted_at timestamptz NOT NULL,
        decision text CHECK (decision IN ('accepted', 'rejected')),
        comment text,
        reviewer_id uuid REFERENCES users(id),
        reviewed_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX milestone_reports_milestone_idx ON milestone_reports (milestone_id, submitted_at)',
    );
    await q.query('ALTER TABLE contracts ADD COLUMN termination jsonb');
    // DOMAIN.md §8: an organization whose contract was terminated is a failed supplier.
    await q.query(`
      CREATE TABLE failed_suppliers (
        contract_id uuid PRIMARY KEY REFERENCES contracts(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        reason text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE failed_suppliers, milestone_reports, contract_milestones');
    await q.query('ALTER TABLE contracts DROP COLUMN termination');
  }
}
