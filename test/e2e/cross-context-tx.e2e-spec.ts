import { DomainEvents } from '@xs/platform';
import { createTestWorkstation, publishSession } from '@test/factories/scheduling';
import { register, testPhone } from '@test/factories/registration';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);
const HOUR = 3600_000;

/**
 * Issue 11 point 3: a session's capacity (scheduling) and the seats it frees (registration) commit
 * together, and the promotion notices (inbox and SMS) go out only after that commit.
 */
describe('writes across contexts commit together', () => {
  let t: TestApp;
  let org: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin');
    org = (await staff(t, admin, { username: 'tx_org', roles: ['organiser'], regionCode: '530102' })).token;
  });
  afterAll(() => t.close());

  const attendance = async (id: string) =>
    (await t.http().get(`/api/v1/sessions/${id}/attendance`).set(bearer(org)).expect(200)).body;
  const promotionNotices = async (token: string) =>
    (await t.http().get('/api/v1/me/notifications').set(bearer(token)).expect(200)).body.items.filter(
      (n: { kind: string }) => n.kind === 'registration.promoted',
    );
  /** Queued text messages for these registrations' promotions (keyed per registration and phone). */
  const promotionSms = async (registrationIds: string[]) =>
    (
      await t.db.query(
        `SELECT dedupe_key FROM scheduling_jobs
          WHERE kind = 'sms.send' AND split_part(dedupe_key, ':', 3) = ANY($1::text[])`,
        [registrationIds],
      )
    ).length as number;

  it('raising capacity in an update that then fails promotes nobody and tells nobody; the same raise alone does', async () => {
    const ws = await createTestWorkstation(t, org);
    const start = Date.now() + 72 * HOUR;
    const s = await publishSession(t, org, {
      workstationId: ws.id,
      capacity: 1,
      startsAt: new Date(start),
      endsAt: new Date(start + 2 * HOUR),
    });
    // Another session at the same place later that day: moving onto it is refused by the database.
    const other = await publishSession(t, org, {
      workstationId: ws.id,
      startsAt: new Date(start + 4 * HOUR),
      endsAt: new Date(start + 6 * HOUR),
    });
    const resident = await t.residentToken(testPhone(), '候补居民');
    const first = await register(t, org, s.id, { name: '先到', phone: testPhone() });
    const waiting = await register(t, resident, s.id, { name: '候补居民' });
    const walkIn = await register(t, org, s.id, { name: '现场候补', phone: testPhone() });
    expect([first.body.status, waiting.body.status, walkIn.body.status]).toEqual([
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);

    // The seats are given (registration) before the session row fails (scheduling): one transaction.
    const clash = await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(org))
      .send({ capacity: 3, startsAt: other.startsAt, endsAt: other.endsAt });
    expect(clash.status).toBe(409);
    await t.app.get(DomainEvents).drain();
    expect(await attendance(s.id)).toMatchObject({ capacity: 1, confirmed: 1, waitlisted: 2 });
    const [{ capacity: seats }] = await t.db.query(
      `SELECT capacity FROM registration_capacity WHERE session_id = $1`,
      [s.id],
    );
    expect(seats).toBe(1);
    expect(await promotionNotices(resident)).toEqual([]);
    expect(await promotionSms([waiting.body.id, walkIn.body.id])).toBe(0);
    const session = await t.http().get(`/api/v1/sessions/${s.id}`).set(bearer(org)).expect(200);
    expect(session.body).toMatchObject({ capacity: 1, startsAt: s.startsAt });

    // The same raise on its own commits: both promoted, then told (inbox for the account, SMS for both).
    await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(org)).send({ capacity: 3 }).expect(200);
    await t.app.get(DomainEvents).drain();
    expect(await attendance(s.id)).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 0 });
    expect(await promotionNotices(resident)).toHaveLength(1);
    expect(await promotionSms([waiting.body.id, walkIn.body.id])).toBe(2);
  });

  it('an event published in a transaction that rolls back is never delivered; after commit it is, once', async () => {
    const events = t.app.get(DomainEvents);
    const seen: string[] = [];
    events.on('live.joined', (e) => {
      seen.push(e.sessionId);
    });
    await expect(
      t.db.transaction(async (m) => {
        events.publish(m, { type: 'live.joined', sessionId: 'rolled-back', userId: 'u' });
        await m.query('SELECT 1');
        throw new Error('second write failed');
      }),
    ).rejects.toThrow('second write failed');
    await t.db.transaction(async (m) => {
      events.publish(m, { type: 'live.joined', sessionId: 'committed', userId: 'u' });
      // A savepoint that rolls back drops only its own events.
      await m
        .transaction(async (inner) => {
          events.publish(inner, { type: 'live.joined', sessionId: 'savepoint', userId: 'u' });
          throw new Error('inner');
        })
        .catch(() => undefined);
      expect(seen).toEqual([]);
    });
    await events.drain();
    expect(seen).toEqual(['committed']);
  });
});
