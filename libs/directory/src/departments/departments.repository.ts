import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { likeEscape, normalizeZh, regionLikePattern } from '@xs/platform';
import { DepartmentView } from './departments.dto';

const COLS = `d.id, d.name, d.region_code AS "regionCode", r.name AS "regionName", d.created_at AS "createdAt"`;

@Injectable()
export class DepartmentsRepository {
  constructor(private readonly db: DataSource) {}

  async insert(m: EntityManager | undefined, name: string, regionCode: string): Promise<string> {
    const rows: { id: string }[] = await (m ?? this.db).query(
      `INSERT INTO departments (name, name_norm, region_code) VALUES ($1, $2, $3) RETURNING id`,
      [name, normalizeZh(name), regionCode],
    );
    return rows[0].id;
  }

  /** Renames or moves a department (the unique index on name and region refuses a duplicate). */
  async update(m: EntityManager, id: string, name: string, regionCode: string): Promise<void> {
    await m.query(`UPDATE departments SET name = $2, name_norm = $3, region_code = $4 WHERE id = $1`, [
      id,
      name,
      normalizeZh(name),
      regionCode,
    ]);
  }

  async getForUpdate(
    m: EntityManager,
    id: string,
  ): Promise<{ id: string; name: string; regionCode: string } | null> {
    const rows: { id: string; name: string; regionCode: string }[] = await m.query(
      `SELECT id, name, region_code AS "regionCode" FROM departments WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findByNameRegion(name: string, regionCode: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM departments WHERE name = $1 AND region_code = $2`,
      [name, regionCode],
    );
    return rows[0]?.id ?? null;
  }

  async get(id: string): Promise<DepartmentView | null> {
    const rows: DepartmentView[] = await this.db.query(
      `SELECT ${COLS} FROM departments d JOIN regions r ON r.code = d.region_code WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  getMany(ids: string[]): Promise<DepartmentView[]> {
    return this.db.query(
      `SELECT ${COLS} FROM departments d JOIN regions r ON r.code = d.region_code WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async list(f: {
    region: string;
    q?: string;
    offset: number;
    limit: number;
  }): Promise<{ items: DepartmentView[]; total: number }> {
    const params: unknown[] = [regionLikePattern(f.region)];
    let where = `d.region_code LIKE $1`;
    if (f.q) {
      params.push(`%${likeEscape(normalizeZh(f.q))}%`);
      where += ` AND d.name_norm LIKE $${params.length}`;
    }
    params.push(f.limit, f.offset);
    const rows: (DepartmentView & { total: string })[] = await this.db.query(
      `SELECT ${COLS}, count(*) OVER () AS total FROM departments d JOIN regions r ON r.code = d.region_code
       WHERE ${where} ORDER BY d.region_code, d.name LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(({ total: _t, ...d }) => d), total: rows.length ? Number(rows[0].total) : 0 };
  }
}
