import type { Permission, Role } from '@xs/contracts';
import { PII_READ, regionCovers } from '@xs/platform';
import { Errors } from '../errors';

/** Who is calling, as loaded fresh from the database for each request. */
export interface Principal {
  id: string;
  kind: 'staff' | 'resident';
  username: string | null;
  displayName: string;
  nickname: string | null;
  roles: Role[];
  regionCode: string;
  departmentId: string | null;
  permissions: Permission[];
  sessionId: string;
}

export function hasRole(p: Principal, ...roles: Role[]): boolean {
  return p.roles.some((r) => roles.includes(r));
}

export function canReadPii(p: Principal | undefined): boolean {
  return !!p && p.permissions.includes(PII_READ);
}

/** Staff act only inside their region's subtree. */
export function inScope(p: Principal, regionCode: string): boolean {
  return regionCovers(p.regionCode, regionCode);
}

export function assertInScope(p: Principal, regionCode: string): void {
  if (!inScope(p, regionCode)) throw Errors.forbidden('OUT_OF_REGION');
}
