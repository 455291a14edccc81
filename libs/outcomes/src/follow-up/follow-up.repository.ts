import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Implementation } from './follow-up.entity';

export interface FollowUpRow {
  suggestionId: string;
  dueAt: Date;
  remindedAt: Date | null;
  implementation: Implementation | null;
  note: string | null;
  reviewedAt: Date | null;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

export interface DueFollowUp {
  id: string;
  organiserId: string | null;
  content: string;
  title: string;
  origin: string;
}

@Injectable()
export class FollowUpsRepository {
  constructor(private readonly db: DataSource) {}

  /** Claims the follow-ups due at `now` that nobody was reminded of yet (once per suggestion, any replica). */
  async claimDue(months: number, now: Date): Promise<DueFollowUp[]> {
    return this.db.query(
      `WITH claimed AS (
         INSERT INTO suggestion_follow_ups (suggestion_id, due_at, reminded_at)
         SELECT s.id, s.completed_at + make_interval(months => $1), $2 FROM suggestions s
          WHERE s.status = 'completed' AND s.completed_at + make_interval(months => $1) <= $2
         ON CONFLICT (suggestion_id) DO NOTHING
         RETURNING suggestion_id
       )
       SELECT s.id, s.organiser_id AS "organiserId", s.content, s.session_title AS title, s.origin
         FROM claimed c JOIN suggestions s ON s.id = c.suggestion_id`,
      [months, now],
    );
  }

  async get(suggestionId: string): Promise<FollowUpRow | null> {
    const rows: FollowUpRow[] = await this.db.query(
      `SELECT f.suggestion_id AS "suggestionId", f.due_at AS "dueAt", f.reminded_at AS "remindedAt", f.implementation,
              f.note, f.reviewed_at AS "reviewedAt",
              count(r.id) FILTER (WHERE r.rating = 'satisfied')::int AS satisfied,
              count(r.id) FILTER (WHERE r.rating = 'basically_satisfied')::int AS "basicallySatisfied",
              count(r.id) FILTER (WHERE r.rating = 'unsatisfied')::int AS unsatisfied
         FROM suggestion_follow_ups f LEFT JOIN suggestion_follow_up_ratings r ON r.suggestion_id = f.suggestion_id
        WHERE f.suggestion_id = $1 GROUP BY f.suggestion_id`,
      [suggestionId],
    );
    return rows[0] ?? null;
  }

  /** Records the review once; false when it was already recorded. */
  async review(
    suggestionId: string,
    dueAt: Date,
    r: { implementation: Implementation; note: string; by: string },
  ): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO suggestion_follow_ups (suggestion_id, due_at, implementation, note, reviewed_by, reviewed_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (suggestion_id) DO UPDATE
         SET implementation = EXCLUDED.implementation, note = EXCLUDED.note, reviewed_by = EXCLUDED.reviewed_by,
             reviewed_at = EXCLUDED.reviewed_at
       WHERE suggestion_follow_ups.reviewed_at IS NULL
       RETURNING suggestion_id`,
      [suggestionId, dueAt, r.implementation, r.note, r.by],
    );
    return rows.length === 1;
  }

  async rate(suggestionId: string, userId: string, rating: string, comment: string | null): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO suggestion_follow_up_ratings (suggestion_id, user_id, rating, comment) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [suggestionId, userId, rating, comment],
    );
    return rows[0].id;
  }
}
