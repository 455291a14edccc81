import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { Fixtures, MATRIX, MatrixRole, Scope } from '@test/matrix';

const STAFF_ROLES = [
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
] as const;
const ROLES: MatrixRole[] = ['admin', ...STAFF_ROLES, 'manager_elsewhere', 'resident', 'anonymous'];

/** Role × route × own/other region. Each context adds rows in test/support/matrix. */
describe('authorization matrix', () => {
  let t: TestApp;
  const tokens: Partial<Record<MatrixRole, string>> = {};
  const fx: Fixtures = {};

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin');
    tokens.admin = admin;
    const ids: Partial<Record<MatrixRole, string>> = {};
    for (const role of STAFF_ROLES) {
      const account = await staff(t, admin, { username: `mx_${role}`, roles: [role], regionCode: '530102' });
      tokens[role] = account.token;
      ids[role] = account.id;
    }
    // A manager of the same region whose one workstation none of the rows touch.
    const elsewhere = await t
      .http()
      .post('/api/v1/workstations')
      .set(bearer(admin))
      .send({
        name: '矩阵别处工作室',
        kind: 'member_studio',
        regionCode: '530102',
        address: '别处路 1 号',
        location: { lat: 25.04, lng: 102.7, crs: 'GCJ02' },
      });
    tokens.manager_elsewhere = (
      await staff(t, admin, {
        username: 'mx_manager_elsewhere',
        roles: ['workstation_manager'],
        regionCode: '530102',
        workstationIds: [elsewhere.body.id as string],
      })
    ).token;
    tokens.resident = await t.residentToken('13900000001', '矩阵居民');
    for (const ctx of MATRIX) await ctx.setup?.(t, admin, fx);
    // The matrix's own manager manages every place the fixtures made in its region.
    const places: { id: string }[] = await t.db.query(
      `SELECT id FROM workstations WHERE region_code LIKE '530102%' AND id <> $1`,
      [elsewhere.body.id],
    );
    const granted = await t
      .http()
      .patch(`/api/v1/users/${ids.workstation_manager}`)
      .set(bearer(admin))
      .send({ workstationIds: places.map((w) => w.id) });
    expect(granted.status).toBe(200);
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
    const actsAs = role === 'manager_elsewhere' ? 'workstation_manager' : role;
    const allowed =
      row.allow.includes(actsAs) &&
      (scope === 'own' || !row.scoped || role === 'admin') &&
      !(role === 'manager_elsewhere' && row.place);
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
