import type { EntityManager } from 'typeorm';
import { insertNotifications, insertReminderSent } from '../infrastructure/notification-rows';

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
  await insertNotifications(m, userIds, n);
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
  return insertReminderSent(m, subjectId, kind, at);
}
