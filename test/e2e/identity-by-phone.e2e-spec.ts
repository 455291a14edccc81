import { PhoneRetentionJob } from '@xs/registration';
import { act, inDays, outcomesWorld, suggestion } from '@test/factories/outcomes';
import type { OutcomesWorld } from '@test/factories/outcomes';
import { register, testPhone } from '@test/factories/registration';
import { liveSession, publishSession } from '@test/factories/scheduling';
import { bearer, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/**
 * Issue 11 point 2: a person staff know by phone (a walk-in, a registration made at the desk) and the
 * resident account later signed in by SMS with that phone are one participant, matched through the
 * phone's blind index; erasing the phone erases the link.
 */
describe('identity by phone', () => {
  let t: TestApp;
  let w: OutcomesWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await outcomesWorld(t);
  });
  afterAll(() => t.close());

  const mine = async (token: string) =>
    (await t.http().get('/api/v1/me/registrations').set(bearer(token)).expect(200)).body as {
      items: { id: string; walkIn: boolean; session: { id: string } | null }[];
    };

  it('a walk-in who later signs in by SMS sees the registration, may rate the replies of that session, and loses the link when the phone is erased', async () => {
    const org = w.organiser.token;
    const lead = w.departments[0];
    const phone = testPhone();
    // On the day: staff register the person on the spot by name and phone (no account yet).
    const s = await liveSession(t, org);
    const walk = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/walk-ins`)
      .set(bearer(org))
      .send({ name: '现场老李', phone, community: '大观社区' });
    expect(walk.status).toBe(201);
    // And for a coming session, at the desk.
    const next = await publishSession(t, org);
    const desk = await register(t, org, next.id, { name: '现场老李', phone });
    expect(desk.status).toBe(201);
    await t.http().post(`/api/v1/sessions/${s.id}/end`).set(bearer(org)).expect(200);
    const sug = (await suggestion(t, org, s.id, [lead.id])).id;
    await act(t, org, sug, 'assign', { departmentIds: [lead.id], dueAt: inDays(9) }).expect(200);
    await act(t, lead.handler.token, sug, 'reply', { grade: 'A', content: '已解决', adopted: true }).expect(
      200,
    );

    // Later the person signs in on the resident site with the same phone.
    const resident = await t.residentToken(phone, '老李');
    const list = await mine(resident);
    expect(list.items.map((i) => i.id).sort()).toEqual([walk.body.id, desk.body.id].sort());
    expect(list.items.find((i) => i.id === walk.body.id)).toMatchObject({
      walkIn: true,
      session: { id: s.id },
    });
    // The registration itself opens for them as for one they made; another resident sees nothing.
    await t.http().get(`/api/v1/registrations/${desk.body.id}`).set(bearer(resident)).expect(200);
    const stranger = await t.residentToken(testPhone(), '路人');
    expect((await t.http().get(`/api/v1/registrations/${desk.body.id}`).set(bearer(stranger))).status).toBe(
      404,
    );
    expect((await mine(stranger)).items).toEqual([]);

    // Rating the reply to the suggestion of the session they attended: eligible, once.
    const rated = await act(t, resident, sug, 'ratings', { rating: 'satisfied' });
    expect(rated.status).toBe(201);
    const refused = await act(t, stranger, sug, 'ratings', { rating: 'satisfied' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_ELIGIBLE');

    // Retention erases the phone of the ended session's registrations: the link goes with it.
    await t.db.query(
      `UPDATE registration_capacity SET session_ends_at = now() - interval '181 days' WHERE session_id = $1`,
      [s.id],
    );
    expect((await t.app.get(PhoneRetentionJob).runOnce()).erased).toBeGreaterThanOrEqual(1);
    expect((await mine(resident)).items.map((i) => i.id)).toEqual([desk.body.id]);
    const sug2 = (await suggestion(t, org, s.id, [lead.id])).id;
    await act(t, org, sug2, 'assign', { departmentIds: [lead.id], dueAt: inDays(9) }).expect(200);
    await act(t, lead.handler.token, sug2, 'reply', { grade: 'B', content: '已答复', adopted: true }).expect(
      200,
    );
    const after = await act(t, resident, sug2, 'ratings', { rating: 'satisfied' });
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('NOT_ELIGIBLE');
  });

  it('a resident who signed in first is recognised when staff register that phone at the desk', async () => {
    const phone = testPhone();
    const resident = await t.residentToken(phone, '先注册');
    const s = await publishSession(t, w.organiser.token);
    const desk = await register(t, w.organiser.token, s.id, { name: '先注册', phone });
    expect(desk.status).toBe(201);
    expect((await mine(resident)).items.map((i) => i.id)).toEqual([desk.body.id]);
    // The resident may cancel it as their own.
    await t.http().delete(`/api/v1/registrations/${desk.body.id}`).set(bearer(resident)).expect(200);
  });
});
