import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContracting1795687000000 implements MigrationInterface {
  name = 'CreateContracting1795687000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        filed_by uuid NOT NULL REFERENCES users(id),
        subject text NOT NULL,
        text text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'upheld', 'dismissed')),
        filed_at timestamptz NOT NULL,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason text
      )`);
    await q.query('CREATE INDEX complaints_tender_idx ON complaints (tender_id, status)');
    await q.query(`
      CREATE TABLE contracts (
        id uuid PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        bid_id uuid NOT NULL REFERENCES bids(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL CHECK (status IN ('pending_signature', 'active', 'completed', 'terminated', 'refused')),
        unit_price_rub numeric(17, 2) NOT NULL,
        quantity integer NOT NULL,
        value_rub numeric(20, 2) NOT NULL,
        investment_committed_rub numeric(17, 2) NOT NULL,
        build_months integer NOT NULL,
        contract_years integer NOT NULL,
        signing_deadline timestamptz NOT NULL,
        investor_signed_at timestamptz,
        customer_signed_at timestamptz,
        signed_at timestamptz,
        build_deadline timestamptz,
        ends_at timestamptz,
        created_at timestamptz NOT NULL,
        next_check_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX contracts_next_check_idx ON contracts (next_check_at) WHERE next_check_at IS NOT NULL',
    );
    await q.query(`CREATE UNIQUE INDEX contracts_one_open_per_tender ON contracts (tender_id)
      WHERE status IN ('pending_signature', 'active')`);
    // DOMAIN.md §4: a winner who does not sign is recorded as evading.
    await q.query(`
      CREATE TABLE evasions (
        organization_id uuid NOT NULL REFERENCES organizations(id),
        contract_id uuid NOT NULL REFERENCES contracts(id) PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE evasions, contracts, complaints');
  }
}
