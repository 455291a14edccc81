import { AuditRetentionJob, AuditService, UsersService } from '@xs/identity';
import { randomUUID } from 'node:crypto';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createDepartment } from '@test/factories/directory';

describe('identity: accounts, region scope, personal data and the audit trail', () => {
  let t: TestApp;
  let admin: string;
  let whOrganiser: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    whOrganiser = await staff(t, admin, { username: 'wh_org', roles: ['organiser'], regionCode: '530102' });
  });
  afterAll(() => t.close());

  it('an organiser creates lower roles inside its own subtree only', async () => {
    const inside = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(whOrganiser.token))
      .send({
        username: 'qy_manager',
        password: 'Manager-Pass-1',
        displayName: '青云街道',
        roles: ['workstation_manager'],
        regionCode: '530102001',
      });
    expect(inside.status).toBe(201);
    const outside = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(whOrganiser.token))
      .send({
        username: 'pl_mgr',
        password: 'Manager-Pass-1',
        displayName: '盘龙',
        roles: ['workstation_manager'],
        regionCode: '530103',
      });
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('OUT_OF_REGION');
    const parent = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(whOrganiser.token))
      .send({
        username: 'km_mgr',
        password: 'Manager-Pass-1',
        displayName: '昆明',
        roles: ['member'],
        regionCode: '530100',
      });
    expect(parent.status).toBe(403);
  });

  it("a department is granted like a region: it must exist and lie inside the actor's subtree (create and change)", async () => {
    const pl = await staff(t, admin, { username: 'pl_org_dept', roles: ['organiser'], regionCode: '530103' });
    const whDept = await createDepartment(t, admin, { regionCode: '530102' });
    const plDept = await createDepartment(t, admin, { regionCode: '530103' });
    const handler = (departmentId: string, username: string) => ({
      username,
      password: 'Handler-Pass-1',
      displayName: '承办人',
      roles: ['department_handler'],
      regionCode: '530103',
      departmentId,
    });
    const across = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(pl.token))
      .send(handler(whDept.id as string, 'pl_h_across'));
    expect(across.status).toBe(403);
    expect(across.body.code).toBe('DEPARTMENT_OUT_OF_REGION');
    const madeUp = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(pl.token))
      .send(handler(randomUUID(), 'pl_h_madeup'));
    expect(madeUp.status).toBe(400);
    expect(madeUp.body.code).toBe('UNKNOWN_DEPARTMENT');
    const listed = await t.http().get('/api/v1/users?q=pl_h_').set(bearer(admin));
    expect(listed.body.items.map((u: { username: string }) => u.username)).toEqual([]);

    const own = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(pl.token))
      .send(handler(plDept.id as string, 'pl_h_own'));
    expect(own.status).toBe(201);
    expect(own.body.departmentId).toBe(plDept.id);
    const moved = await t
      .http()
      .patch(`/api/v1/users/${own.body.id}`)
      .set(bearer(pl.token))
      .send({ departmentId: whDept.id });
    expect(moved.status).toBe(403);
    expect(moved.body.code).toBe('DEPARTMENT_OUT_OF_REGION');
    const movedNowhere = await t
      .http()
      .patch(`/api/v1/users/${own.body.id}`)
      .set(bearer(pl.token))
      .send({ departmentId: randomUUID() });
    expect(movedNowhere.status).toBe(400);
    expect(movedNowhere.body.code).toBe('UNKNOWN_DEPARTMENT');
    const after = await t.http().get(`/api/v1/users/${own.body.id}`).set(bearer(admin));
    expect(after.body.departmentId).toBe(plDept.id);

    // An account an admin tied to a 五华 department is out of a 盘龙 organiser's reach, even for a rename.
    const adminMade = await staff(t, admin, {
      username: 'pl_h_by_admin',
      roles: ['department_handler'],
      regionCode: '530103',
      departmentId: whDept.id as string,
    });
    const renamed = await t
      .http()
      .patch(`/api/v1/users/${adminMade.id}`)
      .set(bearer(pl.token))
      .send({ displayName: '改名' });
    expect(renamed.status).toBe(403);
    expect(renamed.body.code).toBe('DEPARTMENT_OUT_OF_REGION');
  });

  it('nobody grants a role above its own, and only an admin grants pii:read', async () => {
    const organiser = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(whOrganiser.token))
      .send({
        username: 'second_org',
        password: 'Organiser-Pass-1',
        displayName: 'x',
        roles: ['organiser'],
        regionCode: '530102',
      });
    expect(organiser.status).toBe(403);
    expect(organiser.body.code).toBe('ROLE_NOT_GRANTABLE');
    const adminRole = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(whOrganiser.token))
      .send({
        username: 'sneaky',
        password: 'Organiser-Pass-1',
        displayName: 'x',
        roles: ['admin'],
        regionCode: '530102',
      });
    expect(adminRole.status).toBe(403);
    const pii = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(whOrganiser.token))
      .send({
        username: 'piiviewer',
        password: 'Viewer-Pass-11',
        displayName: 'x',
        roles: ['staff_viewer'],
        regionCode: '530102',
        permissions: ['pii:read'],
      });
    expect(pii.status).toBe(403);
    expect(pii.body.code).toBe('ADMIN_ONLY');
    const selfPromote = await t
      .http()
      .patch(`/api/v1/users/${whOrganiser.id}`)
      .set(bearer(whOrganiser.token))
      .send({ roles: ['admin'] });
    expect(selfPromote.status).toBe(403);
  });

  it('rejects weak passwords and duplicate usernames with codes', async () => {
    const weak = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username: 'weakling',
        password: 'password12',
        displayName: 'x',
        roles: ['member'],
        regionCode: '530102',
      });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    const dup = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username: 'wh_org',
        password: 'Whatever-Pass-1',
        displayName: 'x',
        roles: ['member'],
        regionCode: '530102',
      });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('USERNAME_TAKEN');
  });

  it('an admin resets a password: weak ones are refused, the old one stops working, the account is signed out', async () => {
    const u = await staff(t, admin, { username: 'reset_me', roles: ['staff_viewer'], regionCode: '530102' });
    const patch = (token: string, body: object) =>
      t.http().patch(`/api/v1/users/${u.id}`).set(bearer(token)).send(body);
    const weak = await patch(admin, { password: '123' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD', details: { field: 'password' } });
    expect((await patch(whOrganiser.token, { password: 'Reset-Pass-2026' })).body.code).toBe('ADMIN_ONLY');
    await patch(admin, { password: 'Reset-Pass-2026' }).expect(200);
    // The session it had is gone; the old password no longer signs in, the new one does.
    expect((await t.http().get('/api/v1/me').set(bearer(u.token))).status).toBe(401);
    const old = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'reset_me', password: 'Staff-Pass-2026' });
    expect(old.status).toBe(401);
    await t.login('reset_me', 'Reset-Pass-2026');
    const audit = await t
      .http()
      .get('/api/v1/audit')
      .query({ action: 'user.update', targetId: u.id })
      .set(bearer(admin))
      .expect(200);
    expect(JSON.stringify(audit.body.items[0].detail)).toContain('passwordReset');
    expect(JSON.stringify(audit.body.items)).not.toContain('Reset-Pass-2026');
  });

  it('phones are masked unless the caller holds pii:read, even for admin; each unmasked read is audited with its address', async () => {
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({
        username: 'phoneuser',
        password: 'Phone-Pass-2026',
        displayName: '有电话',
        roles: ['member'],
        regionCode: '530102',
        phone: '13812345678',
      })
      .expect(201);
    expect(created.body.phone).toBe('138****5678');
    const asAdmin = await t.http().get(`/api/v1/users/${created.body.id}`).set(bearer(admin)).expect(200);
    expect(asAdmin.body.phone).toBe('138****5678');
    const viewer = await staff(t, admin, {
      username: 'pii_reader',
      roles: ['organiser'],
      regionCode: '530102',
      permissions: ['pii:read'],
    });
    const full = await t.http().get(`/api/v1/users/${created.body.id}`).set(bearer(viewer.token)).expect(200);
    expect(full.body.phone).toBe('13812345678');
    const audit = await t.http().get('/api/v1/audit?action=pii.read').set(bearer(admin)).expect(200);
    const read = audit.body.items.find(
      (a: { actorId: string; targetId: string }) => a.actorId === viewer.id && a.targetId === created.body.id,
    );
    // Who read it, and from where: the address of the request that read it.
    expect(read).toMatchObject({ result: 'ok', ip: expect.stringMatching(/127\.0\.0\.1|::1/) });
    // So does a write the service audits by name (the route's own entry always had it).
    const named = await t.http().get('/api/v1/audit?action=user.create').set(bearer(admin)).expect(200);
    expect(named.body.items.find((a: { targetId: string }) => a.targetId === created.body.id)).toMatchObject({
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    const raw: { phone_enc: string }[] = await t.db.query(`SELECT phone_enc FROM users WHERE id = $1`, [
      created.body.id,
    ]);
    expect(raw[0].phone_enc).not.toContain('5678');
  });

  it("lists only users inside the caller's subtree, each with its region's name", async () => {
    await staff(t, admin, { username: 'pl_person', roles: ['member'], regionCode: '530103' });
    const list = await t.http().get('/api/v1/users?pageSize=100').set(bearer(whOrganiser.token)).expect(200);
    expect(list.body.items.every((u: { regionCode: string }) => u.regionCode.startsWith('530102'))).toBe(
      true,
    );
    expect(list.body.items.some((u: { username: string }) => u.username === 'pl_person')).toBe(false);
    // Each account names its region as staff know it.
    const names = Object.fromEntries(
      list.body.items.map((u: { username: string; regionName: string }) => [u.username, u.regionName]),
    );
    expect(names).toMatchObject({ wh_org: '五华区', qy_manager: '华山街道' });
    const one = await t.http().get(`/api/v1/users/${whOrganiser.id}`).set(bearer(admin)).expect(200);
    expect(one.body).toMatchObject({ regionCode: '530102', regionName: '五华区' });
    const other = await t.http().get('/api/v1/users?region=530103').set(bearer(whOrganiser.token));
    expect(other.status).toBe(403);
    const big = await t.http().get('/api/v1/users?pageSize=101').set(bearer(admin));
    expect(big.status).toBe(400);
  });

  it('other contexts read accounts through UsersService: by username, and the earliest enabled ones with a role', async () => {
    const users = t.app.get(UsersService);
    const m1 = await staff(t, admin, { username: 'ac_m1', roles: ['member'], regionCode: '530102' });
    const m2 = await staff(t, admin, {
      username: 'ac_m2',
      roles: ['member'],
      regionCode: '530103',
      phone: '13900001234',
    });
    const m3 = await staff(t, admin, { username: 'ac_m3', roles: ['member'], regionCode: '530102' });
    const off = await t.http().patch(`/api/v1/users/${m3.id}`).set(bearer(admin)).send({ disabled: true });
    expect(off.status).toBe(200);

    const named = await users.accountsNamed(['ac_m2', 'ac_m1', 'nobody']);
    expect(named.map((a) => a.username)).toEqual(['ac_m1', 'ac_m2']);
    expect(named[1]).toMatchObject({ id: m2.id, regionCode: '530103', roles: ['member'] });
    expect(named[0].phoneEnc).toBeNull();
    // Only the ciphertext crosses the boundary.
    expect(named[1].phoneEnc).toBeTruthy();
    expect(named[1].phoneEnc).not.toContain('13900001234');

    const members = (await users.earliestWithRoles(['member'], 100)).map((a) => a.id);
    expect(members).toEqual(expect.arrayContaining([m1.id, m2.id]));
    expect(members.indexOf(m1.id)).toBeLessThan(members.indexOf(m2.id));
    expect(members).not.toContain(m3.id);
    const texted = (await users.earliestWithRoles(['member'], 100, { withPhone: true })).map((a) => a.id);
    expect(texted).toContain(m2.id);
    expect(texted).not.toContain(m1.id);
    expect(await users.earliestWithRoles(['member'], 1)).toHaveLength(1);
  });

  it('audits logins (success and failure) and staff writes with who, what, result and IP', async () => {
    await t.http().post('/api/v1/auth/login').send({ username: 'wh_org', password: 'bad-Password-1' });
    const res = await t
      .http()
      .get('/api/v1/audit?action=auth.login&pageSize=100')
      .set(bearer(admin))
      .expect(200);
    const results = res.body.items.map((a: { result: string }) => a.result);
    expect(results).toContain('ok');
    expect(results).toContain('failed:bad_password');
    expect(res.body.items[0].ip).toBeTruthy();
    const writes = await t.http().get('/api/v1/audit?action=POST /users').set(bearer(admin)).expect(200);
    expect(writes.body.total).toBeGreaterThan(0);
    expect(writes.body.items.some((a: { result: string }) => a.result.startsWith('error:403'))).toBe(true);
  });

  it('filters by a result kind (ok:201 is ok, failed:bad_password is failed) and by one result exactly', async () => {
    await t.http().post('/api/v1/auth/login').send({ username: 'wh_org', password: 'bad-Password-2' });
    await t.http().post('/api/v1/users').set(bearer(admin)).send({ username: 'x' }).expect(400);
    const results = async (result: string) => {
      const res = await t
        .http()
        .get('/api/v1/audit')
        .query({ result, pageSize: 100 })
        .set(bearer(admin))
        .expect(200);
      return res.body.items.map((a: { result: string }) => a.result) as string[];
    };
    const ok = await results('ok');
    expect(ok).toContain('ok');
    expect(ok.some((r) => /^ok:2\d\d$/.test(r))).toBe(true);
    expect(ok.every((r) => r === 'ok' || r.startsWith('ok:'))).toBe(true);
    const failed = await results('failed');
    expect(failed).toContain('failed:bad_password');
    expect(failed.every((r) => r.startsWith('failed:'))).toBe(true);
    const errors = await results('error');
    expect(errors).toContain('error:400');
    expect(errors.every((r) => r.startsWith('error:'))).toBe(true);
    expect(await results('failed:bad_password')).toEqual(expect.arrayContaining(['failed:bad_password']));
    expect((await results('failed:bad_password')).every((r) => r === 'failed:bad_password')).toBe(true);
    // Not a kind: nothing, not everything.
    expect(await results('o')).toEqual([]);
  });

  it('concurrent audit records are each written once, in order, and the chain stays intact (group commit)', async () => {
    const before = await t.db.query(`SELECT max(id)::bigint AS id FROM audit_log`);
    const service = t.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        service.record({
          actorId: null,
          actorName: 'bench',
          action: 'test.concurrent',
          targetType: 'n',
          targetId: String(i),
          result: 'ok',
        }),
      ),
    );
    const rows: { target_id: string }[] = await t.db.query(
      `SELECT target_id FROM audit_log WHERE id > $1 AND action = 'test.concurrent' ORDER BY id`,
      [before[0].id ?? 0],
    );
    // All 60, once each, in the order they were handed in.
    expect(rows.map((r) => Number(r.target_id))).toEqual(Array.from({ length: 60 }, (_, i) => i));
    const ok = await t.http().get('/api/v1/audit/verify').set(bearer(admin)).expect(200);
    expect(ok.body.ok).toBe(true);
  });

  it('the audit trail is append-only and its hash chain exposes tampering', async () => {
    const ok = await t.http().get('/api/v1/audit/verify').set(bearer(admin)).expect(200);
    expect(ok.body.ok).toBe(true);
    expect(ok.body.checked).toBeGreaterThan(5);
    await expect(
      t.db.query(`UPDATE audit_log SET result = 'ok' WHERE id = (SELECT min(id) FROM audit_log)`),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/180 days/);
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    // A superuser can still bypass triggers; the chain then shows it.
    await t.db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await t.db.query(
      `UPDATE audit_log SET actor_name = 'someone else' WHERE id = (SELECT min(id) + 1 FROM audit_log)`,
    );
    await t.db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    const broken = await t.http().get('/api/v1/audit/verify').set(bearer(admin)).expect(200);
    expect(broken.body.ok).toBe(false);
    expect(broken.body.brokenAt).toBeDefined();
  });

  it('retention removes rows past AUDIT_RETENTION_DAYS and keeps younger ones', async () => {
    await t.db.query(
      `INSERT INTO audit_log (at, action, result, prev_hash, hash) VALUES (now() - interval '400 days', 'old.entry', 'ok', '', ''), (now() - interval '100 days', 'recent.entry', 'ok', '', '')`,
    );
    const removed = await t.app.get(AuditRetentionJob).runOnce();
    expect(removed).toBe(1);
    const left: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_log WHERE action IN ('old.entry', 'recent.entry')`,
    );
    expect(left.map((r) => r.action)).toEqual(['recent.entry']);
  });
});
