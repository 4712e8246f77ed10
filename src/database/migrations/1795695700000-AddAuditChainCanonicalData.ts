import { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalJson } from '../../common/canonical-json/canonical-json';

const BATCH = 5000;

/**
 * Each chain link keeps the canonical JSON of its event's data as it was hashed, so the
 * chain can be verified in PostgreSQL (sha256 over columns) instead of shipping every
 * event to Node: a million events took 14 s of row parsing and re-serializing there.
 * The verification checks the stored form against the event's data (jsonb equality), so
 * the events stay what is verified. Links made before this are filled in here, in batches;
 * the table's append-only trigger is off for the backfill only.
 */
export class AddAuditChainCanonicalData1795695700000 implements MigrationInterface {
  name = 'AddAuditChainCanonicalData1795695700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_chain ADD COLUMN canonical_data text');
    await q.query('ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only');
    for (let after = 0; ;) {
      const rows = (await q.query(
        `SELECT c.seq::int8 AS seq, e.data FROM audit_chain c JOIN audit_events e ON e.id = c.event_id
         WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
        [after, BATCH],
      )) as { seq: string; data: unknown }[];
      if (rows.length === 0) break;
      await q.query(
        `UPDATE audit_chain c SET canonical_data = x.d
         FROM unnest($1::int8[], $2::text[]) AS x(seq, d) WHERE c.seq = x.seq`,
        [rows.map((r) => r.seq), rows.map((r) => canonicalJson(r.data))],
      );
      after = Number(rows[rows.length - 1].seq);
    }
    // A link whose event is already gone stays broken: 'null' keeps the column NOT NULL.
    await q.query(`UPDATE audit_chain SET canonical_data = 'null' WHERE canonical_data IS NULL`);
    await q.query('ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only');
    await q.query('ALTER TABLE audit_chain ALTER COLUMN canonical_data SET NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_chain DROP COLUMN canonical_data');
  }
}
