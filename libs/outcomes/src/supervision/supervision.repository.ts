import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { regionLikePattern } from '@xs/platform';

export interface OverdueDepartment {
  departmentId: string;
  name: string;
  overdue: number;
  oldestDueAt: string;
}

export interface SentReminder {
  suggestionId: string;
  kind: string;
  day: string;
  sentAt: string;
  sessionTitle: string;
  content: string;
  dueAt: string | null;
  departments: string[];
}

/** What 督办 looks at: who is late, and which reminders went out. */
export interface ClaimedReminder {
  id: string;
  kind: 'overdue' | 'due_soon';
  day: string;
  sessionTitle: string;
  content: string;
  dueAt: Date;
  organiserId: string | null;
}

@Injectable()
export class SupervisionRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Claims today's reminders of assigned suggestions overdue or due within 7 days (in the region
   * pattern): one row per suggestion, kind and day, so concurrent runs claim each reminder once.
   */
  async claimReminders(regionPattern: string): Promise<ClaimedReminder[]> {
    return this.db.query(
      `WITH due AS (
           SELECT s.id, CASE WHEN s.due_at < now() THEN 'overdue' ELSE 'due_soon' END AS kind
             FROM suggestions s
            WHERE s.status = 'assigned' AND s.due_at IS NOT NULL AND s.due_at < now() + interval '7 days'
              AND s.region_code LIKE $1
         ), claimed AS (
           INSERT INTO suggestion_reminders (suggestion_id, kind, day)
           SELECT id, kind, (now() AT TIME ZONE 'Asia/Shanghai')::date FROM due
           ON CONFLICT DO NOTHING
           RETURNING suggestion_id, kind, day
         )
         SELECT s.id, c.kind, to_char(c.day, 'YYYY-MM-DD') AS day, s.session_title AS "sessionTitle",
                s.content, s.due_at AS "dueAt", s.organiser_id AS "organiserId"
           FROM claimed c JOIN suggestions s ON s.id = c.suggestion_id`,
      [regionPattern],
    );
  }

  /** The lead department and the co-handlers that have not countersigned yet. */
  async departmentsStillToAnswer(suggestionId: string): Promise<string[]> {
    const rows: { departmentId: string }[] = await this.db.query(
      `SELECT department_id AS "departmentId" FROM suggestion_departments
        WHERE suggestion_id = $1 AND (role = 'lead' OR countersigned_at IS NULL)`,
      [suggestionId],
    );
    return rows.map((r) => r.departmentId);
  }

  /** Departments still owing an answer (the lead, or a co-handler yet to countersign) on overdue suggestions. */
  async overdueByDepartment(regionCode: string): Promise<OverdueDepartment[]> {
    const rows: { departmentId: string; name: string; overdue: number; oldest: Date }[] = await this.db.query(
      `SELECT d.department_id AS "departmentId", d.department_name AS name, count(*)::int AS overdue, min(s.due_at) AS oldest
         FROM suggestions s
         JOIN suggestion_departments d ON d.suggestion_id = s.id AND (d.role = 'lead' OR d.countersigned_at IS NULL)
        WHERE s.status = 'assigned' AND s.due_at < now() AND s.region_code LIKE $1
        GROUP BY d.department_id, d.department_name
        ORDER BY 3 DESC, 4, 2`,
      [regionLikePattern(regionCode)],
    );
    return rows.map((r) => ({
      departmentId: r.departmentId,
      name: r.name,
      overdue: r.overdue,
      oldestDueAt: new Date(r.oldest).toISOString(),
    }));
  }

  async recentReminders(regionCode: string, limit = 100): Promise<SentReminder[]> {
    const rows: {
      suggestionId: string;
      kind: string;
      day: string;
      sentAt: Date;
      sessionTitle: string;
      content: string;
      dueAt: Date | null;
      departments: string[] | null;
    }[] = await this.db.query(
      `SELECT r.suggestion_id AS "suggestionId", r.kind, to_char(r.day, 'YYYY-MM-DD') AS day, r.sent_at AS "sentAt",
              s.session_title AS "sessionTitle", s.content, s.due_at AS "dueAt",
              (SELECT array_agg(d.department_name ORDER BY d.role DESC, d.department_name)
                 FROM suggestion_departments d
                WHERE d.suggestion_id = s.id AND (d.role = 'lead' OR d.countersigned_at IS NULL)) AS departments
         FROM suggestion_reminders r JOIN suggestions s ON s.id = r.suggestion_id
        WHERE s.region_code LIKE $1
        ORDER BY r.sent_at DESC, r.suggestion_id
        LIMIT $2`,
      [regionLikePattern(regionCode), limit],
    );
    return rows.map((r) => ({
      suggestionId: r.suggestionId,
      kind: r.kind,
      day: r.day,
      sentAt: new Date(r.sentAt).toISOString(),
      sessionTitle: r.sessionTitle,
      content: r.content,
      dueAt: r.dueAt ? new Date(r.dueAt).toISOString() : null,
      departments: r.departments ?? [],
    }));
  }
}
