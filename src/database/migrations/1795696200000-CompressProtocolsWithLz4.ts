import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['kept_protocols', 'evaluation_protocols'];

/**
 * The protocols' 5 MB documents (10,000 bids) compressed with lz4 instead of pglz: keeping
 * one took 45-75 ms in PostgreSQL, 15-35 ms with lz4 (measured in BENCHMARKS.md), and the
 * award's copy and every read decompress it. A server built without lz4 keeps pglz: the
 * documents are the same either way.
 */
export class CompressProtocolsWithLz41795696200000 implements MigrationInterface {
  name = 'CompressProtocolsWithLz41795696200000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`
        DO $$ BEGIN
          ALTER TABLE ${table} ALTER COLUMN protocol SET COMPRESSION lz4;
        EXCEPTION WHEN feature_not_supported THEN NULL;
        END $$`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN protocol SET COMPRESSION pglz`);
    }
  }
}
