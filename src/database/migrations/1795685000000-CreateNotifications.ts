import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1795685000000 implements MigrationInterface {
  name = 'CreateNotifications1795685000000';

  async up(q: QueryRunner): Promise<void> {
    // In-app notifications are inserted by the transaction that causes them, so the table
    // is its own outbox: a rolled-back change leaves no notification behind.
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)',
    );
    // One row per reminder sent, so a reminder goes out once however often checks run.
    await q.query(`
      CREATE TABLE reminders_sent (
        subject_id uuid NOT NULL,
        kind text NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (subject_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE reminders_sent, notifications');
  }
}
