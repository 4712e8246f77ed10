import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live-bid unique index as a full index led by `tender_id`, still off `status`. The
 * partial index on `NOT withdrawn` (KeepLiveBidIndexOffStatus) kept the award's losers HOT,
 * but the planner cannot prove `status = 'submitted'` implies `NOT withdrawn`, so every
 * read of a tender's bids by status became a sequential scan of all bids (the opening's
 * cursor, the protocol's read, the reminders' bidders). Now `live_key` is null for a live
 * bid and the bid's own id once withdrawn, and (tender, organization, live_key) is unique
 * with nulls not distinct (PostgreSQL 15): one live bid per organization and tender, any
 * number withdrawn, and an index every per-tender read can use. A status move that keeps a
 * bid live changes no indexed column, so it stays HOT.
 */
export class KeyLiveBidIndexOnTender1795696300000 implements MigrationInterface {
  name = 'KeyLiveBidIndexOnTender1795696300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX bids_one_live_per_organization');
    await q.query('ALTER TABLE bids DROP COLUMN withdrawn');
    await q.query(
      `ALTER TABLE bids ADD COLUMN live_key uuid
       GENERATED ALWAYS AS (CASE WHEN status = 'withdrawn' THEN id END) STORED`,
    );
    await q.query(
      `CREATE UNIQUE INDEX bids_one_live_per_organization
       ON bids (tender_id, organization_id, live_key) NULLS NOT DISTINCT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX bids_one_live_per_organization');
    await q.query('ALTER TABLE bids DROP COLUMN live_key');
    await q.query(
      `ALTER TABLE bids ADD COLUMN withdrawn boolean
       GENERATED ALWAYS AS (status = 'withdrawn') STORED`,
    );
    await q.query(
      `CREATE UNIQUE INDEX bids_one_live_per_organization ON bids (tender_id, organization_id)
       WHERE NOT withdrawn`,
    );
  }
}
