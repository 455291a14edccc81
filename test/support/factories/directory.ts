import type { TestApp } from '../test-app';

/**
 * Directory factories for every context's tests. Each returns the created JSON exactly as the API
 * answered it (201), and throws with the response body otherwise. Default region 530102 五华区.
 */

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${process.pid.toString(36)}${++counter}`;

/** A distinct valid mainland mobile per call in this process (139 + pid block + counter). */
export function directoryPhone(): string {
  const block = (process.pid % 900) + 100;
  return `139${String(block).padStart(3, '0')}${String(++counter).padStart(5, '0')}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function post(t: TestApp, token: string, path: string, body: Json, what: string): Promise<Json> {
  const res = await t.http().post(path).set('Authorization', `Bearer ${token}`).send(body);
  if (res.status !== 201) throw new Error(`create ${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Json;
}

export interface WorkstationOverrides {
  name?: string;
  kind?: string;
  regionCode?: string;
  address?: string;
  location?: { lat: number; lng: number; crs: 'GCJ02' | 'WGS84' | 'CGCS2000' };
  sector?: string;
  openingHours?: Json;
  capacity?: number;
  contactPhone?: string;
  code?: string;
  status?: 'active' | 'suspended';
  bufferMinutes?: number;
}

/** POST /workstations (admin, or organiser/workstation manager of the region). */
export function createWorkstation(
  t: TestApp,
  token: string,
  overrides: WorkstationOverrides = {},
): Promise<Json> {
  const n = ++counter;
  return post(
    t,
    token,
    '/api/v1/workstations',
    {
      name: `测试委员工作室${uniq()}`,
      kind: 'member_studio',
      regionCode: '530102',
      address: `昆明市五华区测试路${n}号`,
      location: { lat: 25.0453 + (n % 50) / 1000, lng: 102.7046 + (n % 50) / 1000, crs: 'GCJ02' },
      capacity: 60,
      ...overrides,
    },
    'workstation',
  );
}

/** POST /departments (admin or organiser of the region). */
export function createDepartment(
  t: TestApp,
  token: string,
  overrides: { name?: string; regionCode?: string } = {},
): Promise<Json> {
  return post(
    t,
    token,
    '/api/v1/departments',
    { name: `测试承办单位${uniq()}`, regionCode: '530102', ...overrides },
    'department',
  );
}

/** POST /members (admin or organiser of the region); a fresh phone unless one is given or `phone: null`. */
export function createMember(
  t: TestApp,
  token: string,
  overrides: {
    name?: string;
    level?: string;
    sector?: string;
    phone?: string | null;
    regionCode?: string;
    party?: string;
    userId?: string;
    code?: string;
  } = {},
): Promise<Json> {
  const { phone, ...rest } = overrides;
  const body: Json = {
    name: `委员${uniq()}`,
    level: 'county',
    sector: '教育界',
    regionCode: '530102',
    ...rest,
  };
  if (phone !== null) body.phone = phone ?? directoryPhone();
  return post(t, token, '/api/v1/members', body, 'member');
}

/** PUT /workstations/:id/members with roles; returns the assignment list. */
export async function assignMembers(
  t: TestApp,
  token: string,
  workstationId: string,
  assignments: { memberId: string; role?: string }[],
): Promise<Json> {
  const res = await t
    .http()
    .put(`/api/v1/workstations/${workstationId}/members`)
    .set('Authorization', `Bearer ${token}`)
    .send({ assignments });
  if (res.status !== 200) throw new Error(`assign members: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Json;
}
