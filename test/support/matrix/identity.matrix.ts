import { SIGNED_IN } from './types';
import type { MatrixContext } from './types';

let n = 0;
const uniqueUser = (region: string) => ({
  username: `mx_${Date.now().toString(36)}_${n++}`,
  password: 'Matrix-Pass-2026',
  displayName: '矩阵测试',
  roles: ['member'],
  regionCode: region,
});

export const identityMatrix: MatrixContext = {
  name: 'identity',
  setup: async (t, admin, fx) => {
    for (const [scope, region] of [
      ['own', '530102'],
      ['other', '530103'],
    ] as const) {
      const res = await t
        .http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${admin}`)
        .send(uniqueUser(region));
      fx[`user.${scope}`] = res.body.id as string;
    }
  },
  rows: [
    {
      route: 'GET /me',
      method: 'get',
      path: () => '/api/v1/me',
      allow: SIGNED_IN,
      scoped: false,
    },
    // Erasure: a wrong or missing proof answers 400, so the matrix never erases anyone.
    {
      route: 'POST /me/erasure-code',
      method: 'post',
      path: () => '/api/v1/me/erasure-code',
      allow: ['resident'],
      scoped: false,
    },
    {
      route: 'DELETE /me',
      method: 'delete',
      path: () => '/api/v1/me',
      body: () => ({ code: 'not-a-code' }),
      allow: ['resident'],
      scoped: false,
    },
    {
      route: 'POST /users/:id/erasure',
      method: 'post',
      path: (fx, scope) => `/api/v1/users/${fx[`user.${scope}`]}/erasure`,
      body: () => ({ reason: '矩阵测试' }),
      allow: ['admin'],
      scoped: false,
    },
    {
      route: 'POST /users',
      method: 'post',
      path: () => '/api/v1/users',
      body: (_fx, scope) => uniqueUser(scope === 'own' ? '530102' : '530103'),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'GET /users',
      method: 'get',
      path: (_fx, scope) => `/api/v1/users?region=${scope === 'own' ? '530102' : '530103'}`,
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'GET /users/:id',
      method: 'get',
      path: (fx, scope) => `/api/v1/users/${fx[`user.${scope}`]}`,
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'PATCH /users/:id',
      method: 'patch',
      path: (fx, scope) => `/api/v1/users/${fx[`user.${scope}`]}`,
      body: () => ({ displayName: '改名' }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    { route: 'GET /audit', method: 'get', path: () => '/api/v1/audit', allow: ['admin'], scoped: false },
    {
      route: 'GET /audit/verify',
      method: 'get',
      path: () => '/api/v1/audit/verify',
      allow: ['admin'],
      scoped: false,
    },
  ],
};
