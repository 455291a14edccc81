import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { affectedRows, regionLikePattern } from '@xs/platform';
import type { EntryDisposition, EntrySource } from './opinion-entry.entity';

export interface EntryRow {
  id: string;
  workstationId: string;
  regionCode: string;
  text: string;
  category: string;
  community: string | null;
  phoneEnc: string | null;
  photos: string[];
  source: EntrySource;
  disposition: EntryDisposition;
  answer: string | null;
  memberId: string | null;
  topicId: string | null;
  createdBy: string;
  createdAt: Date;
}

const COLS = `id, workstation_id AS "workstationId", region_code AS "regionCode", text, category, community,
  phone_enc AS "phoneEnc", photos, source, disposition, answer, member_id AS "memberId", topic_id AS "topicId",
  created_by AS "createdBy", created_at AS "createdAt"`;

export interface EntryFilter {
  region: string;
  workstation?: string;
  /** Only entries recorded at these places (a workstation manager's own). */
  workstationIds?: string[];
  category?: string;
  from?: Date;
  to?: Date;
  /** Only this author's entries (members see their own). */
  createdBy?: string;
  offset: number;
  limit: number;
}

@Injectable()
export class EntriesRepository {
  constructor(private readonly db: DataSource) {}

  async insert(
    m: EntityManager | undefined,
    e: {
      workstationId: string;
      regionCode: string;
      text: string;
      category: string;
      community: string | null;
      phoneEnc: string | null;
      phoneBidx: string | null;
      photos: string[];
      source: EntrySource;
      createdBy: string;
      memberId: string | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await (m ?? this.db).query(
      `INSERT INTO opinion_entries (workstation_id, region_code, text, category, community, phone_enc, phone_bidx,
         photos, source, created_by, member_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11) RETURNING id`,
      [
        e.workstationId,
        e.regionCode,
        e.text,
        e.category,
        e.community,
        e.phoneEnc,
        e.phoneBidx,
        JSON.stringify(e.photos),
        e.source,
        e.createdBy,
        e.memberId,
      ],
    );
    return rows[0].id;
  }

  async get(m: EntityManager | undefined, id: string): Promise<EntryRow | null> {
    const rows: EntryRow[] = await (m ?? this.db).query(`SELECT ${COLS} FROM opinion_entries WHERE id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async getMany(m: EntityManager | undefined, ids: string[]): Promise<EntryRow[]> {
    if (!ids.length) return [];
    return (m ?? this.db).query(`SELECT ${COLS} FROM opinion_entries WHERE id = ANY($1)`, [ids]);
  }

  async list(f: EntryFilter): Promise<{ items: EntryRow[]; total: number }> {
    const params: unknown[] = [regionLikePattern(f.region)];
    const where = [`region_code LIKE $1`];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.workstation) add('workstation_id = ?', f.workstation);
    if (f.workstationIds) add('workstation_id = ANY(?::uuid[])', f.workstationIds);
    if (f.category) add('category = ?', f.category);
    if (f.from) add('created_at >= ?', f.from);
    if (f.to) add('created_at < ?', f.to);
    if (f.createdBy) add('created_by = ?', f.createdBy);
    params.push(f.limit, f.offset);
    const rows: (EntryRow & { total: string })[] = await this.db.query(
      `SELECT ${COLS}, count(*) OVER () AS total FROM opinion_entries WHERE ${where.join(' AND ')}
       ORDER BY created_at DESC, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Open (or already reported) entries go into a report; answered ones stay answered. */
  async markReported(m: EntityManager, ids: string[]): Promise<void> {
    if (ids.length)
      await m.query(
        `UPDATE opinion_entries SET disposition = 'reported' WHERE id = ANY($1) AND disposition = 'open'`,
        [ids],
      );
  }

  async lock(m: EntityManager, id: string): Promise<EntryRow | null> {
    const rows: EntryRow[] = await m.query(`SELECT ${COLS} FROM opinion_entries WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async markTopic(m: EntityManager, id: string, topicId: string): Promise<void> {
    await m.query(`UPDATE opinion_entries SET disposition = 'topic', topic_id = $2 WHERE id = $1`, [
      id,
      topicId,
    ]);
  }

  /** Answers an open entry; false when it was no longer open. */
  async answer(id: string, answer: string): Promise<boolean> {
    const res: unknown = await this.db.query(
      `UPDATE opinion_entries SET disposition = 'answered', answer = $2 WHERE id = $1 AND disposition = 'open'`,
      [id, answer],
    );
    return affectedRows(res) === 1;
  }
}
