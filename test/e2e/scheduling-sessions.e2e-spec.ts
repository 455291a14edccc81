import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createTestWorkstation, createSession, publishSession } from '@test/factories/scheduling';
import { register, testPhone } from '@test/factories/registration';

const HOUR = 3600000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

// Booting an app on a cloned database takes a few seconds on a busy machine.
jest.setTimeout(120_000);

describe('scheduling: sessions', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  let otherOrganiser: string;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'sch_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    otherOrganiser = (
      await staff(t, admin, { username: 'sch_org2', roles: ['organiser'], regionCode: '530103' })
    ).token;
  });
  afterAll(() => t.close());

  it('creates a draft with every field, copies region and place from the workstation', async () => {
    const ws = await createTestWorkstation(t, organiser, {
      regionCode: '530102',
      name: '青云街道委员工作室',
    });
    const res = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({
        title: '老旧小区停车难协商',
        workstationId: ws.id,
        startsAt: inHours(30),
        endsAt: inHours(32.5),
        format: 'hybrid',
        capacity: 40,
        reservedSeats: 10,
        registrationOpensAt: inHours(1),
        registrationClosesAt: inHours(29),
        streamUrl: 'https://live.example.cn/wuhua/room1.m3u8?auth_key=abc',
        agenda: [
          { kind: 'briefing', title: '通报', minutes: 20 },
          { kind: 'questions', title: '提问', minutes: 40 },
          { kind: 'answers', title: '解答', minutes: 40 },
          { kind: 'speeches', title: '发言', minutes: 30 },
        ],
        onlineAccess: 'registered',
        allowAnonymousViewing: true,
        moderation: 'pre',
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      regionCode: '530102',
      capacity: 40,
      reservedSeats: 10,
      format: 'hybrid',
      onlineAccess: 'registered',
      allowAnonymousViewing: true,
      moderation: 'pre',
      place: { name: '青云街道委员工作室' },
    });
    expect(res.body.agenda.map((a: { kind: string }) => a.kind)).toEqual([
      'briefing',
      'questions',
      'answers',
      'speeches',
    ]);
    const got = await t.http().get(`/api/v1/sessions/${res.body.id}`).set(bearer(organiser)).expect(200);
    expect(got.body.title).toBe('老旧小区停车难协商');
  });

  it('gives the stream address only to those the live room lets in (onlineAccess registered)', async () => {
    const url = 'https://live.example.cn/wuhua/room9.m3u8?auth_key=xyz';
    const s = await publishSession(t, organiser, {
      streamUrl: url,
      onlineAccess: 'registered',
      registrationOpensAt: inHours(-1),
    });
    const resident = await t.residentToken(testPhone(), '未报名居民');
    const stream = async (token: string) =>
      (await t.http().get(`/api/v1/sessions/${s.id}`).set(bearer(token)).expect(200)).body.streamUrl as
        string | null;
    const listed = async (token: string) =>
      (await t.http().get(`/api/v1/sessions?pageSize=100`).set(bearer(token)).expect(200)).body.items.find(
        (i: { id: string }) => i.id === s.id,
      ) as { streamUrl: string | null } | undefined;
    expect(await stream(resident)).toBeNull();
    expect((await listed(resident))?.streamUrl ?? null).toBeNull();
    expect(await stream(organiser)).toBe(url);
    const reg = await register(t, resident, s.id);
    expect([reg.status, reg.body.code]).toEqual([201, undefined]);
    expect(await stream(resident)).toBe(url);
  });

  it('walks draft → published → live → ended → concluded and refuses bad transitions with 409', async () => {
    const s = await createSession(t, organiser);
    const post = (action: string, body: object = {}) =>
      t.http().post(`/api/v1/sessions/${s.id}/${action}`).set(bearer(organiser)).send(body);
    expect((await post('start')).body.code).toBe('INVALID_TRANSITION');
    expect((await post('publish')).body.status).toBe('published');
    expect((await post('publish')).status).toBe(409);
    const live = await post('start');
    expect(live.body.status).toBe('live');
    expect(live.body.startedAt).toBeTruthy();
    expect((await post('cancel', { reason: '太晚了' })).status).toBe(409);
    expect((await post('end')).body.status).toBe('ended');
    expect((await post('conclude')).body.status).toBe('concluded');
  });

  it('cancels from published with a reason; a cancelled session cannot be published (409 INVALID_TRANSITION)', async () => {
    const s = await publishSession(t, organiser);
    const c = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/cancel`)
      .set(bearer(organiser))
      .send({ reason: '场地维修' });
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({ status: 'cancelled', cancelReason: '场地维修' });
    const p = await t.http().post(`/api/v1/sessions/${s.id}/publish`).set(bearer(organiser));
    expect(p.status).toBe(409);
    expect(p.body.code).toBe('INVALID_TRANSITION');
    const noReason = await t
      .http()
      .post(`/api/v1/sessions/${(await createSession(t, organiser)).id}/cancel`)
      .set(bearer(organiser))
      .send({});
    expect(noReason.status).toBe(400);
  });

  it('bad input answers 400/409 with a code and stores nothing', async () => {
    const ws = await createTestWorkstation(t, organiser, { capacity: 30 });
    const base = {
      title: '坏输入',
      workstationId: ws.id,
      startsAt: inHours(50),
      endsAt: inHours(52),
      format: 'onsite',
      capacity: 20,
    };
    const cases: [object, number, string][] = [
      [{ endsAt: inHours(49) }, 400, 'END_BEFORE_START'],
      [{ endsAt: inHours(50.05) }, 400, 'DURATION_OUT_OF_RANGE'],
      [{ endsAt: inHours(80) }, 400, 'DURATION_OUT_OF_RANGE'],
      [{ capacity: 0 }, 400, 'INVALID_CAPACITY'],
      [{ capacity: -5 }, 400, 'INVALID_CAPACITY'],
      [{ capacity: 31 }, 400, 'CAPACITY_EXCEEDS_VENUE'],
      [{ capacity: 25, reservedSeats: 10 }, 400, 'CAPACITY_EXCEEDS_VENUE'],
      [{ workstationId: '00000000-0000-4000-8000-000000000000' }, 400, 'UNKNOWN_WORKSTATION'],
      [{ topicId: '00000000-0000-4000-8000-000000000000' }, 400, 'UNKNOWN_TOPIC'],
      [{ streamUrl: 'rtmp://live.example.cn/app/room' }, 400, 'INVALID_STREAM_URL'],
      [{ streamUrl: 'https://example.com/video.mp4' }, 400, 'INVALID_STREAM_URL'],
      [{ startsAt: inHours(-48), endsAt: inHours(-46) }, 400, 'STARTS_IN_PAST'],
      [{ format: 'telepathy' }, 400, 'VALIDATION_FAILED'],
      [{ startsAt: 'tomorrow' }, 400, 'VALIDATION_FAILED'],
      [{ agenda: [{ kind: 'dance', title: 'x', minutes: 5 }] }, 400, 'VALIDATION_FAILED'],
      [{ extra: 1 }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [patch, status, code] of cases) {
      const res = await t
        .http()
        .post('/api/v1/sessions')
        .set(bearer(organiser))
        .send({ ...base, ...patch });
      expect({ patch, status: res.status, code: res.body.code }).toEqual({ patch, status, code });
    }
    // An online session is not bound by the venue.
    const online = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({ ...base, format: 'online', capacity: 500 });
    expect(online.status).toBe(201);
    const list = await t
      .http()
      .get(`/api/v1/sessions?workstation=${ws.id}`)
      .set(bearer(organiser))
      .expect(200);
    expect(list.body.total).toBe(1);
  });

  it('records a session after the fact as ended', async () => {
    const ws = await createTestWorkstation(t, organiser);
    const res = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({
        title: '院坝协商会（补录）',
        workstationId: ws.id,
        startsAt: inHours(-72),
        endsAt: inHours(-70),
        format: 'onsite',
        capacity: 30,
        recorded: true,
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'ended', recorded: true });
    expect(res.body.startedAt).toBeTruthy();
    // Its outcome is still due: closing reminders count from its end.
    const jobs: { days: string }[] = await t.db.query(
      `SELECT payload->>'days' AS days FROM scheduling_jobs WHERE kind = 'session.closing' AND payload->>'sessionId' = $1 ORDER BY run_at`,
      [res.body.id],
    );
    expect(jobs.map((j) => j.days)).toEqual(['3', '7']);
    const future = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({
        title: '还没开',
        workstationId: ws.id,
        startsAt: inHours(72),
        endsAt: inHours(74),
        format: 'onsite',
        capacity: 30,
        recorded: true,
      });
    expect(future.body.code).toBe('RECORDED_IN_FUTURE');
  });

  it('PATCH changes fields, raises SEQUENCE, validates, and refuses once live', async () => {
    const s = await publishSession(t, organiser);
    const before = s.sequence as number;
    const res = await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(organiser))
      .send({ title: '改名后的协商会', startsAt: inHours(100), endsAt: inHours(102), capacity: 45 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: '改名后的协商会', capacity: 45 });
    expect(res.body.sequence).toBeGreaterThan(before);
    const bad = await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(organiser))
      .send({ streamUrl: 'ftp://x/a.m3u8' });
    expect(bad.body.code).toBe('INVALID_STREAM_URL');
    await t.http().post(`/api/v1/sessions/${s.id}/start`).set(bearer(organiser)).expect(200);
    const late = await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(organiser)).send({ title: 'x' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SESSION_NOT_EDITABLE');
  });

  it('keeps region scope: another region reads 404 and writes 403', async () => {
    const s = await createSession(t, organiser);
    expect((await t.http().get(`/api/v1/sessions/${s.id}`).set(bearer(otherOrganiser))).status).toBe(404);
    expect(
      (await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(otherOrganiser)).send({ title: 'x' }))
        .status,
    ).toBe(403);
    expect((await t.http().post(`/api/v1/sessions/${s.id}/publish`).set(bearer(otherOrganiser))).status).toBe(
      403,
    );
    const ws = await createTestWorkstation(t, admin, { regionCode: '530103' });
    const res = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({
        title: '越界',
        workstationId: ws.id,
        startsAt: inHours(60),
        endsAt: inHours(62),
        format: 'onsite',
        capacity: 10,
      });
    expect(res.status).toBe(403);
  });

  it('residents see published sessions but not drafts', async () => {
    const resident = await t.residentToken('13700000011', '居民甲');
    const draft = await createSession(t, organiser);
    const pub = await publishSession(t, organiser);
    expect((await t.http().get(`/api/v1/sessions/${draft.id}`).set(bearer(resident))).status).toBe(404);
    expect((await t.http().get(`/api/v1/sessions/${pub.id}`).set(bearer(resident))).status).toBe(200);
    const list = await t
      .http()
      .get('/api/v1/sessions?region=530102&pageSize=100')
      .set(bearer(resident))
      .expect(200);
    expect(list.body.items.every((i: { status: string }) => i.status !== 'draft')).toBe(true);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(pub.id);
  });
});
