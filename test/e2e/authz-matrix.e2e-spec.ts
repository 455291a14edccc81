import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { Fixtures, MATRIX, MatrixRole, Scope } from '@test/matrix';

const STAFF_ROLES = [
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
] as const;
const ROLES: MatrixRole[] = ['admin', ...STAFF_ROLES, 'resident', 'anonymous'];

/** Role × route × own/other region. Each context adds rows in test/support/matrix. */
describe('authorization matrix', () => {
  let t: TestApp;
  const tokens: Partial<Record<MatrixRole, string>> = {};
  const fx: Fixtures = {};

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin');
    tokens.admin = admin;
    for (const role of STAFF_ROLES) {
      tokens[role] = (
        await staff(t, admin, { username: `mx_${role}`, roles: [role], regionCode: '530102' })
      ).token;
    }
    tokens.resident = await t.residentToken('13900000001', '矩阵居民');
    for (const ctx of MATRIX) await ctx.setup?.(t, admin, fx);
  });
  afterAll(() => t.close());

  const cases: [string, MatrixRole, Scope, number][] = [];
  MATRIX.forEach((ctx, ci) =>
    ctx.rows.forEach((row, ri) => {
      for (const role of ROLES)
        for (const scope of ['own', 'other'] as Scope[])
          cases.push([`${ctx.name}: ${row.route}`, role, scope, ci * 1000 + ri]);
    }),
  );

  it.each(cases)('%s as %s on %s region', async (_label, role, scope, id) => {
    const row = MATRIX[Math.floor(id / 1000)].rows[id % 1000];
    let req = t.http()[row.method](row.path(fx, scope));
    if (role !== 'anonymous') req = req.set(bearer(tokens[role]!));
    if (row.body) req = req.send(row.body(fx, scope, role));
    const res = await req;
    const allowed = row.allow.includes(role) && (scope === 'own' || !row.scoped || role === 'admin');
    if (role === 'anonymous' && !row.allow.includes('anonymous')) {
      expect(res.status).toBe(401);
    } else if (allowed) {
      expect([401, 403]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect([403, 404]).toContain(res.status);
    }
  });

  it('covers a meaningful number of cells', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7 * ROLES.length * 2);
  });
});
