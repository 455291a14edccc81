import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Permission, Role } from '@xs/contracts';
import { isUuid, returningRows } from '@xs/platform';

export interface SessionRow {
  sessionId: string;
  revokedAt: Date | null;
  lastSeenAt: Date;
  restricted: boolean;
  userId: string;
  username: string | null;
  displayName: string;
  nickname: string | null;
  roles: Role[];
  regionCode: string | null;
  departmentId: string | null;
  workstationIds: string[];
  permissions: Permission[];
  disabledAt: Date | null;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DataSource) {}

  async create(userId: string, ip: string | null, restricted: boolean): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO auth_sessions (user_id, ip, restricted) VALUES ($1, $2, $3) RETURNING id`,
      [userId, ip, restricted],
    );
    return rows[0].id;
  }

  async findWithUser(sessionId: string): Promise<SessionRow | undefined> {
    return (await this.findWithUserMany([sessionId])).get(sessionId);
  }

  /** Many sessions by id in one query (ids that are not UUIDs are simply not found). */
  async findWithUserMany(sessionIds: string[]): Promise<Map<string, SessionRow>> {
    const ids = sessionIds.filter(isUuid);
    if (!ids.length) return new Map();
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS "sessionId", s.revoked_at AS "revokedAt", s.last_seen_at AS "lastSeenAt",
              s.restricted, u.id AS "userId", u.username, u.display_name AS "displayName", u.nickname,
              u.roles, u.region_code AS "regionCode", u.department_id AS "departmentId",
              u.workstation_ids AS "workstationIds",
              u.permissions, u.disabled_at AS "disabledAt"
         FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.sessionId, r]));
  }

  async touchMany(sessionIds: string[]): Promise<void> {
    await this.db.query(`UPDATE auth_sessions SET last_seen_at = now() WHERE id = ANY($1::uuid[])`, [
      sessionIds,
    ]);
  }

  touch(sessionId: string): Promise<void> {
    return this.touchMany([sessionId]);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }

  async revokeAllForUser(userId: string): Promise<void> {
    await this.db.query(
      `UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  /** Every other session of the user (their refresh tokens die with them; live sockets are cut on recheck). */
  async revokeOthersForUser(userId: string, keepSessionId: string): Promise<void> {
    await this.db.query(
      `UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`,
      [userId, keepSessionId],
    );
  }

  async unrestrict(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE auth_sessions SET restricted = false WHERE id = $1`, [sessionId]);
  }

  async storeRefresh(tokenHash: string, sessionId: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, $3)`,
      [tokenHash, sessionId, expiresAt],
    );
  }

  /**
   * Marks a refresh token used, atomically: of two concurrent refreshes with one token only one wins.
   * Returns 'reused' when the token had been used before (a stolen token: the session is then revoked),
   * and 'revoked' when the session had ended before this token was used: read in the same statement, so
   * the winner of a race is not turned away by the revocation its own losers make just after.
   */
  async consumeRefresh(
    tokenHash: string,
  ): Promise<{ sessionId: string; state: 'ok' | 'reused' | 'expired' | 'revoked' } | undefined> {
    const rows = returningRows<{ sessionId: string; expiresAt: Date; usedBefore: boolean; revoked: boolean }>(
      await this.db.query(
        `UPDATE refresh_tokens t SET used_at = COALESCE(t.used_at, now())
         FROM (SELECT token_hash, used_at IS NOT NULL AS used_before FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE) old
        WHERE t.token_hash = old.token_hash
        RETURNING t.session_id AS "sessionId", t.expires_at AS "expiresAt", old.used_before AS "usedBefore",
          EXISTS (SELECT 1 FROM auth_sessions s WHERE s.id = t.session_id AND s.revoked_at IS NOT NULL) AS "revoked"`,
        [tokenHash],
      ),
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.usedBefore) return { sessionId: row.sessionId, state: 'reused' };
    if (row.expiresAt.getTime() <= Date.now()) return { sessionId: row.sessionId, state: 'expired' };
    if (row.revoked) return { sessionId: row.sessionId, state: 'revoked' };
    return { sessionId: row.sessionId, state: 'ok' };
  }
}
