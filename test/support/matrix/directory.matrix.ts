import type { MatrixContext, MatrixRole, Scope } from './types';

const REGION: Record<Scope, string> = { own: '530102', other: '530103' };
const STAFF: MatrixRole[] = [
  'admin',
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
];
const EDITORS: MatrixRole[] = ['admin', 'organiser', 'workstation_manager'];
const ORGANISERS: MatrixRole[] = ['admin', 'organiser'];
const MEMBER_READERS: MatrixRole[] = ['admin', 'organiser', 'workstation_manager', 'staff_viewer'];
const EVERYONE: MatrixRole[] = [...STAFF, 'resident', 'anonymous'];

let n = 0;
const uniq = () => `${Date.now().toString(36)}${++n}`;
const ws = (scope: Scope) => ({
  name: `矩阵工作室${uniq()}`,
  kind: 'member_studio',
  regionCode: REGION[scope],
  address: '矩阵路 1 号',
  location: { lat: 25.04, lng: 102.7, crs: 'GCJ02' },
});

export const directoryMatrix: MatrixContext = {
  name: 'directory',
  setup: async (t, admin, fx) => {
    const post = async (path: string, body: object) => {
      const res = await t.http().post(`/api/v1/${path}`).set('Authorization', `Bearer ${admin}`).send(body);
      if (res.status !== 201)
        throw new Error(`matrix setup ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string };
    };
    for (const scope of ['own', 'other'] as Scope[]) {
      fx[`dir.ws.${scope}`] = (await post('workstations', ws(scope))).id;
      fx[`dir.wsdel.${scope}`] = (await post('workstations', ws(scope))).id;
      fx[`dir.dept.${scope}`] = (
        await post('departments', { name: `矩阵承办单位${uniq()}`, regionCode: REGION[scope] })
      ).id;
      fx[`dir.member.${scope}`] = (
        await post('members', { name: `矩阵委员${uniq()}`, level: 'county', regionCode: REGION[scope] })
      ).id;
      await t
        .http()
        .put(`/api/v1/workstations/${fx[`dir.ws.${scope}`]}/members`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ memberIds: [fx[`dir.member.${scope}`]] });
      fx[`dir.rule.${scope}`] = (
        await post(`workstations/${fx[`dir.ws.${scope}`]}/duty-rules`, {
          memberId: fx[`dir.member.${scope}`],
          rrule: 'even-months-22',
          startsOn: '2026-01-01',
          startTime: '09:00',
          endTime: '12:00',
        })
      ).id;
    }
  },
  rows: [
    {
      route: 'GET /regions',
      method: 'get',
      path: () => '/api/v1/regions?parent=530100',
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'GET /regions/:code',
      method: 'get',
      path: (_f, s) => `/api/v1/regions/${REGION[s]}`,
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'POST /regions',
      method: 'post',
      path: () => '/api/v1/regions',
      body: (_f, s) => ({
        code: `${REGION[s]}${String(800 + (n++ % 199))}`,
        name: `矩阵街道${uniq()}`,
        level: 'township',
        parentCode: REGION[s],
      }),
      allow: ['admin'],
      scoped: true,
    },
    { route: 'GET /sectors', method: 'get', path: () => '/api/v1/sectors', allow: EVERYONE, scoped: false },
    {
      route: 'GET /workstation-kinds',
      method: 'get',
      path: () => '/api/v1/workstation-kinds',
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'GET /member-levels',
      method: 'get',
      path: () => '/api/v1/member-levels',
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'GET /departments',
      method: 'get',
      path: (_f, s) => `/api/v1/departments?region=${REGION[s]}`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'POST /departments',
      method: 'post',
      path: () => '/api/v1/departments',
      body: (_f, s) => ({ name: `矩阵承办单位${uniq()}`, regionCode: REGION[s] }),
      allow: ORGANISERS,
      scoped: true,
    },
    {
      route: 'GET /departments/:id',
      method: 'get',
      path: (f, s) => `/api/v1/departments/${f[`dir.dept.${s}`]}`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'PATCH /departments/:id',
      method: 'patch',
      path: (f, s) => `/api/v1/departments/${f[`dir.dept.${s}`]}`,
      body: () => ({ name: `矩阵承办单位${uniq()}` }),
      allow: ORGANISERS,
      scoped: true,
    },
    {
      route: 'GET /workstations',
      method: 'get',
      path: (_f, s) => `/api/v1/workstations?region=${REGION[s]}`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'POST /workstations',
      method: 'post',
      path: () => '/api/v1/workstations',
      body: (_f, s) => ws(s),
      // A new place is no one's yet: a workstation manager adds none.
      allow: ORGANISERS,
      scoped: true,
    },
    {
      route: 'GET /workstations/:id',
      method: 'get',
      path: (f, s) => `/api/v1/workstations/${f[`dir.ws.${s}`]}`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'PATCH /workstations/:id',
      method: 'patch',
      path: (f, s) => `/api/v1/workstations/${f[`dir.ws.${s}`]}`,
      body: () => ({ capacity: 50 }),
      allow: EDITORS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /workstations/:id/schedule',
      method: 'get',
      path: (f, s) => `/api/v1/workstations/${f[`dir.ws.${s}`]}/schedule?from=2026-10-01&to=2026-10-07`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'GET /workstations/:id/members',
      method: 'get',
      path: (f, s) => `/api/v1/workstations/${f[`dir.ws.${s}`]}/members`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'PUT /workstations/:id/members',
      method: 'put',
      path: (f, s) => `/api/v1/workstations/${f[`dir.ws.${s}`]}/members`,
      body: (f, s) => ({ memberIds: [f[`dir.member.${s}`]] }),
      allow: EDITORS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /workstations/:id/duty-rules',
      method: 'get',
      path: (f, s) => `/api/v1/workstations/${f[`dir.ws.${s}`]}/duty-rules`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'POST /workstations/:id/duty-rules',
      method: 'post',
      path: (f, s) => `/api/v1/workstations/${f[`dir.ws.${s}`]}/duty-rules`,
      body: (f, s) => ({
        memberId: f[`dir.member.${s}`],
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        startsOn: '2026-01-01',
        startTime: '09:00',
        endTime: '11:00',
      }),
      allow: EDITORS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /duty-roster',
      method: 'get',
      path: (_f, s) => `/api/v1/duty-roster?region=${REGION[s]}&from=2026-01-01&to=2026-03-31`,
      allow: STAFF,
      scoped: true,
    },
    {
      route: 'GET /members',
      method: 'get',
      path: (_f, s) => `/api/v1/members?region=${REGION[s]}`,
      allow: MEMBER_READERS,
      scoped: true,
    },
    {
      // Members pick co-signers through it: names, sector, workstations of their own region only.
      route: 'GET /members/lookup',
      method: 'get',
      path: (_f, s) => `/api/v1/members/lookup?region=${REGION[s]}`,
      allow: [...MEMBER_READERS, 'member'],
      scoped: true,
    },
    {
      // The member's own desk: no region scope (a member staffs places above their account's region).
      route: 'GET /me/member',
      method: 'get',
      path: () => '/api/v1/me/member',
      allow: ['member'],
      scoped: false,
    },
    {
      route: 'POST /members',
      method: 'post',
      path: () => '/api/v1/members',
      body: (_f, s) => ({ name: `矩阵委员${uniq()}`, level: 'county', regionCode: REGION[s] }),
      allow: ORGANISERS,
      scoped: true,
    },
    {
      route: 'GET /members/:id',
      method: 'get',
      path: (f, s) => `/api/v1/members/${f[`dir.member.${s}`]}`,
      allow: MEMBER_READERS,
      scoped: true,
    },
    {
      route: 'PATCH /members/:id',
      method: 'patch',
      path: (f, s) => `/api/v1/members/${f[`dir.member.${s}`]}`,
      body: () => ({ party: '无党派人士' }),
      allow: ORGANISERS,
      scoped: true,
    },
    // Imports check the region of every row (rows outside the caller's subtree come back as errors).
    {
      route: 'POST /workstations/import',
      method: 'post',
      path: () => '/api/v1/workstations/import',
      body: () => ({}),
      allow: EDITORS,
      scoped: false,
    },
    {
      route: 'GET /workstations/import/template.xlsx',
      method: 'get',
      path: () => '/api/v1/workstations/import/template.xlsx',
      allow: EDITORS,
      scoped: false,
    },
    {
      route: 'POST /members/import',
      method: 'post',
      path: () => '/api/v1/members/import',
      body: () => ({}),
      allow: ORGANISERS,
      scoped: false,
    },
    {
      route: 'GET /members/import/template.xlsx',
      method: 'get',
      path: () => '/api/v1/members/import/template.xlsx',
      allow: ORGANISERS,
      scoped: false,
    },
    {
      route: 'GET /public/workstations',
      method: 'get',
      path: (_f, s) => `/api/v1/public/workstations?region=${REGION[s]}`,
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'GET /public/workstations/:id',
      method: 'get',
      path: (f, s) => `/api/v1/public/workstations/${f[`dir.ws.${s}`]}`,
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'GET /public/workstations/:id/schedule',
      method: 'get',
      path: (f, s) =>
        `/api/v1/public/workstations/${f[`dir.ws.${s}`]}/schedule?from=2026-10-01&to=2026-10-02`,
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'DELETE /duty-rules/:id',
      method: 'delete',
      path: (f, s) => `/api/v1/duty-rules/${f[`dir.rule.${s}`]}`,
      allow: EDITORS,
      scoped: true,
      place: true,
    },
    {
      route: 'DELETE /workstations/:id',
      method: 'delete',
      path: (f, s) => `/api/v1/workstations/${f[`dir.wsdel.${s}`]}`,
      allow: EDITORS,
      scoped: true,
      place: true,
    },
  ],
};
