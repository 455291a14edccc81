/** Roles of docs/domain.md "Who uses the platform". */
export const STAFF_ROLES = [
  'admin',
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = StaffRole | 'resident';
export const ALL_ROLES: readonly Role[] = [...STAFF_ROLES, 'resident'];

/** Roles an organiser may hand out inside its own region; only an admin creates admins and organisers. */
export const GRANTABLE_BY: Record<StaffRole, readonly StaffRole[]> = {
  admin: STAFF_ROLES,
  organiser: ['workstation_manager', 'department_handler', 'member', 'staff_viewer'],
  workstation_manager: [],
  department_handler: [],
  member: [],
  staff_viewer: [],
};

export const PERMISSIONS = ['pii:read'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface UserView {
  id: string;
  username: string | null;
  displayName: string;
  nickname?: string | null;
  roles: Role[];
  /** Staff's region; null for residents, who have no region scope. */
  regionCode: string | null;
  /** The region's name (五华区), in the staff directory's answers. */
  regionName?: string | null;
  departmentId?: string | null;
  /** The workstations a workstation_manager manages. */
  workstationIds?: string[];
  permissions: Permission[];
  phone?: string | null;
  totpEnabled?: boolean;
  totpSetupRequired?: boolean;
  disabled?: boolean;
  createdAt?: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserView;
}
