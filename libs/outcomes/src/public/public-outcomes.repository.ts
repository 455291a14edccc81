import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { regionLikePattern } from '@xs/platform';

export interface PublicOutcomeRow {
  sessionId: string;
  title: string;
  regionCode: string;
  heldAt: Date;
  publishedAt: Date;
  summary: string;
  consensus: string[];
  attendance: { onsite: number; onlineUnique: number; onlinePeak: number };
  suggestions: {
    id: string;
    content: string;
    status: string;
    dueAt: string | null;
    departments: { name: string; role: 'lead' | 'co' }[];
    reply: {
      grade: string | null;
      content: string | null;
      adopted: boolean | null;
      repliedAt: string | null;
    } | null;
    completedAt: string | null;
    ratings: { satisfied: number; basicallySatisfied: number; unsatisfied: number };
    followUp: {
      implementation: string;
      note: string;
      reviewedAt: string;
      ratings: { satisfied: number; basicallySatisfied: number; unsatisfied: number };
    } | null;
  }[];
}

/** 晒一晒: published outcomes with their suggestions' progress, no personal data selected at all. */
@Injectable()
export class PublicOutcomesRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    regionCode: string,
    offset: number,
    limit: number,
  ): Promise<{ items: PublicOutcomeRow[]; total: number }> {
    const total: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM session_outcomes WHERE status = 'published' AND region_code LIKE $1`,
      [regionLikePattern(regionCode)],
    );
    const items: PublicOutcomeRow[] = await this.db.query(
      `SELECT o.session_id AS "sessionId", o.session_title AS "title", o.region_code AS "regionCode",
              o.session_starts_at AS "heldAt", o.published_at AS "publishedAt", o.summary, o.consensus,
              json_build_object('onsite', o.onsite_count, 'onlineUnique', o.online_unique, 'onlinePeak', o.online_peak) AS attendance,
              coalesce((
                SELECT json_agg(json_build_object(
                         'id', s.id, 'content', s.content, 'status', s.status, 'dueAt', s.due_at,
                         'departments', (SELECT coalesce(json_agg(json_build_object('name', d.department_name, 'role', d.role)
                                                 ORDER BY d.role DESC, d.department_name), '[]'::json)
                                           FROM suggestion_departments d WHERE d.suggestion_id = s.id),
                         'reply', CASE WHEN s.status IN ('replied', 'completed') THEN json_build_object(
                                    'grade', s.reply_grade, 'content', s.reply_content, 'adopted', s.reply_adopted,
                                    'repliedAt', s.replied_at) END,
                         'completedAt', s.completed_at,
                         'followUp', (SELECT json_build_object('implementation', f.implementation, 'note', f.note,
                                        'reviewedAt', f.reviewed_at, 'ratings', json_build_object(
                                          'satisfied', (SELECT count(*) FROM suggestion_follow_up_ratings r
                                                         WHERE r.suggestion_id = s.id AND r.rating = 'satisfied'),
                                          'basicallySatisfied', (SELECT count(*) FROM suggestion_follow_up_ratings r
                                                         WHERE r.suggestion_id = s.id AND r.rating = 'basically_satisfied'),
                                          'unsatisfied', (SELECT count(*) FROM suggestion_follow_up_ratings r
                                                         WHERE r.suggestion_id = s.id AND r.rating = 'unsatisfied')))
                                        FROM suggestion_follow_ups f
                                       WHERE f.suggestion_id = s.id AND f.reviewed_at IS NOT NULL),
                         'ratings', json_build_object('satisfied', s.rated_satisfied, 'basicallySatisfied', s.rated_basically,
                                   'unsatisfied', s.rated_unsatisfied))
                       ORDER BY s.created_at, s.id)
                  FROM suggestions s WHERE s.session_id = o.session_id AND s.status <> 'draft'), '[]'::json) AS suggestions
         FROM session_outcomes o
        WHERE o.status = 'published' AND o.region_code LIKE $1
        ORDER BY o.published_at DESC, o.session_id
        LIMIT $2 OFFSET $3`,
      [regionLikePattern(regionCode), limit, offset],
    );
    return { items, total: total[0].n };
  }
}
