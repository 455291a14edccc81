import { act, inDays, outcomesWorld, OutcomesWorld, suggestion } from '@test/factories/outcomes';
import { register, testPhone } from '@test/factories/registration';
import { liveSession, sessionTransition } from '@test/factories/scheduling';
import { bearer, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/** A resident follows what became of the suggestions of the sessions they took part in, and rates replies. */
describe('resident follow-up: my suggestions and my ratings', () => {
  let t: TestApp;
  let w: OutcomesWorld;
  let sid: string;
  let otherSid: string;
  let replied: string;
  let assigned: string;
  let me: string;
  let stranger: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await outcomesWorld(t);
    const lead = w.departments[0];
    me = await t.residentToken(testPhone(), '跟进居民');
    stranger = await t.residentToken(testPhone(), '路人');
    const live = await liveSession(t, w.organiser.token, { title: '翠湖停车议事会' });
    sid = live.id;
    expect((await register(t, me, sid, { name: '跟进居民' })).status).toBe(201);
    await sessionTransition(t, w.organiser.token, sid, 'end');
    otherSid = (await liveSession(t, w.organiser.token, { title: '别处的会' })).id;
    await sessionTransition(t, w.organiser.token, otherSid, 'end');

    replied = (await suggestion(t, w.organiser.token, sid, [lead.id], '增设夜间临时停车位')).id;
    assigned = (await suggestion(t, w.organiser.token, sid, [lead.id], '规范共享单车停放')).id;
    await suggestion(t, w.organiser.token, sid, [lead.id], '尚未交办的草稿');
    const elsewhere = (await suggestion(t, w.organiser.token, otherSid, [lead.id], '别处的建议')).id;
    for (const id of [replied, assigned, elsewhere])
      await act(t, w.organiser.token, id, 'assign', { departmentIds: [lead.id], dueAt: inDays(9) }).expect(
        200,
      );
    await act(t, lead.handler.token, replied, 'reply', {
      grade: 'A',
      content: '已在滇池路增设 40 个夜间停车位',
      adopted: true,
    }).expect(200);
  });
  afterAll(() => t.close());

  const mine = (token: string, what: 'suggestions' | 'ratings') =>
    t.http().get(`/api/v1/me/${what}`).set(bearer(token));

  it('lists the handed-over suggestions of my sessions only, with the reply and whether I may rate', async () => {
    const res = await mine(me, 'suggestions').expect(200);
    expect(res.body.total).toBe(2);
    const byId = new Map((res.body.items as { id: string }[]).map((i) => [i.id, i]));
    expect(byId.get(replied)).toEqual({
      id: replied,
      sessionId: sid,
      sessionTitle: '翠湖停车议事会',
      sessionStartsAt: expect.any(String),
      content: '增设夜间临时停车位',
      status: 'replied',
      departments: [w.departments[0].name],
      reply: { content: '已在滇池路增设 40 个夜间停车位', adopted: true, submittedAt: expect.any(String) },
      myRating: null,
      canRate: true,
    });
    expect(byId.get(assigned)).toMatchObject({ status: 'assigned', reply: null, canRate: false });
    // Someone who did not take part sees nothing.
    expect((await mine(stranger, 'suggestions').expect(200)).body).toEqual({ items: [], total: 0 });
  });

  it('shows my rating once given, on the suggestion and in my ratings', async () => {
    await act(t, me, replied, 'ratings', { rating: 'basically_satisfied', comment: '还需要更多车位' }).expect(
      201,
    );
    const list = await mine(me, 'suggestions').expect(200);
    const item = (list.body.items as { id: string; canRate: boolean; myRating: unknown }[]).find(
      (i) => i.id === replied,
    );
    expect(item?.canRate).toBe(false);
    expect(item?.myRating).toEqual({
      rating: 'basically_satisfied',
      comment: '还需要更多车位',
      createdAt: expect.any(String),
    });
    const ratings = await mine(me, 'ratings').expect(200);
    expect(ratings.body).toEqual({
      total: 1,
      items: [
        {
          id: expect.any(String),
          suggestionId: replied,
          sessionTitle: '翠湖停车议事会',
          content: '增设夜间临时停车位',
          rating: 'basically_satisfied',
          comment: '还需要更多车位',
          createdAt: expect.any(String),
        },
      ],
    });
  });

  it('is for residents and members: staff get 403, anonymous 401, a bad page 400', async () => {
    await t.http().get('/api/v1/me/suggestions').expect(401);
    const res = await mine(w.organiser.token, 'ratings').expect(403);
    expect(res.body.code).toBe('ROLE_REQUIRED');
    const bad = await t.http().get('/api/v1/me/suggestions?page=0').set(bearer(me)).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});
