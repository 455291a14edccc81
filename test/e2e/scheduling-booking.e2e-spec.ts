import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createTestWorkstation, createSession } from '@test/factories/scheduling';

const HOUR = 3600000;
const MIN = 60000;

/** A whole hour well in the future, so tests can place sessions exactly. */
function slot(daysAhead: number, hour: number): Date {
  const d = new Date(Date.now() + daysAhead * 24 * HOUR);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
}

// Booting an app on a cloned database takes a few seconds on a busy machine.
jest.setTimeout(120_000);

describe('scheduling: no double booking, buffers, recurring series', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'book_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
  });
  afterAll(() => t.close());

  const book = (workstationId: string, start: Date, end: Date, title = '协商会') =>
    t.http().post('/api/v1/sessions').set(bearer(organiser)).send({
      title,
      workstationId,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      format: 'onsite',
      capacity: 20,
    });

  it('25 truly concurrent overlapping bookings: exactly one 201, the rest 409 SCHEDULE_CONFLICT', async () => {
    const ws = await createTestWorkstation(t, organiser);
    const base = slot(10, 2);
    // Every request on its own connection against the listening server, all in flight at once.
    const url = `${await t.listen()}/api/v1/sessions`;
    const results = await Promise.all(
      Array.from({ length: 25 }, async (_, i) => {
        // All overlap each other: starts spread over 20 minutes, each lasting 2 hours.
        const start = new Date(base.getTime() + (i % 5) * 5 * MIN);
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${organiser}` },
          body: JSON.stringify({
            title: `并发预约 ${i}`,
            workstationId: ws.id,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
            format: 'onsite',
            capacity: 20,
          }),
        });
        return {
          status: res.status,
          body: (await res.json()) as { id: string; code: string; details: { conflictsWith: string } },
        };
      }),
    );
    const codes = results.map((r) => r.status);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(24);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('SCHEDULE_CONFLICT');
    const winner = results.find((r) => r.status === 201)!.body;
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.details.conflictsWith === winner.id),
    ).toBe(true);
    const list = await t
      .http()
      .get(`/api/v1/sessions?workstation=${ws.id}`)
      .set(bearer(organiser))
      .expect(200);
    expect(list.body.total).toBe(1);
  });

  it('back-to-back is fine without a buffer; a cancelled session frees its slot; other workstations are independent', async () => {
    const ws = await createTestWorkstation(t, organiser);
    const ws2 = await createTestWorkstation(t, organiser);
    const a = slot(11, 1);
    const first = await book(ws.id, a, new Date(a.getTime() + 2 * HOUR));
    expect(first.status).toBe(201);
    expect(
      (await book(ws.id, new Date(a.getTime() + 2 * HOUR), new Date(a.getTime() + 3 * HOUR))).status,
    ).toBe(201);
    expect((await book(ws.id, new Date(a.getTime() + HOUR), new Date(a.getTime() + 3 * HOUR))).status).toBe(
      409,
    );
    expect((await book(ws2.id, a, new Date(a.getTime() + 2 * HOUR))).status).toBe(201);
    await t
      .http()
      .post(`/api/v1/sessions/${first.body.id}/cancel`)
      .set(bearer(organiser))
      .send({ reason: '改期' })
      .expect(200);
    expect((await book(ws.id, a, new Date(a.getTime() + HOUR))).status).toBe(201);
  });

  it('keeps the workstation buffer between sessions', async () => {
    const ws = await createTestWorkstation(t, organiser, { bufferMinutes: 30 });
    const a = slot(12, 1);
    const first = await book(ws.id, a, new Date(a.getTime() + 2 * HOUR));
    expect(first.body.bufferMinutes).toBe(30);
    const tooClose = await book(
      ws.id,
      new Date(a.getTime() + 2 * HOUR + 15 * MIN),
      new Date(a.getTime() + 4 * HOUR),
    );
    expect(tooClose.status).toBe(409);
    expect(tooClose.body.details.bufferMinutes).toBe(30);
    const before = await book(ws.id, new Date(a.getTime() - 2 * HOUR), new Date(a.getTime() - 15 * MIN));
    expect(before.status).toBe(409);
    expect(
      (await book(ws.id, new Date(a.getTime() + 2.5 * HOUR), new Date(a.getTime() + 4 * HOUR))).status,
    ).toBe(201);
  });

  it('moving a session onto another one is a 409 and changes nothing', async () => {
    const ws = await createTestWorkstation(t, organiser);
    const a = slot(13, 1);
    const s1 = await createSession(t, organiser, {
      workstationId: ws.id,
      startsAt: a,
      endsAt: new Date(a.getTime() + HOUR),
    });
    const s2 = await createSession(t, organiser, {
      workstationId: ws.id,
      startsAt: new Date(a.getTime() + 3 * HOUR),
      endsAt: new Date(a.getTime() + 4 * HOUR),
    });
    const res = await t
      .http()
      .patch(`/api/v1/sessions/${s2.id}`)
      .set(bearer(organiser))
      .send({
        startsAt: new Date(a.getTime() + 30 * MIN).toISOString(),
        endsAt: new Date(a.getTime() + 2 * HOUR).toISOString(),
      });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'SCHEDULE_CONFLICT', details: { conflictsWith: s1.id } });
    const still = await t.http().get(`/api/v1/sessions/${s2.id}`).set(bearer(organiser)).expect(200);
    expect(still.body.startsAt).toBe(s2.startsAt);
  });

  it('an RRULE creates a series; one occurrence is moved or cancelled alone', async () => {
    const ws = await createTestWorkstation(t, organiser);
    // 09:30 Beijing time on the 22nd of even months (Songming 委员走访日), six times.
    const year = new Date().getUTCFullYear() + 1;
    const first = new Date(`${year}-02-22T09:30:00+08:00`);
    const res = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({
        title: '委员走访日',
        workstationId: ws.id,
        startsAt: first.toISOString(),
        endsAt: new Date(first.getTime() + 2 * HOUR).toISOString(),
        format: 'onsite',
        capacity: 20,
        rrule: 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22;COUNT=6',
      });
    expect(res.status).toBe(201);
    const occ = res.body.series.sessions as { id: string; startsAt: string }[];
    expect(occ.map((o) => o.startsAt)).toEqual(
      [2, 4, 6, 8, 10, 12].map((m) =>
        new Date(`${year}-${String(m).padStart(2, '0')}-22T09:30:00+08:00`).toISOString(),
      ),
    );
    const seriesId = res.body.series.id;
    // Move the April one by a day, cancel the June one.
    const moved = await t
      .http()
      .patch(`/api/v1/sessions/${occ[1].id}`)
      .set(bearer(organiser))
      .send({ startsAt: `${year}-04-23T09:30:00+08:00`, endsAt: `${year}-04-23T11:30:00+08:00` });
    expect(moved.status).toBe(200);
    await t
      .http()
      .post(`/api/v1/sessions/${occ[2].id}/cancel`)
      .set(bearer(organiser))
      .send({ reason: '与节假日冲突' })
      .expect(200);
    const list = await t
      .http()
      .get(`/api/v1/sessions?series=${seriesId}&pageSize=20`)
      .set(bearer(organiser))
      .expect(200);
    const byId = new Map(list.body.items.map((i: { id: string }) => [i.id, i]));
    expect(list.body.total).toBe(6);
    expect((byId.get(occ[1].id) as { startsAt: string }).startsAt).toBe(
      new Date(`${year}-04-23T09:30:00+08:00`).toISOString(),
    );
    expect((byId.get(occ[2].id) as { status: string }).status).toBe('cancelled');
    for (const o of [occ[0], occ[3], occ[4], occ[5]]) {
      expect(byId.get(o.id)).toMatchObject({ status: 'draft', startsAt: o.startsAt, seriesId });
    }
  });

  it('a series that collides anywhere is refused whole, naming the occurrence', async () => {
    const ws = await createTestWorkstation(t, organiser);
    const year = new Date().getUTCFullYear() + 1;
    await createSession(t, organiser, {
      workstationId: ws.id,
      startsAt: `${year}-03-05T10:00:00+08:00`,
      endsAt: `${year}-03-05T12:00:00+08:00`,
    });
    const res = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({
        title: '每月协商',
        workstationId: ws.id,
        startsAt: `${year}-01-05T10:00:00+08:00`,
        endsAt: `${year}-01-05T11:00:00+08:00`,
        format: 'onsite',
        capacity: 20,
        rrule: 'FREQ=MONTHLY;COUNT=4',
      });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('SCHEDULE_CONFLICT');
    expect(res.body.details.occurrence).toBe(new Date(`${year}-03-05T10:00:00+08:00`).toISOString());
    const list = await t
      .http()
      .get(`/api/v1/sessions?workstation=${ws.id}`)
      .set(bearer(organiser))
      .expect(200);
    expect(list.body.total).toBe(1);
    const bad = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(organiser))
      .send({
        title: 'x',
        workstationId: ws.id,
        startsAt: `${year}-06-01T10:00:00+08:00`,
        endsAt: `${year}-06-01T11:00:00+08:00`,
        format: 'onsite',
        capacity: 5,
        rrule: 'FREQ=SOMETIMES',
      });
    expect(bad.body.code).toBe('INVALID_RRULE');
  });
});
