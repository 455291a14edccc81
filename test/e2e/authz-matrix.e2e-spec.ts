import { readFileSync } from 'node:fs';
import { OPENAPI_FILE } from '@test/contract';
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

/**
 * Operations that need no matrix row: they hold nothing of a region or a workstation, so there is no
 * role × region cell to check. Keep this list short; anything that reads or changes someone's data
 * gets a row in test/support/matrix instead.
 */
const NO_ROW: Record<string, string> = {
  'GET /health': 'liveness, public by design',
  'GET /public/client-config': 'public settings the web client boots with',
  // Signing in: there is no caller yet (auth.e2e-spec.ts, auth-security.e2e-spec.ts).
  'POST /auth/login': 'sign-in',
  'POST /auth/refresh': 'sign-in with a refresh token',
  'POST /auth/sms': 'sign-in: sends a code to the phone given',
  'POST /auth/resident': 'sign-in with an SMS code',
  // Self-service: act on the caller's own account only, whatever its role (auth specs).
  'POST /auth/logout': 'own session',
  'POST /auth/password': 'own password',
  'POST /auth/totp/setup': 'own second factor',
  'POST /auth/totp/enable': 'own second factor',
  'POST /auth/totp/disable': 'own second factor',
  'POST /auth/totp/recovery-codes': 'own recovery codes',
  'GET /auth/totp/recovery-codes': 'own recovery codes',
  // Decided per person, not per role and region: a member on duty at that workstation or a resident
  // (opinion.e2e-spec.ts covers a member on duty, one elsewhere, a resident, staff, another region).
  'POST /workstations/{id}/opinion-entries': 'duty assignment',
  // Public route decided per file (draft or published outcome, the suggestion's departments):
  // outcomes.e2e-spec.ts covers finding 2 (residents, another region's handler, the public).
  'GET /outcome-files/{id}': 'per-file gate',
};

/** 'GET /users/:id?x=1 (draft)' and 'GET /users/{id}' name the same operation. */
const operationKey = (route: string) =>
  route
    .replace(/ \(.*\)$/, '')
    .replace(/\?.*$/, '')
    .replace(/:(\w+)/g, '{$1}');

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

  it('has a row for every operation of docs/openapi.json, or a reason on the short no-row list', () => {
    const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const rows = new Set(MATRIX.flatMap((ctx) => ctx.rows.map((r) => operationKey(r.route))));
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`),
    );
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.filter((op) => !rows.has(op) && !(op in NO_ROW))).toEqual([]);
    // A stale exemption or a row for a route that no longer exists is a mistake too.
    expect(Object.keys(NO_ROW).filter((op) => !operations.includes(op))).toEqual([]);
    expect([...rows].filter((op) => !operations.includes(op))).toEqual([]);
  });

  it('covers a meaningful number of cells', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7 * ROLES.length * 2);
  });
});
