import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTendersAndBids1795681000000 implements MigrationInterface {
  name = 'CreateTendersAndBids1795681000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenders (
        id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('draft', 'tendering', 'evaluation', 'standstill',
          'contracting', 'complete', 'cancelled', 'unsuccessful')),
        title text NOT NULL,
        description text NOT NULL,
        customer text NOT NULL,
        subject jsonb NOT NULL,
        max_unit_price_rub numeric(17, 2) NOT NULL,
        offset_conditions jsonb NOT NULL,
        criteria jsonb NOT NULL,
        commission uuid[] NOT NULL,
        enquiries_until timestamptz NOT NULL,
        submission_deadline timestamptz NOT NULL,
        standstill_days integer NOT NULL,
        signing_days integer NOT NULL,
        rules jsonb,
        -- The tender's X25519 private key, AES-256-GCM-wrapped by SEALING_KEY; bids are
        -- sealed to its public half, so only the opening step ever unwraps it.
        seal_public_key bytea,
        seal_private_key_wrapped bytea,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        cancelled_at timestamptz,
        cancellation jsonb,
        bids_opened_at timestamptz,
        bids_count integer,
        next_check_at timestamptz
      )`);
    await q.query('CREATE INDEX tenders_status_idx ON tenders (status)');
    await q.query(
      'CREATE INDEX tenders_next_check_idx ON tenders (next_check_at) WHERE next_check_at IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE tender_amendments (
        id uuid PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        number integer NOT NULL,
        reason text NOT NULL,
        changes jsonb NOT NULL,
        previous jsonb NOT NULL,
        condition_change boolean NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        UNIQUE (tender_id, number)
      )`);
    await q.query(`
      CREATE TABLE enquiries (
        id uuid PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        asked_by uuid NOT NULL REFERENCES users(id),
        question text NOT NULL,
        asked_at timestamptz NOT NULL,
        answer text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz
      )`);
    await q.query('CREATE INDEX enquiries_tender_idx ON enquiries (tender_id, asked_at)');
    await q.query(`
      CREATE TABLE bids (
        id uuid PRIMARY KEY,
        tender_id uuid NOT NULL REFERENCES tenders(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL CHECK (status IN ('submitted', 'withdrawn', 'invalidated', 'admitted',
          'rejected', 'awarded', 'refused', 'contracted', 'lost')),
        version integer NOT NULL,
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        receipt_signature text NOT NULL,
        opened_content jsonb
      )`);
    // One live bid per organization and tender; withdrawn ones do not count.
    await q.query(`
      CREATE UNIQUE INDEX bids_one_live_per_organization ON bids (tender_id, organization_id)
      WHERE status NOT IN ('withdrawn')`);
    await q.query(`
      CREATE TABLE bid_versions (
        bid_id uuid NOT NULL REFERENCES bids(id),
        version integer NOT NULL,
        sealed_content bytea NOT NULL,
        content_sha256 char(64) NOT NULL,
        submitted_by uuid NOT NULL REFERENCES users(id),
        submitted_at timestamptz NOT NULL,
        PRIMARY KEY (bid_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE bid_versions, bids, enquiries, tender_amendments, tenders');
  }
}
