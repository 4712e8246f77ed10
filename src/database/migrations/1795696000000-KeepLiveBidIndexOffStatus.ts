import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live-bid unique index off `status`, and bids' pages kept half free: a status move
 * that keeps a bid live (the award's 9,999 losers, the opening's admissions) then changes
 * no indexed column and has room on its page, so PostgreSQL updates the row in place
 * (HOT): no index entries, and WAL for the changed bytes only, not a fresh ~1 KB row each.
 * With `status` in the index's predicate every such move rewrote the row and both indexes
 * (the award's UPDATE of 10,000 bids: 200–260 ms, 13–25 MB of WAL; HOT: 56 ms, 1.5 MB,
 * measured in BENCHMARKS.md).
 *
 * `live_key` is null while a bid is live and the bid's own id once withdrawn, and
 * (tender, organization, live_key) is unique with nulls not distinct (PostgreSQL 15): one
 * live bid per organization and tender, any number withdrawn. A full index led by
 * `tender_id`, not a partial one on a withdrawn flag: the planner cannot prove
 * `status = 'submitted'` implies such a flag, so every per-tender read by status would
 * scan all bids.
 */
export class KeepLiveBidIndexOffStatus1795696000000 implements MigrationInterface {
  name = 'KeepLiveBidIndexOffStatus1795696000000';

  async up(q: QueryRunner): Promise<void> {
    // Set first: the column's rewrite below lays the existing rows out with it.
    await q.query('ALTER TABLE bids SET (fillfactor = 50)');
    await q.query(
      `ALTER TABLE bids ADD COLUMN live_key uuid
       GENERATED ALWAYS AS (CASE WHEN status = 'withdrawn' THEN id END) STORED`,
    );
    await q.query('DROP INDEX bids_one_live_per_organization');
    await q.query(
      `CREATE UNIQUE INDEX bids_one_live_per_organization
       ON bids (tender_id, organization_id, live_key) NULLS NOT DISTINCT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX bids_one_live_per_organization');
    await q.query('ALTER TABLE bids DROP COLUMN live_key');
    await q.query('ALTER TABLE bids RESET (fillfactor)');
    await q.query(
      `CREATE UNIQUE INDEX bids_one_live_per_organization ON bids (tender_id, organization_id)
       WHERE status NOT IN ('withdrawn')`,
    );
  }
}
