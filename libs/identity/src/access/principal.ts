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
  /** The staff member's region; '' for a resident, who has none (inScope is false for residents). */
  regionCode: string;
  departmentId: string | null;
  /** Workstations a workstation_manager manages (its scope); empty for other roles. */
  workstationIds: string[];
  permissions: Permission[];
  sessionId: string;
}

export function hasRole(p: Principal, ...roles: Role[]): boolean {
  return p.roles.some((r) => roles.includes(r));
}

export function canReadPii(p: Principal | undefined): boolean {
  return !!p && p.permissions.includes(PII_READ);
}

/** Staff act only inside their region's subtree; a resident has no region scope at all. */
export function inScope(p: Principal, regionCode: string): boolean {
  return p.kind === 'staff' && regionCovers(p.regionCode, regionCode);
}

export function assertInScope(p: Principal, regionCode: string): void {
  if (!inScope(p, regionCode)) throw Errors.forbidden('OUT_OF_REGION');
}

/** A workstation manager without a wider role (admin, organiser) acts only at the workstations it manages. */
export function limitedToWorkstations(p: Principal): boolean {
  return hasRole(p, 'workstation_manager') && !hasRole(p, 'admin', 'organiser');
}

/**
 * In scope for something held at a place: the region, and for a workstation manager the workstation
 * itself (`null` when the thing belongs to no workstation, which such a manager never reaches).
 */
export function inReach(p: Principal, regionCode: string, workstationId: string | null): boolean {
  if (!inScope(p, regionCode)) return false;
  return !limitedToWorkstations(p) || (!!workstationId && p.workstationIds.includes(workstationId));
}

/** Writes: outside the region 403 OUT_OF_REGION, at a workstation the manager does not manage 403 NOT_YOUR_WORKSTATION. */
export function assertInReach(p: Principal, regionCode: string, workstationId: string | null): void {
  assertInScope(p, regionCode);
  if (!inReach(p, regionCode, workstationId)) throw Errors.forbidden('NOT_YOUR_WORKSTATION');
}
