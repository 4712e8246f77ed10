import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import {
  countUserNotifications,
  markNotificationRead,
  userNotificationsPage,
  type NotificationRow,
} from '../infrastructure/notification-rows';

export interface NotificationView {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  message: string;
  createdAt: string;
  readAt: string | null;
}

const toView = (r: NotificationRow): NotificationView => ({
  id: r.id,
  kind: r.kind,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  message: r.message,
  createdAt: r.created_at.toISOString(),
  readAt: r.read_at ? r.read_at.toISOString() : null,
});

/** A user's own notifications; anyone else's do not exist for them (404). */
@Injectable()
export class NotificationsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    userId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: NotificationView[]; total: number }> {
    const total = await countUserNotifications(this.dataSource, userId);
    const rows = await userNotificationsPage(this.dataSource, userId, limit, offset);
    return { items: rows.map(toView), total };
  }

  /** Marking read is a user's own bookkeeping, not a state change of the tender: no audit. */
  async markRead(userId: string, id: string, at: Date): Promise<NotificationView> {
    const row = await markNotificationRead(this.dataSource, userId, id, at);
    if (!row) throw new NotFoundError('Notification');
    return toView(row);
  }
}
