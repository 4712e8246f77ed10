import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed chain heads (DOMAIN.md §9). No foreign key to audit_chain on purpose: a
 * checkpoint is a witness that must outlive a rewritten or removed link, not follow it.
 * Append-only like the rest of the record (audit_refuse_change from CreateFoundation).
 */
export class CreateAuditCheckpoints1795684000000 implements MigrationInterface {
  name = 'CreateAuditCheckpoints1795684000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_checkpoints (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        head_hash char(64) NOT NULL,
        at timestamptz NOT NULL,
        signature text NOT NULL
      )`);
    await q.query(`
      CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
      FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_checkpoints');
  }
}
