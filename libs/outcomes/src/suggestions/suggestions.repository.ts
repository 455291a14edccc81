import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { camelRows, regionLikePattern, returningRows } from '@xs/platform';
import type { Rating, SuggestionStatus } from './suggestion.entity';

/** A suggestion as read back for views and exports (snake_case straight from SQL). */
export interface SuggestionRow {
  id: string;
  origin: 'session' | 'report';
  /** Null when the suggestion carries a 社情民意 report (`report_id`). */
  sessionId: string | null;
  reportId: string | null;
  regionCode: string;
  sessionTitle: string;
  sessionStartsAt: Date;
  organiserId: string | null;
  content: string;
  status: SuggestionStatus;
  dueAt: Date | null;
  sourceMessageId: string | null;
  sourceQuestionId: string | null;
  sourceUserId: string | null;
  createdBy: string;
  createdAt: Date;
  assignedAt: Date | null;
  repliedAt: Date | null;
  completedAt: Date | null;
  rejectedAt: Date | null;
  rejectReason: string | null;
  replyGrade: 'A' | 'B' | 'C' | null;
  replyContent: string | null;
  replyAdopted: boolean | null;
  replyBy: string | null;
  replySubmittedAt: Date | null;
  replyContactPhoneEnc: string | null;
  departments: {
    id: string;
    name: string;
    role: 'lead' | 'co';
    countersignedAt: string | null;
    countersignOpinion: string | null;
  }[];
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

export interface SuggestionFilter {
  regionCode?: string;
  departmentId?: string;
  status?: SuggestionStatus;
  overdue?: boolean;
  dueWithinDays?: number;
  sessionId?: string;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

/** Columns of a suggestion with its departments and rating counts; `s` is the suggestion alias. */
export const SUGGESTION_SELECT = `
  s.*,
  coalesce((SELECT json_agg(json_build_object('id', d.department_id, 'name', d.department_name, 'role', d.role,
                   'countersignedAt', d.countersigned_at, 'countersignOpinion', d.countersign_opinion)
                   ORDER BY d.role DESC, d.department_name)
              FROM suggestion_departments d WHERE d.suggestion_id = s.id), '[]'::json) AS departments,
  s.rated_satisfied AS satisfied, s.rated_basically AS basically_satisfied, s.rated_unsatisfied AS unsatisfied`;

/** What a step of the handling flow records beside the status (never the status itself). */
export interface SuggestionPatch {
  dueAt?: Date;
  assignedAt?: Date;
  completedAt?: Date;
  rejectedAt?: Date;
  rejectReason?: string;
  replyGrade?: 'A' | 'B' | 'C';
  replyContent?: string;
  replyAdopted?: boolean;
  replyBy?: string;
  replySubmittedAt?: Date;
  replyContactPhoneEnc?: string | null;
  repliedAt?: Date;
}
const PATCH_COLUMNS: Record<keyof SuggestionPatch, string> = {
  dueAt: 'due_at',
  assignedAt: 'assigned_at',
  completedAt: 'completed_at',
  rejectedAt: 'rejected_at',
  rejectReason: 'reject_reason',
  replyGrade: 'reply_grade',
  replyContent: 'reply_content',
  replyAdopted: 'reply_adopted',
  replyBy: 'reply_by',
  replySubmittedAt: 'reply_submitted_at',
  replyContactPhoneEnc: 'reply_contact_phone_enc',
  repliedAt: 'replied_at',
};
/** `col = $n` for each field the patch sets, numbered from `first`. */
function patchSql(patch: SuggestionPatch, first: number): { sets: string[]; values: unknown[] } {
  const keys = (Object.keys(PATCH_COLUMNS) as (keyof SuggestionPatch)[]).filter(
    (k) => patch[k] !== undefined,
  );
  return {
    sets: keys.map((k, i) => `${PATCH_COLUMNS[k]} = $${first + i}`),
    values: keys.map((k) => patch[k]),
  };
}

@Injectable()
export class SuggestionsRepository {
  constructor(private readonly db: DataSource) {}

  private m(m?: EntityManager): EntityManager {
    return m ?? this.db.manager;
  }

  async insert(
    m: EntityManager,
    s: {
      /** Exactly one of the two: a session's suggestion or a report handed to departments. */
      sessionId: string | null;
      reportId?: string | null;
      regionCode: string;
      sessionTitle: string;
      sessionStartsAt: Date;
      organiserId: string | null;
      content: string;
      dueAt: Date | null;
      sourceMessageId: string | null;
      sourceQuestionId: string | null;
      sourceUserId: string | null;
      createdBy: string;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO suggestions (session_id, region_code, session_title, session_starts_at, organiser_id, content,
          due_at, source_message_id, source_question_id, source_user_id, created_by, origin, report_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        s.sessionId,
        s.regionCode,
        s.sessionTitle.slice(0, 300),
        s.sessionStartsAt,
        s.organiserId,
        s.content,
        s.dueAt,
        s.sourceMessageId,
        s.sourceQuestionId,
        s.sourceUserId,
        s.createdBy,
        s.reportId ? 'report' : 'session',
        s.reportId ?? null,
      ],
    );
    return rows[0].id;
  }

  /** Replaces the departments: the first is the lead (主办), the others co-handle (协办). */
  async setDepartments(
    m: EntityManager,
    id: string,
    departments: { id: string; name: string }[],
  ): Promise<void> {
    await m.query(`DELETE FROM suggestion_departments WHERE suggestion_id = $1`, [id]);
    if (!departments.length) return;
    await m.query(
      `INSERT INTO suggestion_departments (suggestion_id, department_id, role, department_name)
       SELECT $1, d.id, CASE WHEN d.ord = 1 THEN 'lead' ELSE 'co' END, d.name
         FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS d(id, name, ord)`,
      [id, departments.map((d) => d.id), departments.map((d) => d.name.slice(0, 200))],
    );
  }

  async lock(m: EntityManager, id: string): Promise<SuggestionRow | null> {
    const locked: unknown[] = await m.query(`SELECT id FROM suggestions WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked.length) return null;
    return this.get(m, id);
  }

  async get(m: EntityManager | undefined, id: string): Promise<SuggestionRow | null> {
    const rows = camelRows<SuggestionRow>(
      await this.m(m).query(`SELECT ${SUGGESTION_SELECT} FROM suggestions s WHERE s.id = $1`, [id]),
    );
    return rows[0] ?? null;
  }

  async list(f: SuggestionFilter): Promise<{ items: SuggestionRow[]; total: number }> {
    const where: string[] = [];
    const args: unknown[] = [];
    const arg = (v: unknown) => {
      args.push(v);
      return `$${args.length}`;
    };
    if (f.regionCode) where.push(`s.region_code LIKE ${arg(regionLikePattern(f.regionCode))}`);
    if (f.departmentId)
      where.push(
        `EXISTS (SELECT 1 FROM suggestion_departments d WHERE d.suggestion_id = s.id AND d.department_id = ${arg(f.departmentId)})`,
      );
    if (f.status) where.push(`s.status = ${arg(f.status)}`);
    if (f.sessionId) where.push(`s.session_id = ${arg(f.sessionId)}`);
    if (f.from) where.push(`s.session_starts_at >= ${arg(f.from)}`);
    if (f.to) where.push(`s.session_starts_at < ${arg(f.to)}`);
    if (f.overdue) where.push(`s.status = 'assigned' AND s.due_at < now()`);
    if (f.dueWithinDays !== undefined)
      where.push(
        `s.status = 'assigned' AND s.due_at >= now() AND s.due_at < now() + make_interval(days => ${arg(f.dueWithinDays)})`,
      );
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM suggestions s ${w}`,
      args,
    );
    const order =
      f.overdue || f.dueWithinDays !== undefined ? 's.due_at ASC, s.id' : 's.created_at DESC, s.id';
    const items = camelRows<SuggestionRow>(
      await this.db.query(
        `SELECT ${SUGGESTION_SELECT} FROM suggestions s ${w} ORDER BY ${order} LIMIT ${arg(f.limit)} OFFSET ${arg(f.offset)}`,
        args,
      ),
    );
    return { items, total: total[0].n };
  }

  /** The suggestion carrying a report, if the report was assigned. */
  async byReport(m: EntityManager | undefined, reportId: string): Promise<SuggestionRow | null> {
    const rows = camelRows<SuggestionRow>(
      await this.m(m).query(`SELECT ${SUGGESTION_SELECT} FROM suggestions s WHERE s.report_id = $1`, [
        reportId,
      ]),
    );
    return rows[0] ?? null;
  }

  /** Status of the suggestions carrying these reports (for the opinion context's views and figures). */
  reportStatuses(reportIds: string[]): Promise<{ reportId: string; id: string; status: SuggestionStatus }[]> {
    return this.db.query(
      `SELECT report_id AS "reportId", id, status FROM suggestions WHERE report_id = ANY($1::uuid[])`,
      [reportIds],
    );
  }

  async bySession(sessionId: string): Promise<SuggestionRow[]> {
    return camelRows<SuggestionRow>(
      await this.db.query(
        `SELECT ${SUGGESTION_SELECT} FROM suggestions s WHERE s.session_id = $1 ORDER BY s.created_at, s.id`,
        [sessionId],
      ),
    );
  }

  async setStatus(m: EntityManager, id: string, to: SuggestionStatus, patch: SuggestionPatch): Promise<void> {
    const { sets, values } = patchSql(patch, 3);
    await m.query(
      `UPDATE suggestions SET status = $2, updated_at = now()${sets.length ? ', ' + sets.join(', ') : ''} WHERE id = $1`,
      [id, to, ...values],
    );
  }

  async update(m: EntityManager, id: string, patch: SuggestionPatch): Promise<void> {
    const { sets, values } = patchSql(patch, 2);
    await m.query(
      `UPDATE suggestions SET updated_at = now()${sets.map((s) => `, ${s}`).join('')} WHERE id = $1`,
      [id, ...values],
    );
  }

  async transition(
    m: EntityManager,
    t: {
      suggestionId: string;
      from: SuggestionStatus | null;
      to: SuggestionStatus;
      actorId: string | null;
      actorName: string | null;
      note?: string | null;
    },
  ): Promise<void> {
    await m.query(
      `INSERT INTO suggestion_transitions (suggestion_id, from_status, to_status, actor_id, actor_name, note)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [t.suggestionId, t.from, t.to, t.actorId, t.actorName?.slice(0, 100) ?? null, t.note ?? null],
    );
  }

  transitions(id: string): Promise<
    {
      fromStatus: string | null;
      toStatus: string;
      actorId: string | null;
      actorName: string | null;
      at: Date;
      note: string | null;
    }[]
  > {
    return this.db.query(
      `SELECT from_status AS "fromStatus", to_status AS "toStatus", actor_id AS "actorId", actor_name AS "actorName", at, note
         FROM suggestion_transitions
        WHERE suggestion_id = $1 ORDER BY at, id`,
      [id],
    );
  }

  async resetCountersigns(m: EntityManager, id: string): Promise<void> {
    await m.query(
      `UPDATE suggestion_departments SET countersigned_at = NULL, countersigned_by = NULL, countersign_opinion = NULL
        WHERE suggestion_id = $1`,
      [id],
    );
  }

  /** Marks a co-department's countersignature; answers how many co-departments still have to sign. */
  async countersign(
    m: EntityManager,
    id: string,
    departmentId: string,
    by: string,
    opinion: string | null,
  ): Promise<{ signed: boolean; remaining: number }> {
    const signed = returningRows<{ departmentId: string }>(
      await m.query(
        `UPDATE suggestion_departments SET countersigned_at = now(), countersigned_by = $3, countersign_opinion = $4
          WHERE suggestion_id = $1 AND department_id = $2 AND role = 'co' AND countersigned_at IS NULL
          RETURNING department_id AS "departmentId"`,
        [id, departmentId, by, opinion],
      ),
    );
    const rest: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM suggestion_departments WHERE suggestion_id = $1 AND role = 'co' AND countersigned_at IS NULL`,
      [id],
    );
    return { signed: signed.length === 1, remaining: rest[0].n };
  }

  /** One rating per person (unique constraint) and the suggestion's counters, in one transaction. */
  async rate(suggestionId: string, userId: string, rating: Rating, comment: string | null): Promise<string> {
    const counter = {
      satisfied: 'rated_satisfied',
      basically_satisfied: 'rated_basically',
      unsatisfied: 'rated_unsatisfied',
    }[rating];
    return this.db.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO suggestion_ratings (suggestion_id, user_id, rating, comment) VALUES ($1, $2, $3, $4) RETURNING id`,
        [suggestionId, userId, rating, comment],
      );
      await m.query(`UPDATE suggestions SET ${counter} = ${counter} + 1 WHERE id = $1`, [suggestionId]);
      return rows[0].id;
    });
  }

  countFromUser(userId: string, from: Date, to: Date): Promise<{ total: number; adopted: number }[]> {
    return this.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE reply_adopted AND status IN ('replied', 'completed'))::int AS adopted
         FROM suggestions WHERE source_user_id = $1 AND created_at >= $2 AND created_at < $3 AND status <> 'rejected'`,
      [userId, from, to],
    );
  }
}
