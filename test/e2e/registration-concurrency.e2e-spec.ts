import { publishSession } from '@test/factories/scheduling';
import { LoadClient, RawResponse, testPhone } from '@test/factories/registration';
import { LOOPBACK_PROXY, resident } from '@test/factories/live';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { RegistrationsService } from '@xs/registration';

/**
 * Never overbooked, no duplicates, idempotent replays: hundreds of requests truly in flight at once
 * (one socket each over a keep-alive agent) against the listening app and its PostgreSQL.
 */
jest.setTimeout(300_000);

describe('registration under concurrency', () => {
  let t: TestApp;
  let org: string;
  let client: LoadClient;

  beforeAll(async () => {
    // Residents sign in from many addresses (X-Forwarded-For), as from many phones.
    t = await startTestApp({ TRUSTED_PROXIES: LOOPBACK_PROXY });
    const admin = await t.login('admin');
    org = (await staff(t, admin, { username: 'conc_org', roles: ['organiser'], regionCode: '530102' })).token;
    client = new LoadClient(await t.listen(), 1200);
  });
  beforeEach(() => client.reset());
  // Every burst must go through the registration queue's batches, never their one-by-one fallback.
  afterEach(() => expect(t.app.get(RegistrationsService).batchStats.fallbacks).toBe(0));
  afterAll(async () => {
    client.close();
    await t.close();
  });

  const registerAll = (sessionId: string, bodies: object[], keys?: (string | undefined)[]) =>
    Promise.all(
      bodies.map((b, i) =>
        client.request(
          'POST',
          `/api/v1/sessions/${sessionId}/registrations`,
          org,
          { name: '并发居民', consent: true, ...b },
          keys?.[i] ? { 'Idempotency-Key': keys[i] } : {},
        ),
      ),
    );

  async function dbCounts(sessionId: string) {
    const rows: {
      confirmed: number;
      waitlisted: number;
      counter: number;
      waitCounter: number;
      capacity: number;
    }[] = await t.db.query(
      `SELECT count(*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted,
              max(c.confirmed) AS counter, max(c.waitlisted) AS "waitCounter", max(c.capacity) AS capacity
         FROM registrations r JOIN registration_capacity c ON c.session_id = r.session_id
        WHERE r.session_id = $1`,
      [sessionId],
    );
    return rows[0];
  }

  function expectNo5xx(responses: RawResponse[]) {
    const bad = responses.filter((r) => r.status >= 500 || r.status === 0);
    expect(bad.map((r) => [r.status, r.body])).toEqual([]);
  }

  it.each([
    [1, 500],
    [100, 600],
  ])(
    'capacity %i with %i simultaneous registrations: exactly min(N, C) confirmed, the rest waitlisted in order',
    async (capacity, n) => {
      const s = await publishSession(t, org, { capacity });
      const responses = await registerAll(
        s.id,
        Array.from({ length: n }, () => ({ phone: testPhone() })),
      );
      expectNo5xx(responses);
      expect(responses.every((r) => r.status === 201)).toBe(true);
      const confirmed = responses.filter((r) => r.body.status === 'confirmed');
      const waitlisted = responses.filter((r) => r.body.status === 'waitlisted');
      expect(confirmed).toHaveLength(Math.min(n, capacity));
      expect(waitlisted).toHaveLength(n - Math.min(n, capacity));
      // Positions handed out are exactly 1..waitlisted, each once.
      const positions = waitlisted.map((r) => r.body.position as number).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: waitlisted.length }, (_, i) => i + 1));
      // Ticket codes are unique within the session.
      expect(new Set(responses.map((r) => r.body.ticket.code)).size).toBe(n);

      expect(await dbCounts(s.id)).toEqual({
        confirmed: capacity,
        waitlisted: n - capacity,
        counter: capacity,
        waitCounter: n - capacity,
        capacity,
      });
      const att = await t.http().get(`/api/v1/sessions/${s.id}/attendance`).set(bearer(org)).expect(200);
      expect(att.body).toMatchObject({ confirmed: capacity, waitlisted: n - capacity });
    },
  );

  it('the same phone sent 60 times at once is registered once; the others get 409', async () => {
    const s = await publishSession(t, org, { capacity: 10 });
    const phone = testPhone();
    const responses = await registerAll(
      s.id,
      Array.from({ length: 60 }, () => ({ phone })),
    );
    expectNo5xx(responses);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const conflicts = responses.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(59);
    expect(new Set(conflicts.map((r) => r.body.code))).toEqual(new Set(['ALREADY_REGISTERED']));
    expect(await dbCounts(s.id)).toMatchObject({ confirmed: 1, waitlisted: 0 });
  });

  it('the same phone with 60 keys at once: the refused requests give their keys back, the served one keeps its answer', async () => {
    const s = await publishSession(t, org, { capacity: 10 });
    const phone = testPhone();
    const keys = Array.from({ length: 60 }, (_, i) => `same-phone-keys-${s.id}-${i}`);
    const responses = await registerAll(
      s.id,
      keys.map(() => ({ phone })),
      keys,
    );
    expectNo5xx(responses);
    const served = responses.findIndex((r) => r.status === 201);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409 && r.body.code === 'ALREADY_REGISTERED')).toHaveLength(
      59,
    );
    const claims: { key: string; answered: boolean }[] = await t.db.query(
      `SELECT idem_key AS key, response IS NOT NULL AS answered FROM registration_idempotency
        WHERE idem_key = ANY($1::text[])`,
      [keys],
    );
    expect(claims).toEqual([{ key: keys[served], answered: true }]);
    // A refused key sent again is a new request (refused again), the served one a replay.
    const again = await registerAll(s.id, [{ phone }, { phone }], [keys[(served + 1) % 60], keys[served]]);
    expect(again[0]).toMatchObject({ status: 409, body: { code: 'ALREADY_REGISTERED' } });
    expect(again[1].status).toBe(201);
    expect(again[1].headers['idempotent-replayed']).toBe('true');
    expect(again[1].body.id).toBe(responses[served].body.id);
  });

  it('one Idempotency-Key sent 60 times at once creates one registration and every response replays it', async () => {
    const s = await publishSession(t, org, { capacity: 10 });
    const phone = testPhone();
    const responses = await registerAll(
      s.id,
      Array.from({ length: 60 }, () => ({ phone })),
      Array.from({ length: 60 }, () => 'retry-storm-1'),
    );
    expectNo5xx(responses);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(59);
    expect(await dbCounts(s.id)).toMatchObject({ confirmed: 1 });
  });

  it('cancellations racing new registrations never push confirmed above capacity, and promote in order', async () => {
    const capacity = 50;
    const s = await publishSession(t, org, { capacity });
    const initial = await registerAll(
      s.id,
      Array.from({ length: 120 }, () => ({ phone: testPhone() })),
    );
    const confirmedIds = initial.filter((r) => r.body.status === 'confirmed').map((r) => r.body.id as string);
    const firstWaiting = initial
      .filter((r) => r.body.status === 'waitlisted')
      .sort((a, b) => a.body.position - b.body.position)
      .slice(0, 30)
      .map((r) => r.body.id as string);

    const [cancels, fresh] = await Promise.all([
      Promise.all(
        confirmedIds.slice(0, 30).map((id) => client.request('DELETE', `/api/v1/registrations/${id}`, org)),
      ),
      registerAll(
        s.id,
        Array.from({ length: 100 }, () => ({ phone: testPhone() })),
      ),
    ]);
    expectNo5xx([...cancels, ...fresh]);
    expect(cancels.every((r) => r.status === 200)).toBe(true);
    // Waitlisted people were queued before the newcomers, so the freed seats went to them.
    const promoted = cancels.flatMap((r) => r.body.promoted as string[]);
    expect(new Set(promoted)).toEqual(new Set(firstWaiting));
    expect(fresh.every((r) => r.body.status === 'waitlisted')).toBe(true);
    expect(await dbCounts(s.id)).toEqual({
      confirmed: capacity,
      waitlisted: 120 + 100 - capacity - 30,
      counter: capacity,
      waitCounter: 120 + 100 - capacity - 30,
      capacity,
    });
  });

  it('residents with their own keys at once: batched, and the waitlist answered is the order kept and promoted', async () => {
    const capacity = 20;
    const s = await publishSession(t, org, { capacity });
    const people = await Promise.all(Array.from({ length: 150 }, (_, i) => resident(t, `排队居民${i}`)));
    const stats = t.app.get(RegistrationsService).batchStats;
    const before = { ...stats };
    const keys = people.map((_, i) => `storm-${i}`);
    const send = () =>
      Promise.all(
        people.map((who, i) =>
          client.request(
            'POST',
            `/api/v1/sessions/${s.id}/registrations`,
            who.token,
            { name: `排队居民${i}`, consent: true },
            { 'Idempotency-Key': keys[i] },
          ),
        ),
      );
    const responses = await send();
    expectNo5xx(responses);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    // The queue took them in batches (fewer transactions than requests), none fell back.
    expect(stats.requests - before.requests).toBe(150);
    expect(stats.batches - before.batches).toBeLessThan(150);

    // Arrival order as kept: seats to the first `capacity` rows, then the waitlist, and each waitlisted
    // resident was told its place in exactly that order.
    const rows: { id: string; status: string }[] = await t.db.query(
      `SELECT id, status FROM registrations WHERE session_id = $1 ORDER BY seq`,
      [s.id],
    );
    expect(rows.map((r) => r.status)).toEqual([
      ...Array<string>(capacity).fill('confirmed'),
      ...Array<string>(150 - capacity).fill('waitlisted'),
    ]);
    const told = new Map(responses.map((r) => [r.body.id as string, r.body]));
    rows
      .slice(capacity)
      .forEach((r, k) => expect(told.get(r.id)).toMatchObject({ status: 'waitlisted', position: k + 1 }));
    expect(await dbCounts(s.id)).toMatchObject({ confirmed: capacity, counter: capacity, waitCounter: 130 });

    // The same requests again (a retry storm): every one replays its own answer, nothing new is stored.
    client.reset();
    const again = await send();
    expect(again.map((r) => [r.status, r.headers['idempotent-replayed'], r.body.id])).toEqual(
      responses.map((r) => [201, 'true', r.body.id]),
    );
    const [{ n }]: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM registrations WHERE session_id = $1`,
      [s.id],
    );
    expect(n).toBe(150);

    // Five confirmed people cancel: the first five of the waitlist, in that order, get the seats.
    for (const r of rows.slice(0, 5)) {
      await t.http().delete(`/api/v1/registrations/${r.id}`).set(bearer(org)).expect(200);
    }
    const promoted: { id: string }[] = await t.db.query(
      `SELECT id FROM registrations WHERE session_id = $1 AND promoted_at IS NOT NULL ORDER BY seq`,
      [s.id],
    );
    expect(promoted.map((r) => r.id)).toEqual(rows.slice(capacity, capacity + 5).map((r) => r.id));
  });
});
