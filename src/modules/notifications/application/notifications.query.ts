import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';

export interface NotificationView {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  message: string;
  createdAt: string;
  readAt: string | null;
}

interface Row {
  id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  message: string;
  created_at: Date;
  read_at: Date | null;
}

const toView = (r: Row): NotificationView => ({
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
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      'SELECT count(*)::int AS total FROM notifications WHERE user_id = $1',
      [userId],
    );
    const rows = await this.dataSource.query<Row[]>(
      `SELECT * FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [userId, limit, offset],
    );
    return { items: rows.map(toView), total };
  }

  /** Marking read is a user's own bookkeeping, not a state change of the tender: no audit. */
  async markRead(userId: string, id: string, at: Date): Promise<NotificationView> {
    const [rows] = await this.dataSource.query<[Row[], number]>(
      `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING *`,
      [id, userId, at],
    );
    if (rows.length === 0) throw new NotFoundError('Notification');
    return toView(rows[0]);
  }
}
