import ical from 'node-ical';
import type { VEvent } from 'node-ical';
import { REGISTRATION_PORT } from '@xs/contracts';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createSession, createTestWorkstation, publishSession } from '@test/factories/scheduling';
import { register } from '@test/factories/registration';

const HOUR = 3600000;

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => !!c && c.type === 'VEVENT');
}

// Booting an app on a cloned database takes a few seconds on a busy machine.
jest.setTimeout(120_000);

describe('scheduling: calendar feeds and listing', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  let otherOrganiser: string;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'cl_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    otherOrganiser = (
      await staff(t, admin, { username: 'cl_org2', roles: ['organiser'], regionCode: '530103' })
    ).token;
  });
  afterAll(() => t.close());

  const ics = (path: string) =>
    t
      .http()
      .get(path)
      .buffer(true)
      .parse((res, cb) => {
        let s = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (s += c));
        res.on('end', () => cb(null, s));
      });

  it('a session feed is valid iCalendar: CRLF, UID, DTSTAMP, TZID Asia/Shanghai; SEQUENCE rises; cancellation says CANCELLED', async () => {
    const s = await publishSession(t, organiser, {
      title: '翠湖周边交通协商',
      startsAt: '2031-09-22T09:30:00+08:00',
      endsAt: '2031-09-22T11:30:00+08:00',
    });
    const res = await ics(`/api/v1/sessions/${s.id}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const text = res.body as string;
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(text).toMatch(/DTSTART;TZID=Asia\/Shanghai:20310922T093000/);
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    const [ev] = events(text);
    expect(ev.uid).toBe(`${s.id}@xieshang`);
    expect(ev.summary).toBe('翠湖周边交通协商');
    expect(new Date(ev.start).toISOString()).toBe('2031-09-22T01:30:00.000Z');
    expect(new Date(ev.end as Date).toISOString()).toBe('2031-09-22T03:30:00.000Z');
    expect((ev.start as Date & { tz?: string }).tz).toBe('Asia/Shanghai');
    expect(ev.status).toBe('CONFIRMED');
    const seq1 = Number(ev.sequence);

    await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(organiser))
      .send({ startsAt: '2031-09-23T09:30:00+08:00', endsAt: '2031-09-23T11:30:00+08:00' })
      .expect(200);
    const [moved] = events((await ics(`/api/v1/sessions/${s.id}/calendar.ics`)).body as string);
    expect(Number(moved.sequence)).toBeGreaterThan(seq1);
    expect(new Date(moved.start).toISOString()).toBe('2031-09-23T01:30:00.000Z');

    await t
      .http()
      .post(`/api/v1/sessions/${s.id}/cancel`)
      .set(bearer(organiser))
      .send({ reason: '暴雨预警' })
      .expect(200);
    const [cancelled] = events((await ics(`/api/v1/sessions/${s.id}/calendar.ics`)).body as string);
    expect(cancelled.status).toBe('CANCELLED');
    expect(Number(cancelled.sequence)).toBeGreaterThan(Number(moved.sequence));
    expect(cancelled.uid).toBe(ev.uid);
  });

  it('workstation and region feeds list announced sessions only, region by subtree', async () => {
    const ws = await createTestWorkstation(t, organiser, { regionCode: '530102001' });
    const a = await publishSession(t, organiser, {
      workstationId: ws.id,
      startsAt: '2031-10-01T09:00:00+08:00',
      endsAt: '2031-10-01T11:00:00+08:00',
    });
    const b = await publishSession(t, organiser, {
      workstationId: ws.id,
      startsAt: '2031-10-02T09:00:00+08:00',
      endsAt: '2031-10-02T11:00:00+08:00',
    });
    const draft = await createSession(t, organiser, {
      workstationId: ws.id,
      startsAt: '2031-10-03T09:00:00+08:00',
      endsAt: '2031-10-03T11:00:00+08:00',
    });
    const other = await publishSession(t, otherOrganiser, {
      regionCode: '530103',
      startsAt: '2031-10-01T09:00:00+08:00',
      endsAt: '2031-10-01T11:00:00+08:00',
    });
    const wsFeed = events((await ics(`/api/v1/workstations/${ws.id}/calendar.ics`)).body as string).map(
      (e) => e.uid,
    );
    expect(wsFeed.sort()).toEqual([`${a.id}@xieshang`, `${b.id}@xieshang`].sort());
    const region = events((await ics('/api/v1/regions/530102/calendar.ics')).body as string).map(
      (e) => e.uid,
    );
    expect(region).toEqual(expect.arrayContaining([`${a.id}@xieshang`, `${b.id}@xieshang`]));
    expect(region).not.toContain(`${draft.id}@xieshang`);
    expect(region).not.toContain(`${other.id}@xieshang`);
    expect((await ics(`/api/v1/sessions/${draft.id}/calendar.ics`)).status).toBe(404);
    expect((await ics('/api/v1/regions/abc/calendar.ics')).status).toBe(400);
    expect((await ics('/api/v1/workstations/00000000-0000-4000-8000-000000000000/calendar.ics')).status).toBe(
      404,
    );
  });

  it('lists by region subtree, workstation, status, date range, text (简/繁) and distance', async () => {
    const near = await createTestWorkstation(t, organiser, {
      regionCode: '530102002',
      location: { lat: 24.9, lng: 102.5, crs: 'GCJ02' },
    });
    const far = await createTestWorkstation(t, organiser, {
      regionCode: '530102003',
      location: { lat: 25.3, lng: 103.1, crs: 'GCJ02' },
    });
    const s1 = await publishSession(t, organiser, {
      workstationId: near.id,
      title: '农贸市场环境整治协商',
      startsAt: '2031-11-05T09:00:00+08:00',
      endsAt: '2031-11-05T11:00:00+08:00',
    });
    const s2 = await createSession(t, organiser, {
      workstationId: far.id,
      title: '停车难问题协商',
      startsAt: '2031-11-20T09:00:00+08:00',
      endsAt: '2031-11-20T11:00:00+08:00',
    });
    const get = async (q: string, token = organiser) => {
      const res = await t.http().get(`/api/v1/sessions?${q}`).set(bearer(token));
      expect(res.status).toBe(200);
      return (res.body.items as { id: string; distanceKm?: number }[]).map((i) => i.id);
    };
    expect(await get('region=530102002')).toEqual([s1.id]);
    expect(await get('region=530102&pageSize=100')).toEqual(expect.arrayContaining([s1.id, s2.id]));
    expect(await get(`workstation=${far.id}`)).toEqual([s2.id]);
    expect(await get('status=draft&region=530102003')).toEqual([s2.id]);
    expect(await get('from=2031-11-10T00:00:00%2B08:00&to=2031-11-30T00:00:00%2B08:00')).toEqual([s2.id]);
    expect(await get(`q=${encodeURIComponent('農貿市場')}`)).toEqual([s1.id]);
    const nearRes = await t
      .http()
      .get('/api/v1/sessions?near=24.901,102.501&radiusKm=5')
      .set(bearer(organiser))
      .expect(200);
    expect(nearRes.body.items.map((i: { id: string }) => i.id)).toEqual([s1.id]);
    expect(nearRes.body.items[0].distanceKm).toBeLessThan(1);
    const wide = await t
      .http()
      .get('/api/v1/sessions?near=24.901,102.501&radiusKm=100&pageSize=100')
      .set(bearer(organiser))
      .expect(200);
    const ids = wide.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(s1.id)).toBeLessThan(ids.indexOf(s2.id));
    expect((await t.http().get('/api/v1/sessions?region=530103').set(bearer(organiser))).status).toBe(403);
    expect((await t.http().get('/api/v1/sessions?near=999,1').set(bearer(organiser))).status).toBe(400);
  });

  it('sorts the staff list by a column either way, pages never overlap, and refuses an unknown order', async () => {
    const ws = await createTestWorkstation(t, organiser, { regionCode: '530102004' });
    for (const [title, day, capacity] of [
      ['乙：垃圾分类', '03', 30],
      ['甲：停车泊位', '01', 50],
      ['丙：夜市噪音', '02', 40],
    ] as const)
      await createSession(t, organiser, {
        workstationId: ws.id,
        title,
        capacity,
        startsAt: `2032-03-${day}T09:00:00+08:00`,
        endsAt: `2032-03-${day}T11:00:00+08:00`,
      });
    const titles = async (q: string) =>
      (
        (await t.http().get(`/api/v1/sessions?workstation=${ws.id}&${q}`).set(bearer(organiser)).expect(200))
          .body.items as { title: string }[]
      ).map((i) => i.title);
    expect(await titles('')).toEqual(['甲：停车泊位', '丙：夜市噪音', '乙：垃圾分类']);
    expect(await titles('sort=-startsAt')).toEqual(['乙：垃圾分类', '丙：夜市噪音', '甲：停车泊位']);
    expect(await titles('sort=capacity')).toEqual(['乙：垃圾分类', '丙：夜市噪音', '甲：停车泊位']);
    expect(await titles('sort=-capacity')).toEqual(['甲：停车泊位', '丙：夜市噪音', '乙：垃圾分类']);
    const pages = [
      ...(await titles('sort=-capacity&pageSize=2')),
      ...(await titles('sort=-capacity&pageSize=2&page=2')),
    ];
    expect(pages).toEqual(['甲：停车泊位', '丙：夜市噪音', '乙：垃圾分类']);
    const bad = await t.http().get('/api/v1/sessions?sort=password').set(bearer(organiser));
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('a public listing without login shows published sessions and no internal fields', async () => {
    const pub = await publishSession(t, organiser, {
      title: '公开协商会',
      startsAt: '2031-12-01T09:00:00+08:00',
      endsAt: '2031-12-01T11:00:00+08:00',
    });
    const draft = await createSession(t, organiser, { title: '草稿协商会' });
    const res = await t.http().get('/api/v1/public/sessions?region=530102&pageSize=100').expect(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(pub.id);
    expect(ids).not.toContain(draft.id);
    const item = res.body.items.find((i: { id: string }) => i.id === pub.id);
    expect(item.organiserId).toBeUndefined();
    expect(item.title).toBe('公开协商会');
    expect((await t.http().get(`/api/v1/public/sessions/${draft.id}`)).status).toBe(404);
    expect((await t.http().get(`/api/v1/public/sessions/${pub.id}`)).status).toBe(200);
    expect((await t.http().get('/api/v1/sessions')).status).toBe(401);
  });

  it('a capacity change goes through registration: below confirmed is refused with 409', async () => {
    const present = t.app.get(REGISTRATION_PORT, { strict: false });
    expect(present).toBeDefined();
    const s = await publishSession(t, organiser, {
      capacity: 3,
      registrationOpensAt: new Date(Date.now() - HOUR),
    });
    for (const phone of ['13400000401', '13400000402', '13400000403'])
      expect((await register(t, organiser, s.id, { name: '居民', phone })).status).toBe(201);
    const waitlisted = await register(t, organiser, s.id, { name: '候补', phone: '13400000404' });
    expect(waitlisted.body.status).toBe('waitlisted');
    const low = await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(organiser)).send({ capacity: 2 });
    expect(low.status).toBe(409);
    expect(low.body.code).toBe('CAPACITY_BELOW_CONFIRMED');
    expect((await t.http().get(`/api/v1/sessions/${s.id}`).set(bearer(organiser))).body.capacity).toBe(3);
    const up = await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(organiser)).send({ capacity: 4 });
    expect(up.status).toBe(200);
    const regs = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/registrations?status=confirmed`)
      .set(bearer(organiser))
      .expect(200);
    expect(regs.body.total).toBe(4);
  });
});
