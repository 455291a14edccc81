import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { API_PREFIX, APP_CONFIG, RateLimiter, setLogContext } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { SessionAuthenticator } from '../auth/session-authenticator';
import { verifyLink } from '../downloads/signed-links';
import { ALLOW_RESTRICTED_KEY, ANY_USER, PUBLIC_KEY, ROLES_KEY, SIGNED_DOWNLOAD_KEY } from './decorators';
import type { Principal } from './principal';
import { Errors } from '../errors';

/** Global guard: a route without @Public() needs a live session, and @Roles() when given. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionAuthenticator,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Every write by a resident or an anonymous caller counts against WRITE_RATE_PER_MINUTE (per account,
   * else per address): registrations, topics and support, ratings, live questions, SMS, logins, …
   * Staff work is not limited here; their logins are, by the login rules.
   */
  private async limitWrites(req: Request, principal: Principal | undefined): Promise<void> {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return;
    if (principal && principal.kind === 'staff') return;
    await this.limiter.enforce(`write:${principal ? `u:${principal.id}` : `ip:${req.ip}`}`, {
      limit: this.config.writeRatePerMinute,
      windowSeconds: 60,
    });
  }

  /** A signed link stands for its session on this one path; roles and scope are checked by the route. */
  private async fromSignedLink(req: Request): Promise<Principal> {
    const path = req.path.startsWith(`/${API_PREFIX}/`) ? req.path.slice(API_PREFIX.length + 1) : req.path;
    const check = verifyLink(this.config.tokenSecret, path, req.query);
    if (!check.ok) throw Errors.unauthorized(check.reason === 'expired' ? 'LINK_EXPIRED' : 'LINK_INVALID');
    return this.sessions.authenticateSession(check.sid);
  }

  private checkRoles(principal: Principal, targets: Parameters<Reflector['getAllAndOverride']>[1]): void {
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(ANY_USER) && !principal.roles.some((r) => roles.includes(r))) {
      throw Errors.forbidden('ROLE_REQUIRED');
    }
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const req = ctx.switchToHttp().getRequest<Request & { user?: Principal }>();
    const header = req.header('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;

    // The route's mark first: Express parses the query string on every read of req.query.
    const signed =
      !token && !!this.reflector.getAllAndOverride<boolean>(SIGNED_DOWNLOAD_KEY, targets) && !!req.query.sig;
    if (signed) {
      const principal = await this.fromSignedLink(req);
      req.user = principal;
      this.checkRoles(principal, targets);
      return true;
    }
    if (isPublic) {
      // A public route still learns who is calling when a valid token comes along.
      if (token) req.user = (await this.sessions.authenticate(token).catch(() => undefined))?.principal;
      if (req.user) setLogContext({ userId: req.user.id });
      await this.limitWrites(req, req.user);
      return true;
    }
    if (!token) throw Errors.unauthorized('UNAUTHENTICATED');
    const { principal, restricted } = await this.sessions.authenticate(token);
    req.user = principal;
    setLogContext({ userId: principal.id });
    if (restricted && !this.reflector.getAllAndOverride<boolean>(ALLOW_RESTRICTED_KEY, targets)) {
      throw Errors.forbidden('TOTP_SETUP_REQUIRED');
    }
    this.checkRoles(principal, targets);
    await this.limitWrites(req, principal);
    return true;
  }
}
