import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { affectedRows, likeEscape, normalizeZh, regionLikePattern } from '@xs/platform';
import { boundingBox, distanceSql } from '../geo/coords';
import type { LatLng } from '../geo/coords';
import type { OpeningHours } from '../hours/opening-hours';
import type { WorkstationRow } from './workstation-view';

export const WS_COLS = `w.id, w.code, w.name, w.kind, w.region_code AS "regionCode", r.name AS "regionName",
  w.address, w.lat, w.lng, w.crs, w.wgs_lat AS "wgsLat", w.wgs_lng AS "wgsLng", w.sector,
  w.opening_hours AS "openingHours", w.capacity, w.contact_phone_enc AS "contactPhoneEnc", w.status,
  w.buffer_minutes AS "bufferMinutes", w.deleted_at AS "deletedAt", w.created_at AS "createdAt",
  w.updated_at AS "updatedAt"`;

/** Columns a write sets, in database names. */
export interface WorkstationWrite {
  code: string | null;
  name: string;
  kind: string;
  regionCode: string;
  address: string;
  lat: number | null;
  lng: number | null;
  crs: string | null;
  wgsLat: number | null;
  wgsLng: number | null;
  sector: string | null;
  openingHours: OpeningHours | null;
  capacity: number | null;
  contactPhoneEnc: string | null;
  contactPhoneBidx: string | null;
  status: string;
  bufferMinutes: number;
}

const WRITE_COLUMNS: [keyof WorkstationWrite, string][] = [
  ['code', 'code'],
  ['name', 'name'],
  ['kind', 'kind'],
  ['regionCode', 'region_code'],
  ['address', 'address'],
  ['lat', 'lat'],
  ['lng', 'lng'],
  ['crs', 'crs'],
  ['wgsLat', 'wgs_lat'],
  ['wgsLng', 'wgs_lng'],
  ['sector', 'sector'],
  ['openingHours', 'opening_hours'],
  ['capacity', 'capacity'],
  ['contactPhoneEnc', 'contact_phone_enc'],
  ['contactPhoneBidx', 'contact_phone_bidx'],
  ['status', 'status'],
  ['bufferMinutes', 'buffer_minutes'],
];

export function nameNorm(w: Pick<WorkstationWrite, 'name' | 'address'>): string {
  return normalizeZh(`${w.name} ${w.address}`);
}

export interface WorkstationFilter {
  region: string;
  kind?: string;
  sector?: string;
  q?: string;
  status?: string;
  near?: LatLng;
  radiusKm?: number;
  offset: number;
  limit: number;
  /** Benchmarks compare against a plan without the trigram index. */
  withMemberCount?: boolean;
}

@Injectable()
export class WorkstationsRepository {
  constructor(private readonly db: DataSource) {}

  async insert(m: EntityManager | undefined, w: WorkstationWrite): Promise<string> {
    const cols = WRITE_COLUMNS.map(([, c]) => c);
    const values = WRITE_COLUMNS.map(([k]) => (k === 'openingHours' && w[k] ? JSON.stringify(w[k]) : w[k]));
    const rows: { id: string }[] = await (m ?? this.db).query(
      `INSERT INTO workstations (${cols.join(', ')}, name_norm)
       VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}, $${cols.length + 1}) RETURNING id`,
      [...values, nameNorm(w)],
    );
    return rows[0].id;
  }

  async update(m: EntityManager | undefined, id: string, w: WorkstationWrite): Promise<boolean> {
    const sets = WRITE_COLUMNS.map(([, c], i) => `${c} = $${i + 2}`);
    const values = WRITE_COLUMNS.map(([k]) => (k === 'openingHours' && w[k] ? JSON.stringify(w[k]) : w[k]));
    const res = await (m ?? this.db).query(
      `UPDATE workstations SET ${sets.join(', ')}, name_norm = $${values.length + 2}, updated_at = now()
       WHERE id = $1 AND deleted_at IS NULL`,
      [id, ...values, nameNorm(w)],
    );
    return affectedRows(res) > 0;
  }

  async get(
    m: EntityManager | undefined,
    id: string,
  ): Promise<(WorkstationRow & { contactPhoneBidx?: string }) | null> {
    const rows: WorkstationRow[] = await (m ?? this.db).query(
      `SELECT ${WS_COLS}, (SELECT count(*) FROM workstation_members wm WHERE wm.workstation_id = w.id)::int AS "memberCount"
       FROM workstations w JOIN regions r ON r.code = w.region_code WHERE w.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async getForUpdate(m: EntityManager, id: string): Promise<WorkstationRow | null> {
    const rows: WorkstationRow[] = await m.query(
      `SELECT ${WS_COLS} FROM workstations w JOIN regions r ON r.code = w.region_code WHERE w.id = $1 FOR UPDATE OF w`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Marks deleted; the row stays so sessions held there remain readable. */
  async softDelete(m: EntityManager | undefined, id: string): Promise<boolean> {
    const res = await (m ?? this.db).query(
      `UPDATE workstations SET deleted_at = now(), updated_at = now() WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return affectedRows(res) > 0;
  }

  async list(f: WorkstationFilter): Promise<{ items: WorkstationRow[]; total: number }> {
    const params: unknown[] = [regionLikePattern(f.region)];
    const where = [`w.deleted_at IS NULL`, `w.region_code LIKE $1`];
    const add = (sql: (n: number) => string, v: unknown) => {
      params.push(v);
      where.push(sql(params.length));
    };
    if (f.kind) add((n) => `w.kind = $${n}`, f.kind);
    if (f.sector) add((n) => `w.sector = $${n}`, f.sector);
    if (f.status) add((n) => `w.status = $${n}`, f.status);
    if (f.q) add((n) => `w.name_norm LIKE $${n}`, `%${likeEscape(normalizeZh(f.q))}%`);
    let distance = 'NULL::float8';
    let order = 'h.region_code, h.name, h.id';
    if (f.near) {
      params.push(f.near.lat, f.near.lng);
      const la = `$${params.length - 1}::float8`;
      const ln = `$${params.length}::float8`;
      distance = distanceSql('w.wgs_lat', 'w.wgs_lng', la, ln);
      order = `h.dist ASC NULLS LAST, h.name, h.id`;
      if (f.radiusKm !== undefined) {
        const b = boundingBox(f.near, f.radiusKm);
        params.push(b.minLat, b.maxLat, b.minLng, b.maxLng, f.radiusKm);
        const n = params.length;
        where.push(
          `w.wgs_lat BETWEEN $${n - 4} AND $${n - 3}`,
          `w.wgs_lng BETWEEN $${n - 2} AND $${n - 1}`,
          `${distance} <= $${n}`,
        );
      }
    }
    params.push(f.limit, f.offset);
    const memberCount = f.withMemberCount
      ? `, (SELECT count(*) FROM workstation_members wm WHERE wm.workstation_id = w.id)::int AS "memberCount"`
      : '';
    // Filter once, count the hits, and read full rows (and member counts) for the requested page only.
    const rows: (WorkstationRow & { total: string; hit: string | null })[] = await this.db.query(
      `WITH hits AS (
         SELECT w.id, w.region_code, w.name, ${distance} AS dist FROM workstations w WHERE ${where.join(' AND ')}
       )
       SELECT c.total, h.id AS hit, ${WS_COLS}, h.dist AS "distanceKm" ${memberCount}
       FROM (SELECT count(*) AS total FROM hits) c
       LEFT JOIN LATERAL (SELECT * FROM hits h ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}) h ON true
       LEFT JOIN workstations w ON w.id = h.id
       LEFT JOIN regions r ON r.code = w.region_code
       ORDER BY ${order}`,
      params,
    );
    return {
      items: rows
        .filter((w) => w.hit !== null)
        .map(({ total: _t, hit: _h, ...w }) => ({ ...w, distanceKm: f.near ? w.distanceKm : undefined })),
      total: rows.length ? Number(rows[0].total) : 0,
    };
  }

  async activeIdsInRegion(region: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM workstations WHERE region_code LIKE $1 AND deleted_at IS NULL AND status = 'active'
       ORDER BY created_at, id`,
      [regionLikePattern(region)],
    );
    return rows.map((r) => r.id);
  }
}
