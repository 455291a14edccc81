import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { assignMembers, createMember, createWorkstation } from '@test/factories/directory';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';

describe('directory: members at workstations, duty rosters, opening hours', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('assigns members with roles; memberIds keeps existing roles; the port lists them', async () => {
    const w = await createWorkstation(t, admin, { regionCode: '530102001' });
    const a = await createMember(t, admin, { name: '召集人甲', regionCode: '530102' });
    const b = await createMember(t, admin, { name: '成员乙', regionCode: '530102001' });
    const city = await createMember(t, admin, { name: '市级委员丙', regionCode: '530100', level: 'city' });
    const res = await assignMembers(t, admin, w.id, [
      { memberId: a.id, role: 'convener' },
      { memberId: b.id },
      { memberId: city.id },
    ]);
    expect(res.items.map((i: { name: string; role: string }) => [i.name, i.role])).toEqual([
      ['召集人甲', 'convener'],
      ['市级委员丙', 'member'],
      ['成员乙', 'member'],
    ]);
    expect(res.items[0]).toMatchObject({
      roleName: '召集人',
      phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
    });
    const keep = await t
      .http()
      .put(`/api/v1/workstations/${w.id}/members`)
      .set(bearer(admin))
      .send({ memberIds: [a.id, b.id] })
      .expect(200);
    expect(keep.body.items.map((i: { name: string; role: string }) => [i.name, i.role])).toEqual([
      ['召集人甲', 'convener'],
      ['成员乙', 'member'],
    ]);
    const port = t.app.get<DirectoryPort>(DIRECTORY_PORT);
    expect((await port.assignedMemberIds(w.id)).sort()).toEqual([a.id, b.id].sort());
    const detail = await t.http().get(`/api/v1/members/${a.id}`).set(bearer(admin)).expect(200);
    expect(detail.body.workstations).toEqual([
      { id: w.id, name: w.name, role: 'convener', roleName: '召集人', status: 'active' },
    ]);
  });

  it('refuses unknown members, members of unrelated regions and managers of another region', async () => {
    const w = await createWorkstation(t, admin, { regionCode: '530102' });
    const other = await createMember(t, admin, { regionCode: '530103' });
    const put = (body: object, token = admin) =>
      t.http().put(`/api/v1/workstations/${w.id}/members`).set(bearer(token)).send(body);
    expect((await put({ memberIds: ['00000000-0000-4000-8000-000000000000'] })).body.code).toBe(
      'UNKNOWN_MEMBER',
    );
    const far = await put({ memberIds: [other.id] });
    expect(far.status).toBe(400);
    expect(far.body.code).toBe('MEMBER_OUT_OF_REGION');
    expect((await put({ memberIds: [], assignments: [] })).body.code).toBe('AMBIGUOUS_BODY');
    expect((await put({ assignments: [{ memberId: other.id, role: 'boss' }] })).status).toBe(400);
    const pl = await staff(t, admin, {
      username: 'ros_mgr_pl',
      roles: ['workstation_manager'],
      regionCode: '530103',
    });
    expect((await put({ memberIds: [] }, pl.token)).status).toBe(403);
  });

  it('concurrent replacements leave exactly one of the requested sets', async () => {
    const w = await createWorkstation(t, admin);
    const ms = await Promise.all(Array.from({ length: 6 }, () => createMember(t, admin)));
    const sets = [ms.slice(0, 3), ms.slice(3, 6), ms.slice(1, 5)].map((s) => s.map((m) => m.id).sort());
    const res = await Promise.all(
      sets.map((ids) =>
        t.http().put(`/api/v1/workstations/${w.id}/members`).set(bearer(admin)).send({ memberIds: ids }),
      ),
    );
    expect(res.map((r) => r.status)).toEqual([200, 200, 200]);
    const now = (
      await t.http().get(`/api/v1/workstations/${w.id}/members`).set(bearer(admin)).expect(200)
    ).body.items
      .map((i: { memberId: string }) => i.memberId)
      .sort();
    expect(sets).toContainEqual(now);
  });

  it("a workstation's public page lists its duty from today where it is (Beijing), for 30 days", async () => {
    const day = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
    const now = new Date();
    const w = await createWorkstation(t, admin, { name: '每日值班工作室', regionCode: '530103' });
    const m = await createMember(t, admin, { name: '每日委员', regionCode: '530103' });
    await assignMembers(t, admin, w.id, [{ memberId: m.id }]);
    await t
      .http()
      .post(`/api/v1/workstations/${w.id}/duty-rules`)
      .set(bearer(admin))
      .send({
        memberId: m.id,
        rrule: 'FREQ=DAILY',
        // From two days back (yesterday has duty too), so nothing else's roster meets it.
        startsOn: day(new Date(now.getTime() - 2 * 86400000)),
        startTime: '09:00',
        endTime: '12:00',
      })
      .expect(201);
    const page = (await t.http().get(`/api/v1/public/workstations/${w.id}`).expect(200)).body as {
      upcomingDuty: { date: string; memberName: string }[];
    };
    // Between 00:00 and 08:00 Beijing time the UTC date is still yesterday's: the list starts today anyway.
    expect(page.upcomingDuty[0]).toMatchObject({ date: day(now), memberName: '每日委员' });
    expect(page.upcomingDuty.at(-1)!.date).toBe(day(new Date(now.getTime() + 30 * 86400000)));
  });

  it('keeps a duty roster: "the 22nd of every even month" and weekly duty, listed day by day', async () => {
    const w = await createWorkstation(t, admin, {
      name: '嵩明委员之家',
      regionCode: '530127',
      kind: 'member_home',
    });
    const w2 = await createWorkstation(t, admin, { name: '五华值班工作室', regionCode: '530102' });
    const m = await createMember(t, admin, { name: '走访委员', regionCode: '530127' });
    const m2 = await createMember(t, admin, { name: '值班委员', regionCode: '530102' });
    const rule = (wid: string, body: object) =>
      t.http().post(`/api/v1/workstations/${wid}/duty-rules`).set(bearer(admin)).send(body);
    const notAssigned = await rule(w.id, {
      memberId: m.id,
      rrule: 'even-months-22',
      startsOn: '2026-01-01',
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(notAssigned.status).toBe(409);
    expect(notAssigned.body.code).toBe('MEMBER_NOT_ASSIGNED');
    await assignMembers(t, admin, w.id, [{ memberId: m.id }]);
    await assignMembers(t, admin, w2.id, [{ memberId: m2.id }]);
    const created = await rule(w.id, {
      memberId: m.id,
      rrule: 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22',
      startsOn: '2026-01-01',
      startTime: '09:00',
      endTime: '12:00',
      note: '委员走访日',
    });
    expect(created.status).toBe(201);
    await rule(w2.id, {
      memberId: m2.id,
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      startsOn: '2026-04-01',
      until: '2026-04-30',
      startTime: '14:00',
      endTime: '17:00',
    }).expect(201);
    const bad = await rule(w.id, {
      memberId: m.id,
      rrule: 'FREQ=HOURLY',
      startsOn: '2026-01-01',
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(bad.body.code).toBe('INVALID_RRULE');
    expect(
      (
        await rule(w.id, {
          memberId: m.id,
          rrule: 'weekdays',
          startsOn: '2026-01-01',
          startTime: '12:00',
          endTime: '09:00',
        })
      ).body.code,
    ).toBe('INVALID_TIME_RANGE');

    const year = (
      await t
        .http()
        .get('/api/v1/duty-roster?region=530127&from=2026-01-01&to=2026-12-31')
        .set(bearer(admin))
        .expect(200)
    ).body;
    expect(year.items.map((d: { date: string }) => d.date)).toEqual([
      '2026-02-22',
      '2026-04-22',
      '2026-06-22',
      '2026-08-22',
      '2026-10-22',
      '2026-12-22',
    ]);
    expect(year.items[0]).toMatchObject({
      startsAt: '2026-02-22T09:00:00+08:00',
      endsAt: '2026-02-22T12:00:00+08:00',
      workstation: { id: w.id, name: '嵩明委员之家' },
      member: { id: m.id, name: '走访委员' },
      note: '委员走访日',
    });
    const april = (
      await t
        .http()
        .get('/api/v1/duty-roster?region=530100&from=2026-04-01&to=2026-04-30')
        .set(bearer(admin))
        .expect(200)
    ).body;
    expect(
      april.items.map((d: { date: string; member: { name: string } }) => `${d.date} ${d.member.name}`),
    ).toEqual([
      '2026-04-07 值班委员',
      '2026-04-14 值班委员',
      '2026-04-21 值班委员',
      '2026-04-22 走访委员',
      '2026-04-28 值班委员',
    ]);
    const one = (
      await t
        .http()
        .get(`/api/v1/duty-roster?region=530100&from=2026-04-01&to=2026-04-30&member=${m.id}`)
        .set(bearer(admin))
        .expect(200)
    ).body;
    expect(one.total).toBe(1);
    expect(
      (await t.http().get('/api/v1/duty-roster?from=2026-01-01&to=2027-06-01').set(bearer(admin))).body.code,
    ).toBe('RANGE_TOO_LONG');
    expect(
      (await t.http().get('/api/v1/duty-roster?from=2026-05-01&to=2026-04-01').set(bearer(admin))).body.code,
    ).toBe('INVALID_RANGE');
    // An organiser of 五华区 sees only its own subtree.
    const org = await staff(t, admin, { username: 'ros_org_wh', roles: ['organiser'], regionCode: '530102' });
    const mine = (
      await t
        .http()
        .get('/api/v1/duty-roster?from=2026-04-01&to=2026-04-30')
        .set(bearer(org.token))
        .expect(200)
    ).body;
    expect(
      mine.items.every((d: { workstation: { regionCode: string } }) =>
        d.workstation.regionCode.startsWith('530102'),
      ),
    ).toBe(true);
    expect(
      (
        await t
          .http()
          .get('/api/v1/duty-roster?region=530127&from=2026-04-01&to=2026-04-30')
          .set(bearer(org.token))
      ).status,
    ).toBe(403);
    // Rules are listed and removed; a deleted place leaves the roster.
    const rules = (
      await t.http().get(`/api/v1/workstations/${w.id}/duty-rules`).set(bearer(admin)).expect(200)
    ).body;
    expect(rules.items[0]).toMatchObject({
      rrule: 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22',
      memberName: '走访委员',
    });
    await t.http().delete(`/api/v1/workstations/${w2.id}`).set(bearer(admin)).expect(204);
    const after = (
      await t
        .http()
        .get('/api/v1/duty-roster?region=530100&from=2026-04-01&to=2026-04-30')
        .set(bearer(admin))
        .expect(200)
    ).body;
    expect(after.items.map((d: { date: string }) => d.date)).toEqual(['2026-04-22']);
    await t.http().delete(`/api/v1/duty-rules/${created.body.id}`).set(bearer(admin)).expect(204);
    expect(
      (
        await t
          .http()
          .get('/api/v1/duty-roster?region=530127&from=2026-01-01&to=2026-12-31')
          .set(bearer(admin))
      ).body.total,
    ).toBe(0);
  });

  it('validates opening hours and applies exceptions in the schedule', async () => {
    const bad = await t
      .http()
      .post('/api/v1/workstations')
      .set(bearer(admin))
      .set('Accept-Language', 'en')
      .send({
        name: '坏时间',
        kind: 'other',
        regionCode: '530102',
        address: 'x',
        location: { lat: 25, lng: 102, crs: 'WGS84' },
        openingHours: { weekly: { mon: [['18:00', '09:00']] } },
      });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_OPENING_HOURS');
    expect(bad.body.message).toBe(
      'Invalid opening hours: the range 18:00–09:00 in openingHours.weekly.mon must start before it ends',
    );
    const w = await createWorkstation(t, admin, {
      openingHours: {
        weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
        exceptions: [{ date: '2026-10-05', closed: true, note: '国庆' }],
      },
    });
    const s = (
      await t
        .http()
        .get(`/api/v1/workstations/${w.id}/schedule?from=2026-10-05&to=2026-10-06`)
        .set(bearer(admin))
        .expect(200)
    ).body;
    expect(s.days).toEqual([
      { date: '2026-10-05', weekday: 'mon', hours: [], note: '国庆', exception: true },
      { date: '2026-10-06', weekday: 'tue', hours: [['09:00', '17:00']], exception: false },
    ]);
    const pub = await t
      .http()
      .get(`/api/v1/public/workstations/${w.id}/schedule?from=2026-10-05&to=2026-10-06`)
      .expect(200);
    expect(pub.body.days).toHaveLength(2);
    const cleared = await t
      .http()
      .patch(`/api/v1/workstations/${w.id}`)
      .set(bearer(admin))
      .send({ openingHours: null })
      .expect(200);
    expect(cleared.body.openingHours).toBeNull();
  });

  it('links a member to a login and serves sectors from config/sectors.json', async () => {
    const u = await staff(t, admin, {
      username: 'ros_member_login',
      roles: ['member'],
      regionCode: '530102',
    });
    const m = await createMember(t, admin, { userId: u.id, name: '有账号的委员' });
    const port = t.app.get<DirectoryPort>(DIRECTORY_PORT);
    expect(await port.memberForUser(u.id)).toMatchObject({ id: m.id, userId: u.id });
    const twice = await t
      .http()
      .post('/api/v1/members')
      .set(bearer(admin))
      .send({ name: '另一位', level: 'county', regionCode: '530102', userId: u.id });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('MEMBER_USER_TAKEN');
    const sectors = (await t.http().get('/api/v1/sectors').expect(200)).body;
    expect(sectors.items).toEqual(expect.arrayContaining(['教育界', '经济界', '医药卫生界', '中国民主同盟']));
    const unknown = await t
      .http()
      .post('/api/v1/members')
      .set(bearer(admin))
      .send({ name: '甲', level: 'county', regionCode: '530102', sector: '火星界' });
    expect(unknown.body.code).toBe('UNKNOWN_SECTOR');
  });
});
