import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows, hmacSm3 } from '@xs/platform';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  result: string;
  ip?: string | null;
  detail?: Record<string, unknown> | null;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  result?: string;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

const GENESIS = '0'.repeat(64);

/** The canonical text a row's hash covers; keep stable, verification recomputes it. */
export function auditCanonical(prevHash: string, r: AuditRecord, at: string): string {
  return stableJson([
    prevHash,
    at,
    r.actorId,
    r.actorName,
    r.action,
    r.targetType ?? null,
    r.targetId ?? null,
    r.result,
    r.ip ?? null,
    r.detail ?? null,
  ]);
}

/** JSON with sorted keys: jsonb does not keep key order, and the hash must survive the round trip. */
function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Appends records in the given order. An advisory lock serialises writers so the chain has no
   * forks; one transaction, one multi-row INSERT (ids are assigned in VALUES order = chain order).
   */
  async append(key: Buffer, records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('xs-audit'))`);
      const last: { hash: string }[] = await m.query(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`);
      let prevHash = last[0]?.hash ?? GENESIS;
      const params: unknown[] = [];
      const values: string[] = [];
      for (const r of records) {
        const at = new Date().toISOString();
        const hash = hmacSm3(key, auditCanonical(prevHash, r, at));
        const b = params.length;
        params.push(
          at,
          r.actorId,
          r.actorName,
          r.action,
          r.targetType ?? null,
          r.targetId ?? null,
          r.result,
          r.ip ?? null,
          r.detail ? JSON.stringify(r.detail) : null,
          prevHash,
          hash,
        );
        values.push(`(${Array.from({ length: 11 }, (_, i) => `$${b + i + 1}`).join(', ')})`);
        prevHash = hash;
      }
      await m.query(
        `INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, result, ip, detail, prev_hash, hash)
         VALUES ${values.join(', ')}`,
        params,
      );
    });
  }

  async list(f: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
    const qb = this.db.getRepository(AuditEntry).createQueryBuilder('a');
    if (f.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: f.actorId });
    if (f.action) qb.andWhere('a.action LIKE :action', { action: `${f.action.replace(/[\\%_]/g, '\\$&')}%` });
    if (f.targetType) qb.andWhere('a.target_type = :tt', { tt: f.targetType });
    if (f.targetId) qb.andWhere('a.target_id = :tid', { tid: f.targetId });
    // A kind (`ok`, `error`, `failed`, `refused`) matches it alone and with its detail (`ok:201`,
    // `failed:bad_password`); a result with its detail matches exactly.
    if (f.result?.includes(':')) qb.andWhere('a.result = :result', { result: f.result });
    else if (f.result) qb.andWhere("split_part(a.result, ':', 1) = :kind", { kind: f.result });
    if (f.from) qb.andWhere('a.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.at < :to', { to: f.to });
    const [items, total] = await qb.orderBy('a.id', 'DESC').skip(f.offset).take(f.limit).getManyAndCount();
    return { items, total };
  }

  /** Streams the chain in id order and reports the first row whose hash does not match. */
  async verify(key: Buffer): Promise<{ ok: boolean; checked: number; brokenAt?: string }> {
    let checked = 0;
    let prev: string | undefined;
    let afterId = '0';
    for (;;) {
      const rows: (AuditEntry & { atText: string })[] = await this.db.query(
        `SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "atText", actor_id AS "actorId",
                actor_name AS "actorName", action, target_type AS "targetType", target_id AS "targetId", result, ip,
                detail, prev_hash AS "prevHash", hash
           FROM audit_log WHERE id > $1 ORDER BY id LIMIT 1000`,
        [afterId],
      );
      if (!rows.length) break;
      for (const row of rows) {
        // The first row kept after retention purges is trusted as the start of the chain.
        if (prev !== undefined && row.prevHash !== prev) return { ok: false, checked, brokenAt: row.id };
        const expected = hmacSm3(key, auditCanonical(row.prevHash, row, row.atText));
        if (expected !== row.hash) return { ok: false, checked, brokenAt: row.id };
        prev = row.hash;
        checked++;
      }
      afterId = rows[rows.length - 1].id;
    }
    return { ok: true, checked };
  }

  async purgeOlderThan(days: number): Promise<number> {
    return affectedRows(
      await this.db.query(`DELETE FROM audit_log WHERE at < now() - make_interval(days => $1)`, [days]),
    );
  }
}
