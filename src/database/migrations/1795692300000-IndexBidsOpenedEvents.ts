import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit read path withholds a bid event until the log holds its tender's opening
 * event (audit-owned data, not the tenders table): one probe per bid event, so the opening
 * events get an index of their own. The actions are those the registry marks unsealsBids;
 * an action added there later stays correct without it, only slower.
 */
export class IndexBidsOpenedEvents1795692300000 implements MigrationInterface {
  name = 'IndexBidsOpenedEvents1795692300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX audit_events_bids_opened_idx ON audit_events (entity_id)
       WHERE action IN ('tender.bids_opened', 'tender.closed_without_bids')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX audit_events_bids_opened_idx');
  }
}
