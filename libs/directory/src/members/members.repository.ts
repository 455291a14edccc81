import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { affectedRows, likeEscape, normalizeZh, regionLikePattern } from '@xs/platform';

/** Characters and character pairs of a normalised name (the index of short Chinese names). */
export function nameGrams(norm: string): string[] {
  const s = norm.replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    out.add(s[i]);
    if (i + 1 < s.length) out.add(s.slice(i, i + 2));
  }
  return [...out];
}

/** The grams a query must all have: its pairs, or the single character. */
export function queryGrams(norm: string): string[] {
  const s = norm.replace(/\s+/g, '');
  if (s.length <= 1) return s ? [s] : [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

export interface MemberRow {
  id: string;
  code: string | null;
  name: string;
  level: string;
  sector: string | null;
  regionCode: string;
  regionName: string | null;
  party: string | null;
  phoneEnc: string | null;
  userId: string | null;
  createdAt: Date;
}

export interface MemberWrite {
  code: string | null;
  name: string;
  level: string;
  sector: string | null;
  regionCode: string;
  party: string | null;
  phoneEnc: string | null;
  phoneBidx: string | null;
  userId: string | null;
}

export const MEMBER_COLS = `m.id, m.code, m.name, m.level, m.sector, m.region_code AS "regionCode", r.name AS "regionName",
  m.party, m.phone_enc AS "phoneEnc", m.user_id AS "userId", m.created_at AS "createdAt"`;

const WRITE: [keyof MemberWrite, string][] = [
  ['code', 'code'],
  ['name', 'name'],
  ['level', 'level'],
  ['sector', 'sector'],
  ['regionCode', 'region_code'],
  ['party', 'party'],
  ['phoneEnc', 'phone_enc'],
  ['phoneBidx', 'phone_bidx'],
  ['userId', 'user_id'],
];

@Injectable()
export class MembersRepository {
  constructor(private readonly db: DataSource) {}

  async insert(m: EntityManager | undefined, w: MemberWrite): Promise<string> {
    const cols = WRITE.map(([, c]) => c);
    const rows: { id: string }[] = await (m ?? this.db).query(
      `INSERT INTO members (${cols.join(', ')}, name_norm, name_grams) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}, $${cols.length + 1}, $${cols.length + 2}) RETURNING id`,
      [...WRITE.map(([k]) => w[k]), normalizeZh(w.name), nameGrams(normalizeZh(w.name))],
    );
    return rows[0].id;
  }

  async update(m: EntityManager | undefined, id: string, w: MemberWrite): Promise<boolean> {
    const res = await (m ?? this.db).query(
      `UPDATE members SET ${WRITE.map(([, c], i) => `${c} = $${i + 2}`).join(', ')}, name_norm = $${WRITE.length + 2}, name_grams = $${WRITE.length + 3}, updated_at = now() WHERE id = $1`,
      [id, ...WRITE.map(([k]) => w[k]), normalizeZh(w.name), nameGrams(normalizeZh(w.name))],
    );
    return affectedRows(res) > 0;
  }

  async get(
    m: EntityManager | undefined,
    id: string,
  ): Promise<(MemberRow & { phoneBidx: string | null }) | null> {
    const rows = await (m ?? this.db).query(
      `SELECT ${MEMBER_COLS}, m.phone_bidx AS "phoneBidx" FROM members m JOIN regions r ON r.code = m.region_code WHERE m.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  getMany(m: EntityManager | undefined, ids: string[]): Promise<MemberRow[]> {
    return (m ?? this.db).query(
      `SELECT ${MEMBER_COLS} FROM members m JOIN regions r ON r.code = m.region_code WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async byUser(userId: string): Promise<MemberRow | null> {
    const rows = await this.db.query(
      `SELECT ${MEMBER_COLS} FROM members m JOIN regions r ON r.code = m.region_code WHERE m.user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async idsBySector(regionCode: string, sector: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM members WHERE region_code LIKE $1 AND sector = $2 ORDER BY name, id`,
      [regionLikePattern(regionCode), sector],
    );
    return rows.map((r) => r.id);
  }

  async list(f: {
    region: string;
    sector?: string;
    level?: string;
    q?: string;
    workstation?: string;
    /** Leaves out the member linked to this account (the caller looking for colleagues). */
    notUser?: string;
    offset: number;
    limit: number;
  }): Promise<{ items: MemberRow[]; total: number }> {
    const params: unknown[] = [regionLikePattern(f.region)];
    const where = [`m.region_code LIKE $1`];
    const add = (sql: (n: number) => string, v: unknown) => {
      params.push(v);
      where.push(sql(params.length));
    };
    if (f.sector) add((n) => `m.sector = $${n}`, f.sector);
    if (f.notUser) add((n) => `m.user_id IS DISTINCT FROM $${n}::uuid`, f.notUser);
    if (f.level) add((n) => `m.level = $${n}`, f.level);
    if (f.q) {
      const norm = normalizeZh(f.q);
      add((n) => `m.name_norm LIKE $${n}`, `%${likeEscape(norm)}%`);
      const grams = queryGrams(norm);
      if (grams.length) add((n) => `m.name_grams @> $${n}::text[]`, grams);
    }
    if (f.workstation)
      add(
        (n) =>
          `EXISTS (SELECT 1 FROM workstation_members wm WHERE wm.member_id = m.id AND wm.workstation_id = $${n})`,
        f.workstation,
      );
    params.push(f.limit, f.offset);
    const rows: (MemberRow & { total: string })[] = await this.db.query(
      `SELECT ${MEMBER_COLS}, count(*) OVER () AS total FROM members m JOIN regions r ON r.code = m.region_code
       WHERE ${where.join(' AND ')} ORDER BY m.region_code, m.name, m.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Names of the live workstations each member is assigned to (the co-signer lookup shows them). */
  async workstationNames(memberIds: string[]): Promise<Map<string, string[]>> {
    if (!memberIds.length) return new Map();
    const rows: { memberId: string; names: string[] }[] = await this.db.query(
      `SELECT wm.member_id AS "memberId", array_agg(w.name ORDER BY w.name) AS names
       FROM workstation_members wm JOIN workstations w ON w.id = wm.workstation_id
       WHERE wm.member_id = ANY($1::uuid[]) AND w.deleted_at IS NULL GROUP BY wm.member_id`,
      [memberIds],
    );
    return new Map(rows.map((r) => [r.memberId, r.names]));
  }

  async assignmentsOfMember(memberId: string): Promise<
    {
      id: string;
      name: string;
      kind: string;
      address: string;
      regionCode: string;
      role: string;
      status: string;
      deletedAt: Date | null;
    }[]
  > {
    return this.db.query(
      `SELECT w.id, w.name, w.kind, w.address, w.region_code AS "regionCode", wm.role, w.status,
              w.deleted_at AS "deletedAt"
       FROM workstation_members wm
       JOIN workstations w ON w.id = wm.workstation_id WHERE wm.member_id = $1 ORDER BY w.name`,
      [memberId],
    );
  }

  async assignmentsOfWorkstation(
    m: EntityManager | undefined,
    workstationId: string,
  ): Promise<(MemberRow & { role: string })[]> {
    return (m ?? this.db).query(
      `SELECT ${MEMBER_COLS}, wm.role FROM workstation_members wm JOIN members m ON m.id = wm.member_id
       JOIN regions r ON r.code = m.region_code WHERE wm.workstation_id = $1
       ORDER BY CASE wm.role WHEN 'convener' THEN 0 WHEN 'deputy' THEN 1 WHEN 'liaison' THEN 2 ELSE 3 END, m.name, m.id`,
      [workstationId],
    );
  }

  async assignedIds(workstationId: string): Promise<string[]> {
    const rows: { memberId: string }[] = await this.db.query(
      `SELECT member_id AS "memberId" FROM workstation_members WHERE workstation_id = $1 ORDER BY created_at, member_id`,
      [workstationId],
    );
    return rows.map((r) => r.memberId);
  }

  /** Replaces the assignments of a workstation in one statement set (inside the caller's transaction). */
  async replaceAssignments(
    m: EntityManager,
    workstationId: string,
    assignments: { memberId: string; role: string }[],
  ): Promise<void> {
    const ids = assignments.map((a) => a.memberId);
    await m.query(
      `DELETE FROM workstation_members WHERE workstation_id = $1 AND NOT (member_id = ANY($2::uuid[]))`,
      [workstationId, ids],
    );
    if (!assignments.length) return;
    await m.query(
      `INSERT INTO workstation_members (workstation_id, member_id, role)
       SELECT $1, x.member_id, x.role FROM unnest($2::uuid[], $3::text[]) AS x(member_id, role)
       ON CONFLICT (workstation_id, member_id) DO UPDATE SET role = EXCLUDED.role`,
      [workstationId, ids, assignments.map((a) => a.role)],
    );
  }

  async isAssigned(m: EntityManager | undefined, workstationId: string, memberId: string): Promise<boolean> {
    const rows = await (m ?? this.db).query(
      `SELECT 1 FROM workstation_members WHERE workstation_id = $1 AND member_id = $2`,
      [workstationId, memberId],
    );
    return rows.length > 0;
  }
}
