import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, UnauthorizedError } from '@xs/platform';
import { SessionAuthenticator } from '../auth/session-authenticator';
import { ALLOW_RESTRICTED_KEY, ANY_USER, PUBLIC_KEY, ROLES_KEY } from './decorators';
import type { Principal } from './principal';

/** Global guard: a route without @Public() needs a live session, and @Roles() when given. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionAuthenticator,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const req = ctx.switchToHttp().getRequest<Request & { user?: Principal }>();
    const header = req.header('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;

    if (isPublic) {
      // A public route still learns who is calling when a valid token comes along.
      if (token) req.user = (await this.sessions.authenticate(token).catch(() => undefined))?.principal;
      return true;
    }
    if (!token) throw new UnauthorizedError('UNAUTHENTICATED', '需要登录');
    const { principal, restricted } = await this.sessions.authenticate(token);
    req.user = principal;
    if (restricted && !this.reflector.getAllAndOverride<boolean>(ALLOW_RESTRICTED_KEY, targets)) {
      throw new ForbiddenError('TOTP_SETUP_REQUIRED', '请先设置双因素认证');
    }
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(ANY_USER) && !principal.roles.some((r) => roles.includes(r))) {
      throw new ForbiddenError('ROLE_REQUIRED', '您的角色无权执行此操作');
    }
    return true;
  }
}
