import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '@xs/platform';

export const ERASED_NAME = '已注销用户';

export interface ErasureTarget {
  id: string;
  roles: string[];
  username: string | null;
  phoneBidx: string | null;
  erasedAt: Date | null;
}

/** Identity's own part of an erasure: the account row scrubbed, its logins, codes and second factor gone. */
@Injectable()
export class ErasureRepository {
  constructor(private readonly db: DataSource) {}

  async lock(m: EntityManager, id: string): Promise<ErasureTarget | null> {
    const rows: ErasureTarget[] = await m.query(
      `SELECT id, roles, username, phone_bidx AS "phoneBidx", erased_at AS "erasedAt" FROM users WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The row stays (audit entries, suggestions and sessions refer to it by id) but says nothing about
   * the person: no name, nickname, username, phone, password or second factor; it can never sign in.
   */
  async scrub(m: EntityManager, u: ErasureTarget): Promise<Date> {
    const rows = returningRows<{ erasedAt: Date }>(
      await m.query(
        `UPDATE users SET display_name = $2, nickname = NULL, username = NULL, password_hash = NULL,
              phone_enc = NULL, phone_bidx = NULL, totp_secret_enc = NULL, totp_pending_enc = NULL,
              totp_enabled = false, totp_last_step = NULL, permissions = '{}', workstation_ids = '{}',
              department_id = NULL, disabled_at = coalesce(disabled_at, now()), erased_at = now(), updated_at = now()
        WHERE id = $1 RETURNING erased_at AS "erasedAt"`,
        [u.id, ERASED_NAME],
      ),
    );
    await m.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
      u.id,
    ]);
    await m.query(
      `DELETE FROM refresh_tokens WHERE session_id IN (SELECT id FROM auth_sessions WHERE user_id = $1)`,
      [u.id],
    );
    await m.query(`DELETE FROM totp_recovery_codes WHERE user_id = $1`, [u.id]);
    if (u.phoneBidx) await m.query(`DELETE FROM sms_codes WHERE phone_bidx = $1`, [u.phoneBidx]);
    return rows[0].erasedAt;
  }

  /** Accounts erased in the last `days` days: the sweep delivers their event again (handlers are idempotent). */
  async erasedSince(days: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM users WHERE erased_at > now() - make_interval(days => $1) ORDER BY erased_at`,
      [days],
    );
    return rows.map((r) => r.id);
  }
}
