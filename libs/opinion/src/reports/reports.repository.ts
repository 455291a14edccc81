import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { regionLikePattern, returningRows } from '@xs/platform';
import type { ReportStatus } from './opinion-report.entity';

export interface ReportRow {
  id: string;
  regionCode: string;
  title: string;
  situation: string;
  analysis: string;
  suggestions: string;
  status: ReportStatus;
  authorId: string;
  authorMemberId: string | null;
  authorName: string;
  returnComment: string | null;
  issueId: string | null;
  mergedInto: string | null;
  submittedAt: Date | null;
  adoptedAt: Date | null;
  suggestionId: string | null;
  assignedAt: Date | null;
  createdAt: Date;
  entryIds: string[];
  instructions: { id: string; by: string; text: string; at: string; recordedAt: string }[];
  cosigners: { memberId: string; name: string }[];
  /** The entries it carries, for the reader (the phone still encrypted; the service masks it). */
  entries: {
    id: string;
    text: string;
    category: string;
    community: string | null;
    phoneEnc: string | null;
    source: string;
    createdAt: string;
  }[];
}

const COLS = `r.id, r.region_code AS "regionCode", r.title, r.situation, r.analysis, r.suggestions, r.status,
  r.author_id AS "authorId", r.author_member_id AS "authorMemberId", r.author_name AS "authorName",
  r.return_comment AS "returnComment", r.issue_id AS "issueId", r.merged_into AS "mergedInto",
  r.submitted_at AS "submittedAt", r.adopted_at AS "adoptedAt", r.created_at AS "createdAt",
  r.suggestion_id AS "suggestionId", r.assigned_at AS "assignedAt",
  COALESCE((SELECT json_agg(json_build_object('id', i.id, 'by', i.by_name, 'text', i.text, 'at', i.at,
       'recordedAt', i.created_at) ORDER BY i.at, i.id)
     FROM opinion_report_instructions i WHERE i.report_id = r.id), '[]') AS instructions,
  COALESCE((SELECT array_agg(e.entry_id ORDER BY e.entry_id) FROM opinion_report_entries e WHERE e.report_id = r.id), '{}') AS "entryIds",
  COALESCE((SELECT json_agg(json_build_object('memberId', c.member_id, 'name', c.member_name) ORDER BY c.member_name)
     FROM opinion_report_cosigners c WHERE c.report_id = r.id), '[]') AS cosigners,
  COALESCE((SELECT json_agg(json_build_object('id', e.id, 'text', e.text, 'category', e.category,
       'community', e.community, 'phoneEnc', e.phone_enc, 'source', e.source, 'createdAt', e.created_at)
       ORDER BY e.created_at, e.id)
     FROM opinion_report_entries re JOIN opinion_entries e ON e.id = re.entry_id WHERE re.report_id = r.id), '[]') AS entries`;

export interface ReportFilter {
  region: string;
  viewer: string;
  /** Staff see everything submitted in the region plus their own drafts; members only their own. */
  staff: boolean;
  status?: string;
  issue?: string;
  offset: number;
  limit: number;
}

@Injectable()
export class ReportsRepository {
  constructor(private readonly db: DataSource) {}

  async insert(
    m: EntityManager,
    r: {
      regionCode: string;
      title: string;
      situation: string;
      analysis: string;
      suggestions: string;
      authorId: string;
      authorMemberId: string | null;
      authorName: string;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO opinion_reports (region_code, title, situation, analysis, suggestions, author_id, author_member_id, author_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        r.regionCode,
        r.title,
        r.situation,
        r.analysis,
        r.suggestions,
        r.authorId,
        r.authorMemberId,
        r.authorName,
      ],
    );
    return rows[0].id;
  }

  async linkEntries(m: EntityManager, reportId: string, entryIds: string[]): Promise<void> {
    if (entryIds.length)
      await m.query(
        `INSERT INTO opinion_report_entries (report_id, entry_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [reportId, entryIds],
      );
  }

  async addCosigners(
    m: EntityManager,
    reportId: string,
    cs: { memberId: string; name: string }[],
  ): Promise<void> {
    if (cs.length)
      await m.query(
        `INSERT INTO opinion_report_cosigners (report_id, member_id, member_name)
         SELECT $1, unnest($2::uuid[]), unnest($3::varchar[]) ON CONFLICT DO NOTHING`,
        [reportId, cs.map((c) => c.memberId), cs.map((c) => c.name)],
      );
  }

  /** The author edits who co-signs a draft: the set is replaced. */
  async replaceCosigners(
    m: EntityManager,
    reportId: string,
    cs: { memberId: string; name: string }[],
  ): Promise<void> {
    await m.query(`DELETE FROM opinion_report_cosigners WHERE report_id = $1`, [reportId]);
    await this.addCosigners(m, reportId, cs);
  }

  async get(m: EntityManager | undefined, id: string, lock = false): Promise<ReportRow | null> {
    const rows: ReportRow[] = await (m ?? this.db).query(
      `SELECT ${COLS} FROM opinion_reports r WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async list(f: ReportFilter): Promise<{ items: ReportRow[]; total: number }> {
    const params: unknown[] = [regionLikePattern(f.region), f.viewer];
    const where = [
      `r.region_code LIKE $1`,
      f.staff ? `(r.author_id = $2 OR r.status <> 'draft')` : `r.author_id = $2`,
    ];
    if (f.status) {
      params.push(f.status);
      where.push(`r.status = $${params.length}`);
    }
    if (f.issue) {
      params.push(f.issue);
      where.push(`r.issue_id = $${params.length}`);
    }
    params.push(f.limit, f.offset);
    const rows: (ReportRow & { total: string })[] = await this.db.query(
      `SELECT ${COLS}, count(*) OVER () AS total FROM opinion_reports r WHERE ${where.join(' AND ')}
       ORDER BY r.created_at DESC, r.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async byIssue(m: EntityManager | undefined, issueId: string): Promise<ReportRow[]> {
    return (m ?? this.db).query(
      `SELECT ${COLS} FROM opinion_reports r WHERE r.issue_id = $1 AND r.status = 'adopted' ORDER BY r.adopted_at, r.id`,
      [issueId],
    );
  }

  async updateText(
    m: EntityManager,
    id: string,
    t: { title?: string; situation?: string; analysis?: string; suggestions?: string },
  ): Promise<void> {
    await m.query(
      `UPDATE opinion_reports SET title = COALESCE($2, title), situation = COALESCE($3, situation),
         analysis = COALESCE($4, analysis), suggestions = COALESCE($5, suggestions), updated_at = now() WHERE id = $1`,
      [id, t.title ?? null, t.situation ?? null, t.analysis ?? null, t.suggestions ?? null],
    );
  }

  /** Moves a report from one of `from` to `to`; false when it was in no such state (a concurrent change). */
  async transition(
    m: EntityManager | undefined,
    id: string,
    from: ReportStatus[],
    to: ReportStatus,
    set: { returnComment?: string; issueId?: string; mergedInto?: string },
  ): Promise<boolean> {
    const res: unknown = await (m ?? this.db).query(
      `UPDATE opinion_reports SET status = $3::varchar,
         return_comment = CASE WHEN $3::varchar = 'returned' THEN $4::text ELSE return_comment END,
         issue_id = COALESCE($5::uuid, issue_id), merged_into = COALESCE($6::uuid, merged_into),
         submitted_at = CASE WHEN $3::varchar = 'submitted' THEN now() ELSE submitted_at END,
         adopted_at = CASE WHEN $3::varchar = 'adopted' THEN now() ELSE adopted_at END,
         updated_at = now()
       WHERE id = $1 AND status = ANY($2::varchar[]) RETURNING id`,
      [id, from, to, set.returnComment ?? null, set.issueId ?? null, set.mergedInto ?? null],
    );
    return returningRows(res).length === 1;
  }

  async addInstruction(
    m: EntityManager,
    i: { reportId: string; by: string; text: string; at: Date; recordedBy: string },
  ): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO opinion_report_instructions (report_id, by_name, text, at, recorded_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [i.reportId, i.by, i.text, i.at, i.recordedBy],
    );
    return rows[0].id;
  }

  async setAssigned(m: EntityManager, id: string, suggestionId: string): Promise<void> {
    await m.query(
      `UPDATE opinion_reports SET suggestion_id = $2, assigned_at = now(), updated_at = now() WHERE id = $1`,
      [id, suggestionId],
    );
  }

  /**
   * A merged report's entries and co-signers move to the report it was merged into, and its author (a
   * member other than the target's author) signs the merged report too.
   */
  async absorb(m: EntityManager, targetId: string, sourceIds: string[]): Promise<void> {
    await m.query(
      `INSERT INTO opinion_report_entries (report_id, entry_id)
       SELECT $1, entry_id FROM opinion_report_entries WHERE report_id = ANY($2) ON CONFLICT DO NOTHING`,
      [targetId, sourceIds],
    );
    await m.query(
      `INSERT INTO opinion_report_cosigners (report_id, member_id, member_name)
       SELECT $1::uuid, member_id, member_name FROM opinion_report_cosigners WHERE report_id = ANY($2::uuid[])
       UNION
       SELECT $1::uuid, s.author_member_id, s.author_name FROM opinion_reports s
       WHERE s.id = ANY($2::uuid[]) AND s.author_member_id IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [targetId, sourceIds],
    );
    // The target's own author is not their own co-signer.
    await m.query(
      `DELETE FROM opinion_report_cosigners c USING opinion_reports r
       WHERE c.report_id = $1 AND r.id = $1 AND c.member_id = r.author_member_id`,
      [targetId],
    );
  }
}
