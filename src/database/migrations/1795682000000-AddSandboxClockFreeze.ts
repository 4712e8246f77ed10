import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sandbox clock can be frozen, so tests and demos can stand exactly on an instant (the
 * deadline, or 1 ms before it). While frozen, now = frozen_at; the offset is then only
 * a starting point, so it may be negative; observed time still never goes back.
 */
export class AddSandboxClockFreeze1795682000000 implements MigrationInterface {
  name = 'AddSandboxClockFreeze1795682000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE sandbox_clock ADD COLUMN frozen_at timestamptz');
    await q.query('ALTER TABLE sandbox_clock DROP CONSTRAINT sandbox_clock_offset_ms_check');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE sandbox_clock DROP COLUMN frozen_at');
    await q.query('ALTER TABLE sandbox_clock ADD CHECK (offset_ms >= 0)');
  }
}
