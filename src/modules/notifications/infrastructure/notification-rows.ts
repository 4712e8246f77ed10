import type { DataSource, EntityManager } from 'typeorm';

export interface NotificationRow {
  id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  message: string;
  created_at: Date;
  read_at: Date | null;
}

export interface NotificationInsert {
  kind: string;
  subjectType: string;
  subjectId: string;
  message: string;
  at: Date;
}

export async function insertNotifications(
  m: EntityManager,
  userIds: string[],
  n: NotificationInsert,
): Promise<void> {
  await m.query(
    `INSERT INTO notifications (user_id, kind, subject_type, subject_id, message, created_at)
     SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6`,
    [userIds, n.kind, n.subjectType, n.subjectId, n.message, n.at],
  );
}

/** True if this (subject, kind) reminder had not been recorded before. */
export async function insertReminderSent(
  m: EntityManager,
  subjectId: string,
  kind: string,
  at: Date,
): Promise<boolean> {
  const rows = await m.query<unknown[]>(
    `INSERT INTO reminders_sent (subject_id, kind, sent_at) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [subjectId, kind, at],
  );
  return rows.length > 0;
}

export async function countUserNotifications(db: DataSource, userId: string): Promise<number> {
  const [{ total }] = await db.query<{ total: number }[]>(
    'SELECT count(*)::int AS total FROM notifications WHERE user_id = $1',
    [userId],
  );
  return total;
}

export function userNotificationsPage(
  db: DataSource,
  userId: string,
  limit: number,
  offset: number,
): Promise<NotificationRow[]> {
  return db.query<NotificationRow[]>(
    `SELECT * FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
    [userId, limit, offset],
  );
}

/** The updated row, or undefined if the user has no such notification. */
export async function markNotificationRead(
  db: DataSource,
  userId: string,
  id: string,
  at: Date,
): Promise<NotificationRow | undefined> {
  const [rows] = await db.query<[NotificationRow[], number]>(
    `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING *`,
    [id, userId, at],
  );
  return rows[0];
}
