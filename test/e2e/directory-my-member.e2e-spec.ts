import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { assignMembers, createMember, createWorkstation } from '@test/factories/directory';

/** GET /me/member: a member's desk reads their own record, places and duty ahead, whatever their region. */
describe('directory: a member’s own record (GET /me/member)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('answers the linked member with their places and eight weeks of their own duty', async () => {
    const me = await staff(t, admin, { username: 'desk_member', roles: ['member'], regionCode: '530102' });
    // A city member staffing a studio in their own district and one in another (盘龙区).
    const member = await createMember(t, admin, {
      name: '市委员甲',
      level: 'city',
      regionCode: '530100',
      userId: me.id,
    });
    const other = await createMember(t, admin, { name: '同事乙', regionCode: '530102' });
    const wuhua = await createWorkstation(t, admin, { name: '五华委员工作室', regionCode: '530102' });
    const panlong = await createWorkstation(t, admin, {
      name: '盘龙协商议事室',
      kind: 'consultation_room',
      regionCode: '530103',
    });
    const gone = await createWorkstation(t, admin, { name: '已撤销驿站', regionCode: '530102' });
    await assignMembers(t, admin, wuhua.id, [
      { memberId: member.id, role: 'convener' },
      { memberId: other.id },
    ]);
    await assignMembers(t, admin, panlong.id, [{ memberId: member.id }]);
    await assignMembers(t, admin, gone.id, [{ memberId: member.id }]);
    const rule = (wid: string, memberId: string, rrule: string) =>
      t
        .http()
        .post(`/api/v1/workstations/${wid}/duty-rules`)
        .set(bearer(admin))
        .send({ memberId, rrule, startsOn: '2026-01-01', startTime: '09:00', endTime: '11:30' })
        .expect(201);
    // Weekly: any 56-day window holds exactly eight of them.
    await rule(panlong.id, member.id, 'FREQ=WEEKLY;BYDAY=TU');
    await rule(wuhua.id, other.id, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    await t.http().delete(`/api/v1/workstations/${gone.id}`).set(bearer(admin)).expect(204);

    const res = await t.http().get('/api/v1/me/member').set(bearer(me.token)).expect(200);
    const body = res.body;
    expect(body.member).toMatchObject({ id: member.id, name: '市委员甲', level: 'city', userId: me.id });
    expect(body.member.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    // By name; the deleted place is left out.
    expect(body.workstations).toEqual([
      expect.objectContaining({ id: wuhua.id, kindName: '委员工作室', role: 'convener', roleName: '召集人' }),
      expect.objectContaining({
        id: panlong.id,
        kind: 'consultation_room',
        role: 'member',
        regionCode: '530103',
      }),
    ]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(body.dutyFrom).toBe(today);
    expect((Date.parse(body.dutyTo) - Date.parse(body.dutyFrom)) / 86_400_000).toBe(55);
    expect(body.duty).toHaveLength(8);
    for (const d of body.duty) {
      expect(d).toMatchObject({ member: { id: member.id }, workstation: { id: panlong.id } });
      expect(new Date(`${d.date}T12:00:00Z`).getUTCDay()).toBe(2);
      expect(d.date >= body.dutyFrom && d.date <= body.dutyTo).toBe(true);
      expect(Date.parse(d.startsAt)).toBe(Date.parse(`${d.date}T09:00:00+08:00`));
    }
  });

  it('refuses other roles and says when an account has no member record', async () => {
    const lone = await staff(t, admin, { username: 'desk_lone', roles: ['member'], regionCode: '530102' });
    const none = await t.http().get('/api/v1/me/member').set(bearer(lone.token)).expect(404);
    expect(none.body).toMatchObject({
      code: 'MEMBER_NOT_LINKED',
      message: '此账号未关联委员档案，请联系政协机关登记',
    });
    const org = await staff(t, admin, { username: 'desk_org', roles: ['organiser'], regionCode: '530102' });
    expect((await t.http().get('/api/v1/me/member').set(bearer(org.token))).status).toBe(403);
    expect((await t.http().get('/api/v1/me/member')).status).toBe(401);
  });
});
