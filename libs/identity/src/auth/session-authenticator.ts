import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Coalescer } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import type { Principal } from '../access/principal';
import { SessionsRepository, SessionRow } from './sessions.repository';
import { verifyAccessToken } from './tokens';
import { Errors } from '../errors';

const TOUCH_EVERY_MS = 30_000;

/**
 * Turns an access token into a fresh Principal, or a 401 with the reason as its code. Used by HTTP and
 * the live gateway. Every check reads the session from the database (a sign-out, a revocation, a role
 * change or a disabled account counts at once, on every replica); checks made at the same time share
 * one query (Coalescer), so a rush of requests does not cost a round trip each.
 */
@Injectable()
export class SessionAuthenticator {
  private readonly reads: Coalescer<string, SessionRow>;
  private readonly touches: Coalescer<string, never>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
  ) {
    this.reads = new Coalescer((ids) => this.sessions.findWithUserMany(ids));
    this.touches = new Coalescer(async (ids) => {
      await this.sessions.touchMany(ids);
      return new Map<string, never>();
    });
  }

  private find(sessionId: string): Promise<SessionRow | undefined> {
    return this.reads.load(sessionId);
  }

  async authenticate(
    token: string,
  ): Promise<{ principal: Principal; restricted: boolean; expiresAt: number }> {
    const result = verifyAccessToken(this.config.tokenSecret, token);
    if (!result.ok) {
      throw Errors.unauthorized(result.reason === 'expired' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    }
    const row = await this.find(result.claims.sid);
    if (!row || row.userId !== result.claims.sub) throw Errors.unauthorized('TOKEN_INVALID');
    await this.checkLive(row);
    return { principal: toPrincipal(row), restricted: row.restricted, expiresAt: result.claims.exp * 1000 };
  }

  /** A login session by its id (a signed download link carries it), checked like a token's. */
  async authenticateSession(sessionId: string): Promise<Principal> {
    const row = await this.find(sessionId);
    if (!row) throw Errors.unauthorized('LINK_INVALID');
    await this.checkLive(row);
    if (row.restricted) throw Errors.unauthorized('LINK_INVALID');
    return toPrincipal(row);
  }

  /** Is this session still usable? (Revocation, disabling and idle timeout all end it.) */
  async checkLive(row: SessionRow): Promise<void> {
    if (row.revokedAt) throw Errors.unauthorized('SESSION_REVOKED');
    if (row.disabledAt) throw Errors.unauthorized('ACCOUNT_DISABLED');
    const idleMs = Date.now() - row.lastSeenAt.getTime();
    if (idleMs > this.config.idleTimeoutMinutes * 60_000) {
      await this.sessions.revoke(row.sessionId);
      throw Errors.unauthorized('SESSION_IDLE');
    }
    if (idleMs > TOUCH_EVERY_MS) await this.touches.load(row.sessionId);
  }

  /** For long-lived connections: still valid now? */
  async stillValid(sessionId: string): Promise<boolean> {
    const row = await this.find(sessionId);
    return !!row && !row.revokedAt && !row.disabledAt;
  }
}

export function toPrincipal(row: SessionRow): Principal {
  return {
    id: row.userId,
    kind: row.roles.includes('resident') && row.roles.length === 1 ? 'resident' : 'staff',
    username: row.username,
    displayName: row.displayName,
    nickname: row.nickname,
    roles: row.roles,
    regionCode: row.regionCode ?? '',
    departmentId: row.departmentId,
    workstationIds: row.workstationIds ?? [],
    permissions: row.permissions,
    sessionId: row.sessionId,
  };
}
