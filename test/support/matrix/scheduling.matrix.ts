import { SIGNED_IN } from './types';
import type { MatrixContext, MatrixRole, Scope } from './types';

const REGION: Record<Scope, string> = { own: '530102', other: '530103' };
const SCHEDULERS: MatrixRole[] = ['admin', 'organiser', 'workstation_manager'];

let slot = 0;
/** Each allowed POST /sessions books its own hour, far apart, so no two collide. */
const nextSlot = () => {
  const start = new Date(Date.UTC(2035, 0, 1, 0, 0) + ++slot * 3 * 3600000);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600000).toISOString() };
};

async function post(
  t: Parameters<NonNullable<MatrixContext['setup']>>[0],
  admin: string,
  path: string,
  body: object,
) {
  const res = await t.http().post(path).set('Authorization', `Bearer ${admin}`).send(body);
  if (res.status >= 300) throw new Error(`matrix setup ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

export const schedulingMatrix: MatrixContext = {
  name: 'scheduling',
  setup: async (t, admin, fx) => {
    for (const scope of ['own', 'other'] as Scope[]) {
      const ws = await post(t, admin, '/api/v1/workstations', {
        name: `矩阵工作室${scope}${Date.now().toString(36)}`,
        kind: 'member_studio',
        regionCode: REGION[scope],
        address: '矩阵路 1 号',
        location: { lat: 25.04, lng: 102.71, crs: 'GCJ02' },
        capacity: 500,
        bufferMinutes: 0,
      });
      fx[`sch.ws.${scope}`] = ws.id;
      const session = (title: string) =>
        post(t, admin, '/api/v1/sessions', {
          title,
          workstationId: ws.id,
          format: 'hybrid',
          capacity: 20,
          ...nextSlot(),
        });
      fx[`sch.draft.${scope}`] = (await session('矩阵草稿')).id;
      fx[`sch.trans.${scope}`] = (await session('矩阵状态')).id;
      const pub = await session('矩阵已发布');
      await post(t, admin, `/api/v1/sessions/${pub.id}/publish`, {});
      fx[`sch.pub.${scope}`] = pub.id;
      fx[`sch.topic.${scope}`] = (
        await post(t, admin, '/api/v1/topics', {
          title: `矩阵议题${scope}`,
          description: '矩阵',
          regionCode: REGION[scope],
          source: 'party_government',
        })
      ).id;
    }
  },
  rows: [
    {
      route: 'POST /sessions',
      method: 'post',
      path: () => '/api/v1/sessions',
      body: (fx, scope) => ({
        title: '矩阵新建',
        workstationId: fx[`sch.ws.${scope}`],
        format: 'onsite',
        capacity: 10,
        ...nextSlot(),
      }),
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /sessions',
      method: 'get',
      path: () => '/api/v1/sessions',
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /sessions/:id (draft)',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.draft.${scope}`]}`,
      allow: SIGNED_IN.filter((r) => r !== 'resident'),
      scoped: true,
    },
    {
      route: 'GET /sessions/:id (published)',
      method: 'get',
      path: (fx) => `/api/v1/sessions/${fx['sch.pub.own']}`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'PATCH /sessions/:id',
      method: 'patch',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.draft.${scope}`]}`,
      body: () => ({ description: '矩阵改' }),
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    ...(['publish', 'start', 'end', 'conclude'] as const).map((action) => ({
      route: `POST /sessions/:id/${action}`,
      method: 'post' as const,
      path: (fx: Record<string, string>, scope: Scope) =>
        `/api/v1/sessions/${fx[`sch.trans.${scope}`]}/${action}`,
      allow: action === 'conclude' ? (['admin', 'organiser'] as MatrixRole[]) : SCHEDULERS,
      scoped: true,
      place: true,
    })),
    {
      route: 'POST /sessions/:id/cancel',
      method: 'post',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.draft.${scope}`]}/cancel`,
      body: () => ({ reason: '矩阵' }),
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    {
      route: 'POST /sessions/:id/invitations',
      method: 'post',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.pub.${scope}`]}/invitations`,
      body: () => ({ experts: [{ name: '矩阵专家', org: '矩阵大学' }] }),
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /sessions/:id/invitations',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.pub.${scope}`]}/invitations`,
      allow: [...SCHEDULERS, 'staff_viewer'],
      scoped: true,
      place: true,
    },
    {
      route: 'POST /sessions/:id/materials',
      method: 'post',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.pub.${scope}`]}/materials`,
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /sessions/:id/materials',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.pub.${scope}`]}/materials`,
      allow: [...SIGNED_IN, 'anonymous'],
      scoped: false,
    },
    {
      route: 'GET /me/invitations',
      method: 'get',
      path: () => '/api/v1/me/invitations',
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /me/notifications',
      method: 'get',
      path: () => '/api/v1/me/notifications',
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'POST /me/notifications/read-all',
      method: 'post',
      path: () => '/api/v1/me/notifications/read-all',
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /public/sessions',
      method: 'get',
      path: () => '/api/v1/public/sessions',
      allow: [...SIGNED_IN, 'anonymous'],
      scoped: false,
    },
    {
      route: 'GET /sessions/:id/calendar.ics',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${fx[`sch.pub.${scope}`]}/calendar.ics`,
      allow: [...SIGNED_IN, 'anonymous'],
      scoped: false,
    },
    {
      route: 'GET /regions/:code/calendar.ics',
      method: 'get',
      path: (_fx, scope) => `/api/v1/regions/${REGION[scope]}/calendar.ics`,
      allow: [...SIGNED_IN, 'anonymous'],
      scoped: false,
    },
    {
      route: 'GET /workstations/:id/calendar.ics',
      method: 'get',
      path: (fx, scope) => `/api/v1/workstations/${fx[`sch.ws.${scope}`]}/calendar.ics`,
      allow: [...SIGNED_IN, 'anonymous'],
      scoped: false,
    },
    {
      route: 'POST /topics',
      method: 'post',
      path: () => '/api/v1/topics',
      body: (_fx, _scope, role) => ({
        title: '矩阵议题提交',
        description: '矩阵',
        regionCode: '530102',
        source: role === 'member' ? 'member' : 'resident',
      }),
      allow: ['admin', 'organiser', 'workstation_manager', 'member', 'resident'],
      scoped: false,
    },
    { route: 'GET /topics', method: 'get', path: () => '/api/v1/topics', allow: SIGNED_IN, scoped: false },
    {
      route: 'GET /topics/:id',
      method: 'get',
      path: (fx) => `/api/v1/topics/${fx['sch.topic.own']}`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'POST /topics/:id/support',
      method: 'post',
      path: (fx) => `/api/v1/topics/${fx['sch.topic.own']}/support`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'POST /topics/:id/review',
      method: 'post',
      path: (fx, scope) => `/api/v1/topics/${fx[`sch.topic.${scope}`]}/review`,
      body: () => ({ decision: 'accept' }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
  ],
};
