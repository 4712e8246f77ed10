import type { EntityManager } from 'typeorm';

export interface NotificationDraft {
  kind: string;
  subjectType: string;
  subjectId: string;
  message: string;
  at: Date;
}

/** Notifies users inside the caller's transaction: it commits or rolls back with it. */
export async function notify(
  m: EntityManager,
  userIds: string[],
  n: NotificationDraft,
): Promise<void> {
  if (userIds.length === 0) return;
  await m.query(
    `INSERT INTO notifications (user_id, kind, subject_type, subject_id, message, created_at)
     SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6`,
    [userIds, n.kind, n.subjectType, n.subjectId, n.message, n.at],
  );
}

/**
 * Records that a reminder went out; false if it already had. Callers send only on true,
 * so a reminder is sent once however many workers or sweeps see it due.
 */
export async function claimReminder(
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
