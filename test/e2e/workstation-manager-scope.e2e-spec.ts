import { randomUUID } from 'node:crypto';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createMember } from '@test/factories/directory';
import { createSession, createTestWorkstation } from '@test/factories/scheduling';

/** Issue 12 finding 14: a workstation manager acts at the workstations it manages, not region-wide. */
describe('workstation manager: scoped to the workstations it manages', () => {
  let t: TestApp;
  let admin: string;
  let mine: string;
  let theirs: string;
  let manager: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    mine = (await createTestWorkstation(t, admin, { regionCode: '530102' })).id;
    theirs = (await createTestWorkstation(t, admin, { regionCode: '530102' })).id;
    manager = await staff(t, admin, {
      username: 'wm_scope',
      roles: ['workstation_manager'],
      regionCode: '530102',
      workstationIds: [mine],
    });
  });
  afterAll(() => t.close());

  it('workstations are granted like a region: known, and inside the granting organiser’s subtree', async () => {
    const organiser = await staff(t, admin, {
      username: 'wm_org',
      roles: ['organiser'],
      regionCode: '530103',
    });
    const grant = (workstationIds: string[]) =>
      t
        .http()
        .post('/api/v1/users')
        .set(bearer(organiser.token))
        .send({
          username: `wm_${randomUUID().slice(0, 8)}`,
          password: 'Manager-Pass-1',
          displayName: '管理员',
          roles: ['workstation_manager'],
          regionCode: '530103',
          workstationIds,
        });
    const across = await grant([mine]);
    expect(across.status).toBe(403);
    expect(across.body.code).toBe('WORKSTATION_OUT_OF_REGION');
    const madeUp = await grant([randomUUID()]);
    expect(madeUp.status).toBe(400);
    expect(madeUp.body.code).toBe('UNKNOWN_WORKSTATION');
    const me = await t.http().get('/api/v1/me').set(bearer(manager.token)).expect(200);
    expect(me.body.workstationIds).toEqual([mine]);
  });

  it('edits, staffs and deletes only its own workstation; another of the region stays untouched', async () => {
    const member = await createMember(t, admin, { regionCode: '530102' });
    await t
      .http()
      .put(`/api/v1/workstations/${theirs}/members`)
      .set(bearer(admin))
      .send({ memberIds: [member.id] })
      .expect(200);
    const as = (method: 'patch' | 'put' | 'delete', path: string, body?: object) => {
      const req = t.http()[method](`/api/v1${path}`).set(bearer(manager.token));
      return body ? req.send(body) : req;
    };
    const cleared = await as('put', `/workstations/${theirs}/members`, { memberIds: [] });
    expect(cleared.status).toBe(403);
    expect(cleared.body.code).toBe('NOT_YOUR_WORKSTATION');
    const edited = await as('patch', `/workstations/${theirs}`, { capacity: 5 });
    expect(edited.status).toBe(403);
    expect(edited.body.code).toBe('NOT_YOUR_WORKSTATION');
    const deleted = await as('delete', `/workstations/${theirs}`);
    expect(deleted.status).toBe(403);
    expect(deleted.body.code).toBe('NOT_YOUR_WORKSTATION');
    const still = await t.http().get(`/api/v1/workstations/${theirs}`).set(bearer(admin)).expect(200);
    expect(still.body.status).toBe('active');
    const staffed = await t
      .http()
      .get(`/api/v1/workstations/${theirs}/members`)
      .set(bearer(admin))
      .expect(200);
    expect(staffed.body.items).toHaveLength(1);

    expect((await as('patch', `/workstations/${mine}`, { capacity: 300 })).status).toBe(200);
    expect((await as('put', `/workstations/${mine}/members`, { memberIds: [member.id] })).status).toBe(200);
  });

  it('its calendar, registrations and check-in are its own workstation’s', async () => {
    const own = await createSession(t, manager.token, { workstationId: mine });
    const other = await createSession(t, admin, { workstationId: theirs });
    const refused = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(manager.token))
      .send({
        title: '别处的会',
        format: 'onsite',
        capacity: 10,
        workstationId: theirs,
        startsAt: new Date(Date.now() + 300 * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 302 * 3600_000).toISOString(),
      });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_YOUR_WORKSTATION');
    const listed = await t.http().get('/api/v1/sessions?pageSize=100').set(bearer(manager.token)).expect(200);
    const ids = listed.body.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    for (const path of [`/sessions/${other.id}/registrations`, `/sessions/${other.id}/attendance`]) {
      expect((await t.http().get(`/api/v1${path}`).set(bearer(manager.token))).status).toBe(404);
    }
    const checkin = await t
      .http()
      .post(`/api/v1/sessions/${other.id}/walk-ins`)
      .set(bearer(manager.token))
      .send({ name: '王五', phone: '13912345678' });
    expect(checkin.status).toBe(403);
    expect(checkin.body.code).toBe('NOT_YOUR_WORKSTATION');
    expect(
      (await t.http().get(`/api/v1/sessions/${own.id}/registrations`).set(bearer(manager.token))).status,
    ).toBe(200);
  });

  it('its 民情日记 is its own places’: it lists, answers and makes topics of entries there, not elsewhere', async () => {
    const resident = await t.residentToken('13900001234');
    const record = async (ws: string, text: string) =>
      (
        await t
          .http()
          .post(`/api/v1/workstations/${ws}/opinion-entries`)
          .set(bearer(resident))
          .send({ text, category: '城市管理' })
          .expect(201)
      ).body as { id: string };
    const here = await record(mine, '门口路灯不亮');
    const there = await record(theirs, '别处的井盖松动');
    const listed = await t
      .http()
      .get('/api/v1/opinion-entries?region=530102&pageSize=100')
      .set(bearer(manager.token))
      .expect(200);
    const ids = listed.body.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(here.id);
    expect(ids).not.toContain(there.id);
    // Asking for the other place by name lists nothing either.
    const asked = await t
      .http()
      .get(`/api/v1/opinion-entries?workstation=${theirs}`)
      .set(bearer(manager.token))
      .expect(200);
    expect(asked.body.total).toBe(0);
    for (const [path, body] of [
      [`/opinion-entries/${there.id}/answer`, { answer: '已转告社区' }],
      [`/opinion-entries/${there.id}/topic`, {}],
    ] as const) {
      const refused = await t.http().post(`/api/v1${path}`).set(bearer(manager.token)).send(body);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('ENTRY_NOT_FOUND');
    }
    // Untouched, and the organiser of the region still sees and answers it.
    const stored = await t.db.query(`SELECT disposition, topic_id FROM opinion_entries WHERE id = $1`, [
      there.id,
    ]);
    expect(stored).toEqual([{ disposition: 'open', topic_id: null }]);
    await t
      .http()
      .post(`/api/v1/opinion-entries/${here.id}/answer`)
      .set(bearer(manager.token))
      .send({ answer: '已联系供电所，本周修复' })
      .expect(200);
    await t
      .http()
      .post(`/api/v1/opinion-entries/${there.id}/answer`)
      .set(bearer(admin))
      .send({ answer: '已转告' })
      .expect(200);
  });
});
