import { createParamDecorator, ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiQuery } from '@nestjs/swagger';
import type { Role } from '@xs/contracts';
import { ApiErrors } from '@xs/platform';
import type { Principal } from './principal';

export const PUBLIC_KEY = 'xs:public';
export const ROLES_KEY = 'xs:roles';
export const ALLOW_RESTRICTED_KEY = 'xs:allow-restricted';
export const SIGNED_DOWNLOAD_KEY = 'xs:signed-download';

/** No login needed. Every route is either @Public() or @Roles(...): a test checks it. */
export const Public = () =>
  applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-roles', ['anyone']));

/** Any logged-in user (residents included). */
export const ANY_USER = 'any' as const;

/** Who may call the route; `Roles(ANY_USER)` for any logged-in user. Such a route answers 401 and 403. */
export const Roles = (...roles: (Role | typeof ANY_USER)[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiErrors(401, 403),
    ApiExtension('x-roles', roles),
  );

/**
 * A file download that also opens from a signed link (`?sid=&exp=&sig=`, see POST /downloads/links)
 * instead of a bearer token: WeChat's browser opens those natively where `blob:` links fail.
 */
export const SignedDownload = () =>
  applyDecorators(
    SetMetadata(SIGNED_DOWNLOAD_KEY, true),
    ApiExtension('x-signed-download', true),
    // A broken or expired link answers 401 (LINK_INVALID, LINK_EXPIRED), also on a public download.
    ApiErrors(401),
    ApiQuery({ name: 'sid', required: false, description: 'signed link: login session' }),
    ApiQuery({ name: 'exp', required: false, description: 'signed link: expiry, Unix seconds' }),
    ApiQuery({ name: 'sig', required: false, description: 'signed link: HMAC-SHA256' }),
  );

/** Reachable by a session that must still set up its second factor. */
export const AllowRestricted = () => SetMetadata(ALLOW_RESTRICTED_KEY, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ user: Principal }>().user;
});

/** The caller if logged in, on a public route that also serves anonymous visitors. */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined => {
    return ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
  },
);
