import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { regionLikePattern, returningRows } from '@xs/platform';
import type { IssueStatus } from './opinion-issue.entity';

export interface IssueRow {
  id: string;
  regionCode: string;
  year: number;
  number: number;
  status: IssueStatus;
  correctsId: string | null;
  correctionNote: string | null;
  sendTo: string[];
  copyTo: string[];
  createdBy: string;
  sentAt: Date | null;
  createdAt: Date;
}

const COLS = `id, region_code AS "regionCode", year, number, status, corrects_id AS "correctsId",
  correction_note AS "correctionNote", send_to AS "sendTo", copy_to AS "copyTo", created_by AS "createdBy",
  sent_at AS "sentAt", created_at AS "createdAt"`;

@Injectable()
export class IssuesRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The next number of a committee's year. The upsert takes the counter row's lock until the caller's
   * transaction ends, so two staff creating issues at once get consecutive numbers, never the same.
   */
  async nextNumber(m: EntityManager, regionCode: string, year: number): Promise<number> {
    const rows: { last: number }[] = await m.query(
      `INSERT INTO opinion_issue_counters (region_code, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (region_code, year) DO UPDATE SET last_number = opinion_issue_counters.last_number + 1
       RETURNING last_number AS last`,
      [regionCode, year],
    );
    return rows[0].last;
  }

  async insert(
    m: EntityManager,
    i: {
      regionCode: string;
      year: number;
      number: number;
      correctsId: string | null;
      correctionNote: string | null;
      createdBy: string;
    },
  ): Promise<IssueRow> {
    const rows: IssueRow[] = await m.query(
      `INSERT INTO opinion_issues (region_code, year, number, corrects_id, correction_note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLS}`,
      [i.regionCode, i.year, i.number, i.correctsId, i.correctionNote, i.createdBy],
    );
    return rows[0];
  }

  async get(
    m: EntityManager | undefined,
    id: string,
    lock: 'share' | 'update' | null = null,
  ): Promise<IssueRow | null> {
    const rows: IssueRow[] = await (m ?? this.db).query(
      `SELECT ${COLS} FROM opinion_issues WHERE id = $1 ${lock === 'share' ? 'FOR SHARE' : lock === 'update' ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async list(f: {
    region: string;
    year?: number;
    offset: number;
    limit: number;
  }): Promise<{ items: IssueRow[]; total: number }> {
    const params: unknown[] = [regionLikePattern(f.region)];
    let where = `region_code LIKE $1`;
    if (f.year) {
      params.push(f.year);
      where += ` AND year = $2`;
    }
    params.push(f.limit, f.offset);
    const rows: (IssueRow & { total: string })[] = await this.db.query(
      `SELECT ${COLS}, count(*) OVER () AS total FROM opinion_issues WHERE ${where}
       ORDER BY year DESC, number DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Who the sent issue is delivered to (they may open its files). */
  async addRecipients(m: EntityManager, issueId: string, userIds: string[]): Promise<void> {
    if (userIds.length)
      await m.query(
        `INSERT INTO opinion_issue_recipients (issue_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [issueId, userIds],
      );
  }

  async isRecipient(issueId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM opinion_issue_recipients WHERE issue_id = $1 AND user_id = $2`,
      [issueId, userId],
    );
    return rows.length > 0;
  }

  /** Marks a compiling issue sent with its 报送/抄送 lines; null when it was already sent. */
  async markSent(m: EntityManager, id: string, sendTo: string[], copyTo: string[]): Promise<IssueRow | null> {
    const res: unknown = await m.query(
      `UPDATE opinion_issues SET status = 'sent', sent_at = now(), send_to = $2::jsonb, copy_to = $3::jsonb
       WHERE id = $1 AND status = 'compiling' RETURNING ${COLS}`,
      [id, JSON.stringify(sendTo), JSON.stringify(copyTo)],
    );
    return returningRows<IssueRow>(res)[0] ?? null;
  }
}
