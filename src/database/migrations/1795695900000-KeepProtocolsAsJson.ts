import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kept and the frozen protocols as `json` text, not `jsonb`: at 10,000 bids keeping the
 * 5 MB protocol spent ~320 ms having PostgreSQL parse it into jsonb, and the award's freeze
 * ~300 ms rebuilding it with jsonb_set, where `json` is only checked. The document no longer
 * holds its status: its row does (a kept protocol is in progress, a frozen one has its
 * status column), so the award freezes the kept document as it is, a copy.
 */
export class KeepProtocolsAsJson1795695900000 implements MigrationInterface {
  name = 'KeepProtocolsAsJson1795695900000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['kept_protocols', 'evaluation_protocols']) {
      await q.query(
        `ALTER TABLE ${table} ALTER COLUMN protocol TYPE json USING (protocol - 'status')::json`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE kept_protocols ALTER COLUMN protocol TYPE jsonb
       USING protocol::jsonb || '{"status": "in_progress"}'`,
    );
    await q.query(
      `ALTER TABLE evaluation_protocols ALTER COLUMN protocol TYPE jsonb
       USING protocol::jsonb || jsonb_build_object('status', status)`,
    );
  }
}
