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

/** The figures of every published outcome of a region, not just one page's. */
export interface PublicOutcomesSummaryRow {
  sessions: number;
  people: number;
  suggestions: number;
  assigned: number;
  replied: number;
  completed: number;
  adopted: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

/**
 * A published outcome as the public sees it: the record, the attendance and every suggestion but drafts
 * with its departments, reply, completion, 回头看 and ratings. No personal data is selected at all.
 */
const OUTCOME_SELECT = `SELECT o.session_id AS "sessionId", o.session_title AS "title", o.region_code AS "regionCode",
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
         FROM session_outcomes o`;

/** Published, in the region ($1, a LIKE pattern) and at the place ($2) when one is given. */
const PUBLISHED_IN = `o.status = 'published' AND o.region_code LIKE $1 AND ($2::uuid IS NULL OR o.workstation_id = $2)`;

/** 晒一晒: published outcomes with their suggestions' progress, no personal data selected at all. */
@Injectable()
export class PublicOutcomesRepository {
  constructor(private readonly db: DataSource) {}

  /** Published outcomes of a region (and of one place, when given), latest first. */
  async list(
    regionCode: string,
    workstationId: string | null,
    offset: number,
    limit: number,
  ): Promise<{ items: PublicOutcomeRow[]; total: number }> {
    const total: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM session_outcomes o WHERE ${PUBLISHED_IN}`,
      [regionLikePattern(regionCode), workstationId],
    );
    const items: PublicOutcomeRow[] = await this.db.query(
      `${OUTCOME_SELECT}
        WHERE ${PUBLISHED_IN}
        ORDER BY o.published_at DESC, o.session_id
        LIMIT $3 OFFSET $4`,
      [regionLikePattern(regionCode), workstationId, limit, offset],
    );
    return { items, total: total[0].n };
  }

  /** One session's published outcome (a session page shows it once the meeting is over), or null. */
  async one(sessionId: string): Promise<PublicOutcomeRow | null> {
    const [row]: PublicOutcomeRow[] = await this.db.query(
      `${OUTCOME_SELECT}
        WHERE o.status = 'published' AND o.session_id = $1`,
      [sessionId],
    );
    return row ?? null;
  }

  /** The same suggestions as the list shows (all but drafts), counted over every published outcome. */
  async summary(regionCode: string, workstationId: string | null): Promise<PublicOutcomesSummaryRow> {
    const [row]: PublicOutcomesSummaryRow[] = await this.db.query(
      `WITH o AS (SELECT session_id, coalesce(onsite_count, 0) + coalesce(online_unique, 0) AS people
                    FROM session_outcomes o WHERE ${PUBLISHED_IN}),
            s AS (SELECT s.status, s.reply_adopted, s.rated_satisfied, s.rated_basically, s.rated_unsatisfied
                    FROM suggestions s JOIN o ON o.session_id = s.session_id WHERE s.status <> 'draft')
       SELECT (SELECT count(*) FROM o)::int AS sessions,
              (SELECT coalesce(sum(people), 0) FROM o)::int AS people,
              count(*)::int AS suggestions,
              count(*) FILTER (WHERE status = 'assigned')::int AS assigned,
              count(*) FILTER (WHERE status = 'replied')::int AS replied,
              count(*) FILTER (WHERE status = 'completed')::int AS completed,
              count(*) FILTER (WHERE status IN ('replied', 'completed') AND reply_adopted)::int AS adopted,
              coalesce(sum(rated_satisfied), 0)::int AS satisfied,
              coalesce(sum(rated_basically), 0)::int AS "basicallySatisfied",
              coalesce(sum(rated_unsatisfied), 0)::int AS unsatisfied
         FROM s`,
      [regionLikePattern(regionCode), workstationId],
    );
    return row;
  }
}
