import type { TestApp } from '../test-app';

export type MatrixRole =
  | 'admin'
  | 'organiser'
  | 'workstation_manager'
  /** A workstation manager of the own region that manages none of the fixtures' workstations. */
  | 'manager_elsewhere'
  | 'department_handler'
  | 'member'
  | 'staff_viewer'
  | 'resident'
  | 'anonymous';

/** Every role with an account. */
export const SIGNED_IN: MatrixRole[] = [
  'admin',
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
  'resident',
];

/** The public reads: every role, and no login at all. */
export const EVERYONE: MatrixRole[] = [...SIGNED_IN, 'anonymous'];

export type Scope = 'own' | 'other';

/** Ids created once by the fixtures; each context adds what its rows need. */
export type Fixtures = Record<string, string>;

export interface MatrixRow {
  /** Shown in the test name, e.g. 'POST /users'. */
  route: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path for a target in the actor's own region (530102 五华区) or another (530103 盘龙区). */
  path: (fx: Fixtures, scope: Scope) => string;
  body?: (fx: Fixtures, scope: Scope, role: MatrixRole) => object;
  /** Roles that may call it on their own region. Anyone else gets 401 (anonymous) or 403. */
  allow: MatrixRole[];
  /** When true, an allowed role (except admin, whose region is the root) is refused on the other region. */
  scoped: boolean;
  /**
   * Acts on something held at one workstation (the place, its session, registrations, check-in): a
   * workstation manager reaches it only at the workstations it manages, so `manager_elsewhere` is refused.
   */
  place?: boolean;
}

export interface MatrixContext {
  name: string;
  /** Creates what the rows need; runs once, as admin, before the matrix. */
  setup?: (t: TestApp, adminToken: string, fx: Fixtures) => Promise<void>;
  rows: MatrixRow[];
}
