import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Notice } from '@xs/contracts';
import { returningRows } from '@xs/platform';

export interface InboxRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  titleEn: string | null;
  bodyEn: string | null;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Stores the notice in each user's inbox, once per dedupe key; answers the users who got it now
   * (in the caller's transaction when there is one).
   */
  async deliver(m: EntityManager | undefined, userIds: string[], notice: Notice): Promise<string[]> {
    const rows: { userId: string }[] = await (m ?? this.db.manager).query(
      `INSERT INTO notifications (user_id, kind, title, body, title_en, body_en, link, dedupe_key)
         SELECT u, $2, $3, $4, $5, $6, $7, $8 FROM unnest($1::uuid[]) AS u
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING user_id AS "userId"`,
      [
        userIds,
        notice.kind,
        notice.title,
        notice.body,
        notice.en.title,
        notice.en.body,
        notice.link ?? null,
        notice.dedupeKey ?? null,
      ],
    );
    return rows.map((r) => r.userId);
  }

  async list(userId: string, unreadOnly: boolean, offset: number, limit: number) {
    const rows: InboxRow[] = await this.db.query(
      `SELECT id, kind, title, body, title_en AS "titleEn", body_en AS "bodyEn", link, read_at AS "readAt",
              created_at AS "createdAt" FROM notifications
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
         RETURNING id, kind, title, body, title_en AS "titleEn", body_en AS "bodyEn", link, read_at AS "readAt",
                   created_at AS "createdAt"`,
        [id, userId],
      ),
    );
    return rows[0] ?? null;
  }
}
