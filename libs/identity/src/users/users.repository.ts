import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { likeEscape, regionLikePattern, returningRows } from '@xs/platform';
import { User } from './user.entity';

/** What another context may know of an account without reading the users table itself. */
export interface AccountSummary {
  id: string;
  username: string | null;
  displayName: string;
  /** null for residents. */
  regionCode: string | null;
  roles: string[];
  /** Encrypted (never decrypted here). */
  phoneEnc: string | null;
  /** The places a workstation_manager manages (empty for every other role). */
  workstationIds: string[];
}

const SUMMARY = `id, username, display_name AS "displayName", region_code AS "regionCode", roles, phone_enc AS "phoneEnc",
  workstation_ids AS "workstationIds"`;

export interface UserListFilter {
  regionCode: string;
  role?: string;
  q?: string;
  offset: number;
  limit: number;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repo().findOneBy({ id });
  }

  findByUsername(username: string): Promise<User | null> {
    return this.repo().findOneBy({ username });
  }

  findByPhoneIndex(bidx: string): Promise<User | null> {
    return this.repo().findOneBy({ phoneBidx: bidx });
  }

  save(m: EntityManager | undefined, user: Partial<User>): Promise<User> {
    return this.repo(m).save(this.repo(m).create(user));
  }

  async update(id: string, patch: Partial<User>): Promise<void> {
    await this.repo().update({ id }, patch);
  }

  /**
   * Records the step of an accepted TOTP code unless that step (or a later one) was used already: one
   * statement, so two replicas accepting the same code at once cannot both win.
   */
  async useTotpStep(id: string, step: number): Promise<boolean> {
    const rows = returningRows<{ id: string }>(
      await this.db.query(
        `UPDATE users SET totp_last_step = $2
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)
        RETURNING id`,
        [id, step],
      ),
    );
    return rows.length === 1;
  }

  async replaceRecoveryCodes(userId: string, hashes: string[]): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query(`DELETE FROM totp_recovery_codes WHERE user_id = $1`, [userId]);
      await m.query(
        `INSERT INTO totp_recovery_codes (user_id, code_hash) SELECT $1, h FROM unnest($2::text[]) AS h`,
        [userId, hashes],
      );
    });
  }

  /** Spends a recovery code: true once per code, whichever request gets there first. */
  async useRecoveryCode(userId: string, hash: string): Promise<boolean> {
    const rows = returningRows<{ id: string }>(
      await this.db.query(
        `UPDATE totp_recovery_codes SET used_at = now()
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
        RETURNING id`,
        [userId, hash],
      ),
    );
    return rows.length === 1;
  }

  async unusedRecoveryCodes(userId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM totp_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return n;
  }

  async list(f: UserListFilter): Promise<{ items: User[]; total: number }> {
    const qb = this.repo()
      .createQueryBuilder('u')
      .where('u.region_code LIKE :region', { region: regionLikePattern(f.regionCode) })
      .andWhere('u.username IS NOT NULL');
    if (f.role) qb.andWhere(':role = ANY(u.roles)', { role: f.role });
    if (f.q) {
      qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: `%${likeEscape(f.q)}%` });
    }
    const [items, total] = await qb
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id')
      .skip(f.offset)
      .take(f.limit)
      .getManyAndCount();
    return { items, total };
  }

  async countAdmins(): Promise<number> {
    const rows: { n: string }[] = await this.db.query(
      `SELECT count(*) AS n FROM users WHERE username = 'admin'`,
    );
    return Number(rows[0].n);
  }

  /** Demo data: puts a handler account in its department unless it already has one. */
  async setDepartmentIfUnset(username: string, departmentId: string): Promise<void> {
    await this.db.query(`UPDATE users SET department_id = $2 WHERE username = $1 AND department_id IS NULL`, [
      username,
      departmentId,
    ]);
  }

  /** Enabled users with role department_handler in any of the given departments. */
  async departmentHandlerIds(departmentIds: string[]): Promise<string[]> {
    if (!departmentIds.length) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM users WHERE department_id = ANY($1::uuid[]) AND 'department_handler' = ANY(roles) AND disabled_at IS NULL`,
      [departmentIds],
    );
    return rows.map((r) => r.id);
  }

  /** The encrypted phones of enabled accounts that have one. */
  async encryptedPhones(userIds: string[]): Promise<string[]> {
    if (!userIds.length) return [];
    const rows: { phoneEnc: string }[] = await this.db.query(
      `SELECT phone_enc AS "phoneEnc" FROM users WHERE id = ANY($1::uuid[]) AND phone_enc IS NOT NULL AND disabled_at IS NULL`,
      [userIds],
    );
    return rows.map((r) => r.phoneEnc);
  }

  async accountPhone(userId: string): Promise<{ phoneEnc: string; phoneBidx: string | null } | null> {
    const rows: { phoneEnc: string | null; phoneBidx: string | null }[] = await this.db.query(
      `SELECT phone_enc AS "phoneEnc", phone_bidx AS "phoneBidx" FROM users WHERE id = $1`,
      [userId],
    );
    const r = rows[0];
    return r?.phoneEnc ? { phoneEnc: r.phoneEnc, phoneBidx: r.phoneBidx } : null;
  }

  /** accountPhone for several accounts in one query (accounts without a phone are left out). */
  async accountPhones(
    userIds: string[],
  ): Promise<Map<string, { phoneEnc: string; phoneBidx: string | null }>> {
    if (!userIds.length) return new Map();
    const rows: { id: string; phoneEnc: string; phoneBidx: string | null }[] = await this.db.query(
      `SELECT id, phone_enc AS "phoneEnc", phone_bidx AS "phoneBidx" FROM users
        WHERE id = ANY($1::uuid[]) AND phone_enc IS NOT NULL`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, { phoneEnc: r.phoneEnc, phoneBidx: r.phoneBidx }]));
  }

  /** Enabled accounts by the blind index of their SMS-verified phone (only residents carry one). */
  async idsByPhoneIndex(bidxs: string[]): Promise<string[]> {
    if (!bidxs.length) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM users WHERE phone_bidx = ANY($1::text[]) AND disabled_at IS NULL`,
      [bidxs],
    );
    return rows.map((r) => r.id);
  }

  /** Whether a staff account (one with a username) exists. */
  async staffAccountExists(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM users WHERE id = $1 AND username IS NOT NULL`,
      [userId],
    );
    return rows.length > 0;
  }

  /** Accounts with these usernames, oldest first. */
  summariesByUsername(usernames: string[]): Promise<AccountSummary[]> {
    return this.db.query(
      `SELECT ${SUMMARY} FROM users WHERE username = ANY($1::text[]) ORDER BY created_at, id`,
      [usernames],
    );
  }

  /** The oldest enabled accounts holding any of these roles (only those with a phone, if asked). */
  earliestWithRoles(roles: string[], limit: number, withPhone = false): Promise<AccountSummary[]> {
    return this.db.query(
      `SELECT ${SUMMARY} FROM users
        WHERE roles && $1::text[] AND disabled_at IS NULL AND ($3::boolean IS FALSE OR phone_enc IS NOT NULL)
        ORDER BY created_at, id LIMIT $2`,
      [roles, limit, withPhone],
    );
  }
}
