import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createDepartment } from '@test/factories/directory';

describe('directory: editing departments (承办单位)', () => {
  let t: TestApp;
  let admin: string;
  const patch = (id: string, body: object, token = admin) =>
    t.http().patch(`/api/v1/departments/${id}`).set(bearer(token)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('renames and moves a department; the list and the audit trail show it', async () => {
    const d = await createDepartment(t, admin, { name: '五华区城管局' });
    const res = await patch(d.id, { name: '  五华区城市管理局 ', regionCode: '530102001' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: d.id,
      name: '五华区城市管理局',
      regionCode: '530102001',
      regionName: '华山街道',
      createdAt: d.createdAt,
    });
    const list = await t
      .http()
      .get(`/api/v1/departments?region=530102&q=${encodeURIComponent('城市管理')}`)
      .set(bearer(admin))
      .expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: d.id, name: '五华区城市管理局' })]);
    // The search index follows the new name.
    const old = await t
      .http()
      .get(`/api/v1/departments?region=530102&q=${encodeURIComponent('城管局')}`)
      .set(bearer(admin))
      .expect(200);
    expect(old.body.total).toBe(0);
    const audit = await t.http().get('/api/v1/audit?action=department.update').set(bearer(admin)).expect(200);
    expect(audit.body.items[0]).toMatchObject({ targetId: d.id });
    expect(JSON.stringify(audit.body.items[0].detail)).toContain('regionCode');

    // Sending what it already is changes nothing and writes no audit row.
    await patch(d.id, { name: '五华区城市管理局' }).expect(200);
    const again = await t.http().get('/api/v1/audit?action=department.update').set(bearer(admin)).expect(200);
    expect(again.body.total).toBe(audit.body.total);
  });

  it('refuses bad input with a stable code and the field it belongs to', async () => {
    const a = await createDepartment(t, admin, { name: '五华区教育体育局' });
    const b = await createDepartment(t, admin, { name: '五华区卫生健康局' });
    const dup = await patch(b.id, { name: '五华区教育体育局' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'DEPARTMENT_EXISTS', details: { field: 'name' } });
    expect(dup.body.message).toContain('五华区教育体育局');

    const blank = await patch(b.id, { name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'name' } });

    const long = await patch(b.id, { name: '局'.repeat(121) });
    expect(long.status).toBe(400);
    expect(long.body.code).toBe('VALIDATION_FAILED');

    const region = await patch(b.id, { regionCode: '539999' });
    expect(region.status).toBe(400);
    expect(region.body).toMatchObject({ code: 'UNKNOWN_REGION', details: { field: 'regionCode' } });

    const badRegion = await patch(b.id, { regionCode: 'abc' });
    expect(badRegion.status).toBe(400);

    await patch('00000000-0000-4000-8000-000000000000', { name: 'x' }).expect(404);
    await patch('not-a-uuid', { name: 'x' }).expect(400);

    // Nothing of the refused edits was written.
    const still = await t.http().get(`/api/v1/departments/${b.id}`).set(bearer(admin)).expect(200);
    expect(still.body).toMatchObject({ name: '五华区卫生健康局', regionCode: '530102' });
    expect((await t.http().get(`/api/v1/departments/${a.id}`).set(bearer(admin))).body.name).toBe(
      '五华区教育体育局',
    );
  });

  it('keeps an organiser to their region, both the department and where it moves', async () => {
    const organiser = await staff(t, admin, {
      username: 'dept_editor',
      roles: ['organiser'],
      regionCode: '530102',
    });
    const mine = await createDepartment(t, admin, { name: '五华区民政局', regionCode: '530102' });
    const theirs = await createDepartment(t, admin, { name: '盘龙区民政局', regionCode: '530103' });
    await patch(mine.id, { name: '五华区民政局（改）' }, organiser.token).expect(200);
    expect([403, 404]).toContain((await patch(theirs.id, { name: '拿走' }, organiser.token)).status);
    expect((await patch(mine.id, { regionCode: '530103' }, organiser.token)).status).toBe(403);
    const handler = await staff(t, admin, {
      username: 'dept_handler_no_edit',
      roles: ['department_handler'],
      regionCode: '530102',
      departmentId: mine.id,
    });
    expect((await patch(mine.id, { name: '自己改名' }, handler.token)).status).toBe(403);
    const after = await t.http().get(`/api/v1/departments/${mine.id}`).set(bearer(admin)).expect(200);
    expect(after.body.name).toBe('五华区民政局（改）');
  });

  it('concurrent renames to one name: exactly one wins, the others hear 409 DEPARTMENT_EXISTS', async () => {
    const ds = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createDepartment(t, admin, { name: `并发承办单位${i}` })),
    );
    const res = await Promise.all(ds.map((d) => patch(d.id, { name: '并发改名承办单位' })));
    expect(res.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(res.filter((r) => r.status === 409).every((r) => r.body.code === 'DEPARTMENT_EXISTS')).toBe(true);
    const rows: { n: string }[] = await t.db.query(
      `SELECT count(*) AS n FROM departments WHERE name = '并发改名承办单位'`,
    );
    expect(Number(rows[0].n)).toBe(1);
  });

  it('concurrent creates of one name: one 201, the rest 409 (the unique index decides, never a 500)', async () => {
    const res = await Promise.all(
      Array.from({ length: 5 }, () =>
        t
          .http()
          .post('/api/v1/departments')
          .set(bearer(admin))
          .send({ name: '并发新建承办单位', regionCode: '530102' }),
      ),
    );
    expect(res.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('a blank name is refused at its field, in the language asked for', async () => {
    const blank = (lang?: string) => {
      const req = t.http().post('/api/v1/departments').set(bearer(admin));
      return (lang ? req.set('Accept-Language', lang) : req).send({ name: '   ', regionCode: '530102' });
    };
    const zh = await blank();
    expect([zh.status, zh.body.code, zh.body.message, zh.body.details]).toEqual([
      400,
      'VALIDATION_FAILED',
      '名称不能为空',
      { field: 'name' },
    ]);
    expect((await blank('en')).body.message).toBe('the name cannot be empty');
    expect((await blank('zh-TW')).body.message).toBe('名稱不能為空');
  });
});
