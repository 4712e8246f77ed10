import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login attempt counters shared by every API process: kept in memory, each replica would
 * grant an attacker its own allowance of password guesses.
 */
export class CreateLoginThrottle1795691000000 implements MigrationInterface {
  name = 'CreateLoginThrottle1795691000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query('CREATE INDEX login_throttle_expires_idx ON login_throttle (expires_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_throttle');
  }
}
