import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { camelRows } from '@xs/platform';
import type { Page } from '@xs/platform';
import type { FollowUpStatus, RatingValue } from './mine.responses';

export interface FollowUpRow {
  id: string;
  sessionId: string;
  sessionTitle: string;
  sessionStartsAt: Date;
  content: string;
  status: FollowUpStatus;
  departments: string[];
  replyContent: string | null;
  replyAdopted: boolean | null;
  replySubmittedAt: Date | null;
  myRating: RatingValue | null;
  myComment: string | null;
  myRatedAt: Date | null;
}

export interface MyRatingRow {
  id: string;
  suggestionId: string;
  sessionTitle: string;
  content: string;
  rating: RatingValue;
  comment: string | null;
  createdAt: Date;
}

/** What a resident follows up: suggestions of the sessions they took part in, and their own ratings. */
@Injectable()
export class MineRepository {
  constructor(private readonly db: DataSource) {}

  /** Handed to departments only (a draft or a rejected suggestion is not the public's yet). */
  async followUps(
    userId: string,
    sessionIds: string[],
    offset: number,
    limit: number,
  ): Promise<Page<FollowUpRow>> {
    if (!sessionIds.length) return { items: [], total: 0 };
    const where = `s.session_id = ANY($1::uuid[]) AND s.status IN ('assigned', 'replied', 'completed')`;
    const items = camelRows<FollowUpRow>(
      await this.db.query(
        `SELECT s.id, s.session_id, s.session_title, s.session_starts_at, s.content, s.status,
              coalesce((SELECT array_agg(d.department_name ORDER BY d.role DESC, d.department_name)
                          FROM suggestion_departments d WHERE d.suggestion_id = s.id), '{}') AS departments,
              s.reply_content, s.reply_adopted, s.reply_submitted_at,
              r.rating AS my_rating, r.comment AS my_comment, r.created_at AS my_rated_at
         FROM suggestions s
         LEFT JOIN suggestion_ratings r ON r.suggestion_id = s.id AND r.user_id = $2
        WHERE ${where}
        ORDER BY s.session_starts_at DESC, s.id
        OFFSET $3 LIMIT $4`,
        [sessionIds, userId, offset, limit],
      ),
    );
    const total: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM suggestions s WHERE ${where}`,
      [sessionIds],
    );
    return { items, total: total[0].n };
  }

  async ratings(userId: string, offset: number, limit: number): Promise<Page<MyRatingRow>> {
    const items = camelRows<MyRatingRow>(
      await this.db.query(
        `SELECT r.id, r.suggestion_id, s.session_title, s.content, r.rating, r.comment, r.created_at
         FROM suggestion_ratings r JOIN suggestions s ON s.id = r.suggestion_id
        WHERE r.user_id = $1
        ORDER BY r.created_at DESC, r.id
        OFFSET $2 LIMIT $3`,
        [userId, offset, limit],
      ),
    );
    const total: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM suggestion_ratings WHERE user_id = $1`,
      [userId],
    );
    return { items, total: total[0].n };
  }
}
