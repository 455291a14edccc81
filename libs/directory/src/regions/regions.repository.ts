import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { likeEscape, normalizeZh, regionLikePattern } from '@xs/platform';
import { Region } from './region.entity';

export interface RegionRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

const COLS = `code, name, level, parent_code AS "parentCode"`;

@Injectable()
export class RegionsRepository {
  constructor(private readonly db: DataSource) {}

  async get(m: EntityManager | undefined, code: string): Promise<RegionRow | null> {
    const rows: RegionRow[] = await (m ?? this.db).query(`SELECT ${COLS} FROM regions WHERE code = $1`, [
      code,
    ]);
    return rows[0] ?? null;
  }

  async names(codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows: { code: string; name: string }[] = await this.db.query(
      `SELECT code, name FROM regions WHERE code = ANY($1)`,
      [[...new Set(codes)]],
    );
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** Every known code (for validating imports in memory). */
  async allCodes(m?: EntityManager): Promise<Set<string>> {
    const rows: { code: string }[] = await (m ?? this.db).query(`SELECT code FROM regions`);
    return new Set(rows.map((r) => r.code));
  }

  async list(f: {
    parent?: string;
    within?: string;
    level?: string;
    q?: string;
    offset: number;
    limit: number;
  }): Promise<{ items: RegionRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.parent !== undefined) {
      params.push(f.parent);
      where.push(`parent_code = $${params.length}`);
    }
    if (f.within) {
      params.push(regionLikePattern(f.within));
      where.push(`code LIKE $${params.length}`);
    }
    if (f.level) {
      params.push(f.level);
      where.push(`level = $${params.length}`);
    }
    if (f.q) {
      params.push(`%${likeEscape(normalizeZh(f.q))}%`);
      where.push(`name_norm LIKE $${params.length}`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    params.push(f.limit, f.offset);
    const rows: (RegionRow & { total: string })[] = await this.db.query(
      `SELECT ${COLS}, count(*) OVER () AS total FROM regions ${w}
       ORDER BY code LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async insert(r: RegionRow): Promise<void> {
    await this.db.getRepository(Region).insert({ ...r, nameNorm: normalizeZh(r.name) });
  }

  /** The chain from the root down to the region itself. */
  async ancestors(code: string): Promise<RegionRow[]> {
    return this.db.query(
      `WITH RECURSIVE up AS (
         SELECT code, name, level, parent_code, 0 AS depth FROM regions WHERE code = $1
         UNION ALL
         SELECT r.code, r.name, r.level, r.parent_code, up.depth + 1 FROM regions r JOIN up ON r.code = up.parent_code
       ) SELECT code, name, level, parent_code AS "parentCode" FROM up ORDER BY depth DESC`,
      [code],
    );
  }
}
