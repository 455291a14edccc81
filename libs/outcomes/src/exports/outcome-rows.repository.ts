import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RegionPeriod, SessionExportRow, SuggestionExportRow } from '@xs/contracts';
import { regionLikePattern } from '@xs/platform';

const PERIOD = `x.region_code LIKE $1 AND ($2::timestamptz IS NULL OR x.session_starts_at >= $2)
                AND ($3::timestamptz IS NULL OR x.session_starts_at < $3)`;

/**
 * Export rows in keyset pages (session start, id): each page is one short query on the
 * (region_code, session_starts_at, id) index, so memory stays flat however many rows there are and
 * no transaction or cursor is held open while a slow client downloads. The suggestions sheet holds
 * consultation suggestions only (as GET /stats counts them); reports handed to departments belong to 社情民意.
 */
@Injectable()
export class OutcomeRowsRepository {
  constructor(private readonly db: DataSource) {}

  async *suggestions(q: RegionPeriod, pageSize = 1000): AsyncGenerator<SuggestionExportRow[]> {
    let after: [Date, string] | null = null;
    for (;;) {
      const rows: SuggestionExportRow[] = await this.db.query(
        `SELECT x.id, x.session_title AS "sessionTitle", x.session_starts_at AS "sessionStartsAt", x.region_code AS "regionCode", x.content, x.status,
                (SELECT d.department_name FROM suggestion_departments d WHERE d.suggestion_id = x.id AND d.role = 'lead') AS lead,
                (SELECT string_agg(d.department_name, '、' ORDER BY d.department_name) FROM suggestion_departments d
                  WHERE d.suggestion_id = x.id AND d.role = 'co') AS co,
                x.assigned_at AS "assignedAt", x.due_at AS "dueAt", (x.status = 'assigned' AND x.due_at < now()) AS overdue,
                CASE WHEN x.status IN ('replied', 'completed') THEN x.reply_grade END AS "replyGrade",
                CASE WHEN x.status IN ('replied', 'completed') THEN x.reply_adopted END AS "replyAdopted",
                CASE WHEN x.status IN ('replied', 'completed') THEN x.reply_content END AS "replyContent",
                x.replied_at AS "repliedAt", x.completed_at AS "completedAt", x.reject_reason AS "rejectReason",
                x.reply_contact_phone_enc AS "replyContactPhoneEnc",
                (x.source_message_id IS NOT NULL OR x.source_question_id IS NOT NULL) AS "fromLive",
                x.rated_satisfied AS satisfied, x.rated_basically AS basically, x.rated_unsatisfied AS unsatisfied
           FROM suggestions x
          WHERE ${PERIOD} AND x.origin = 'session'
            AND ($4::timestamptz IS NULL OR (x.session_starts_at, x.id) > ($4::timestamptz, $5::uuid))
          ORDER BY x.session_starts_at, x.id
          LIMIT $6`,
        [
          regionLikePattern(q.regionCode),
          q.from ?? null,
          q.to ?? null,
          after?.[0] ?? null,
          after?.[1] ?? null,
          pageSize,
        ],
      );
      if (!rows.length) return;
      yield rows;
      const last = rows[rows.length - 1];
      after = [last.sessionStartsAt, last.id];
      if (rows.length < pageSize) return;
    }
  }

  async *sessions(q: RegionPeriod, pageSize = 1000): AsyncGenerator<SessionExportRow[]> {
    let after: [Date, string] | null = null;
    for (;;) {
      const rows: SessionExportRow[] = await this.db.query(
        `SELECT x.session_id AS "sessionId", x.session_title AS "sessionTitle", x.session_starts_at AS "sessionStartsAt",
                x.region_code AS "regionCode", x.status, x.registered_count AS "registeredCount",
                x.onsite_count AS "onsiteCount", x.online_unique AS "onlineUnique", x.online_peak AS "onlinePeak",
                jsonb_array_length(x.consensus) AS "consensusCount",
                coalesce(s.total, 0)::int AS suggestions, coalesce(s.replied, 0)::int AS replied,
                coalesce(s.adopted, 0)::int AS adopted, x.published_at AS "publishedAt"
           FROM session_outcomes x
           LEFT JOIN LATERAL (
             SELECT count(*) AS total, count(*) FILTER (WHERE status IN ('replied', 'completed')) AS replied,
                    count(*) FILTER (WHERE status IN ('replied', 'completed') AND reply_adopted) AS adopted
               FROM suggestions WHERE session_id = x.session_id) s ON true
          WHERE ${PERIOD} AND ($4::timestamptz IS NULL OR (x.session_starts_at, x.session_id) > ($4::timestamptz, $5::uuid))
          ORDER BY x.session_starts_at, x.session_id
          LIMIT $6`,
        [
          regionLikePattern(q.regionCode),
          q.from ?? null,
          q.to ?? null,
          after?.[0] ?? null,
          after?.[1] ?? null,
          pageSize,
        ],
      );
      if (!rows.length) return;
      yield rows;
      const last = rows[rows.length - 1];
      after = [last.sessionStartsAt, last.sessionId];
      if (rows.length < pageSize) return;
    }
  }
}
