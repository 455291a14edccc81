import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returningRows } from '@xs/platform';

export interface InboxRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
}

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: DataSource) {}

  async list(userId: string, unreadOnly: boolean, offset: number, limit: number) {
    const rows: InboxRow[] = await this.db.query(
      `SELECT id, kind, title, body, link, read_at, created_at FROM notifications
        WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
        ORDER BY created_at DESC, id DESC OFFSET $3 LIMIT $4`,
      [userId, unreadOnly, offset, limit],
    );
    const [c]: { total: string; unread: string }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL) AS total,
              count(*) FILTER (WHERE read_at IS NULL) AS unread
         FROM notifications WHERE user_id = $1`,
      [userId, unreadOnly],
    );
    return { rows, total: Number(c.total), unread: Number(c.unread) };
  }

  async markAll(userId: string): Promise<number> {
    return returningRows<{ id: string }>(
      await this.db.query(
        `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`,
        [userId],
      ),
    ).length;
  }

  async markOne(userId: string, id: string): Promise<InboxRow | null> {
    const rows = returningRows<InboxRow>(
      await this.db.query(
        `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2
         RETURNING id, kind, title, body, link, read_at, created_at`,
        [id, userId],
      ),
    );
    return rows[0] ?? null;
  }
}
