import { publishSession } from '../factories/scheduling';
import { testPhone } from '../factories/registration';
import { EVERYONE, SIGNED_IN } from './types';
import type { MatrixContext, MatrixRole, Scope } from './types';

const REGION: Record<Scope, string> = { own: '530102', other: '530103' };
const DESK: MatrixRole[] = ['admin', 'organiser', 'workstation_manager'];
const READERS: MatrixRole[] = [...DESK, 'staff_viewer'];

const session = (fx: Record<string, string>, scope: Scope) => fx[`reg.session.${scope}`];
const registration = (fx: Record<string, string>, scope: Scope) => fx[`reg.registration.${scope}`];

/**
 * Registration routes. Desk staff act on their region's sessions (403 elsewhere on writes, 404 on
 * reads); residents and members register only themselves: a body naming someone else's phone is 403.
 */
export const registrationMatrix: MatrixContext = {
  name: 'registration',
  setup: async (t, admin, fx) => {
    for (const scope of ['own', 'other'] as Scope[]) {
      const s = await publishSession(t, admin, { regionCode: REGION[scope], capacity: 100 });
      fx[`reg.session.${scope}`] = s.id;
      const res = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/registrations`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: '矩阵报名', phone: testPhone(), consent: true });
      if (res.status !== 201)
        throw new Error(`matrix registration: ${res.status} ${JSON.stringify(res.body)}`);
      fx[`reg.registration.${scope}`] = res.body.id as string;
      const m = await t
        .http()
        .post('/api/v1/members')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: `矩阵履职委员${scope}`, level: 'county', regionCode: REGION[scope] });
      if (m.status !== 201) throw new Error(`matrix member: ${m.status} ${JSON.stringify(m.body)}`);
      fx[`reg.member.${scope}`] = m.body.id as string;
    }
  },
  rows: [
    {
      route: 'GET /registrations/privacy-notice',
      method: 'get',
      path: () => '/api/v1/registrations/privacy-notice',
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'POST /sessions/:id/registrations (for someone else)',
      method: 'post',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/registrations`,
      body: () => ({ name: '代报名', phone: testPhone(), consent: true }),
      allow: DESK,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /sessions/:id/registrations',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/registrations`,
      allow: READERS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /sessions/:id/registrations.xlsx',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/registrations.xlsx`,
      allow: READERS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /me/registrations',
      method: 'get',
      path: () => '/api/v1/me/registrations',
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /registrations/:id',
      method: 'get',
      path: (fx, scope) => `/api/v1/registrations/${registration(fx, scope)}`,
      allow: READERS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /registrations/:id/ticket.png',
      method: 'get',
      path: (fx, scope) => `/api/v1/registrations/${registration(fx, scope)}/ticket.png`,
      allow: READERS,
      scoped: true,
      place: true,
    },
    {
      route: 'POST /sessions/:id/checkins',
      method: 'post',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/checkins`,
      body: () => ({ code: 'ZZZZZZZZ' }),
      allow: DESK,
      scoped: true,
      place: true,
    },
    {
      route: 'POST /sessions/:id/walk-ins',
      method: 'post',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/walk-ins`,
      body: () => ({ name: '现场登记', phone: testPhone() }),
      allow: DESK,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /sessions/:id/attendance',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/attendance`,
      allow: READERS,
      scoped: true,
      place: true,
    },
    {
      route: 'POST /sessions/:id/draw',
      method: 'post',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/draw`,
      body: () => ({ count: 1 }),
      allow: DESK,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /sessions/:id/draws',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${session(fx, scope)}/draws`,
      allow: READERS,
      scoped: true,
      place: true,
    },
    {
      route: 'GET /members/:id/duty-record',
      method: 'get',
      path: (fx, scope) => `/api/v1/members/${fx[`reg.member.${scope}`]}/duty-record`,
      allow: READERS,
      scoped: true,
    },
    {
      route: 'GET /members/:id/duty-record.xlsx',
      method: 'get',
      path: (fx, scope) => `/api/v1/members/${fx[`reg.member.${scope}`]}/duty-record.xlsx`,
      allow: READERS,
      scoped: true,
    },
    {
      // Runs last: cancels the fixture registrations (a second cancel answers 409, still allowed).
      route: 'DELETE /registrations/:id',
      method: 'delete',
      path: (fx, scope) => `/api/v1/registrations/${registration(fx, scope)}`,
      allow: DESK,
      scoped: true,
      place: true,
    },
  ],
};
