import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvaluation1795686000000 implements MigrationInterface {
  name = 'CreateEvaluation1795686000000';

  async up(q: QueryRunner): Promise<void> {
    // Admission: automatic reasons at opening, or an officer's MANUAL decision.
    await q.query(
      `ALTER TABLE bids ADD COLUMN rejection_reasons jsonb NOT NULL DEFAULT '[]'::jsonb`,
    );
    await q.query(`
      CREATE TABLE commission_declarations (
        tender_id uuid NOT NULL REFERENCES tenders(id),
        member_id uuid NOT NULL REFERENCES users(id),
        conflict_of_interest boolean NOT NULL,
        note text,
        declared_at timestamptz NOT NULL,
        PRIMARY KEY (tender_id, member_id)
      )`);
    await q.query(`
      CREATE TABLE expert_scores (
        tender_id uuid NOT NULL REFERENCES tenders(id),
        bid_id uuid NOT NULL REFERENCES bids(id),
        member_id uuid NOT NULL REFERENCES users(id),
        criterion text NOT NULL,
        score numeric(5, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
        scored_at timestamptz NOT NULL,
        PRIMARY KEY (bid_id, member_id, criterion)
      )`);
    await q.query('CREATE INDEX expert_scores_tender_idx ON expert_scores (tender_id)');
    // The protocol frozen at award (status final); while in progress it is computed live.
    await q.query(`
      CREATE TABLE evaluation_protocols (
        tender_id uuid PRIMARY KEY REFERENCES tenders(id),
        status text NOT NULL CHECK (status IN ('in_progress', 'final')),
        protocol jsonb NOT NULL,
        finalized_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE awards (
        id uuid PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        bid_id uuid NOT NULL REFERENCES bids(id),
        status text NOT NULL CHECK (status IN ('pending', 'active', 'cancelled')),
        awarded_by uuid NOT NULL REFERENCES users(id),
        awarded_at timestamptz NOT NULL,
        standstill_ends_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX awards_one_live_per_tender ON awards (tender_id) WHERE status <> 'cancelled'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE awards, evaluation_protocols, expert_scores, commission_declarations',
    );
    await q.query('ALTER TABLE bids DROP COLUMN rejection_reasons');
  }
}
