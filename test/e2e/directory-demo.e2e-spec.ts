import { bearer, startTestApp, TestApp } from '@test/test-app';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';
import { DirectorySeed } from '@xs/directory';

describe('directory: demo data', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('seeds about 250 places of mixed kinds across Kunming, Guiyang and Yingtan', async () => {
    const count = async (region: string) =>
      (await t.http().get(`/api/v1/workstations?region=${region}&pageSize=1`).set(bearer(admin)).expect(200))
        .body.total as number;
    const [km, gy, yt] = [await count('530100'), await count('520100'), await count('360600')];
    expect(km + gy + yt).toBeGreaterThanOrEqual(240);
    expect(km + gy + yt).toBeLessThanOrEqual(260);
    expect(Math.min(km, gy, yt)).toBeGreaterThanOrEqual(25);
    const kinds: { kind: string; n: string }[] = await t.db.query(
      `SELECT kind, count(*) AS n FROM workstations GROUP BY kind`,
    );
    expect(kinds.length).toBeGreaterThanOrEqual(8);
    // Coordinates are GCJ-02 as entered from AMap and near their county: Kunming places lie in Kunming.
    const far: unknown[] = await t.db.query(
      `SELECT 1 FROM workstations WHERE region_code LIKE '5301%' AND (crs <> 'GCJ02' OR wgs_lat NOT BETWEEN 24.3 AND 26.5 OR wgs_lng NOT BETWEEN 102.1 AND 103.7)`,
    );
    expect(far).toHaveLength(0);
    const near = (
      await t
        .http()
        .get('/api/v1/public/workstations?near=25.0406,102.7129&radiusKm=3&pageSize=5')
        .expect(200)
    ).body;
    expect(near.total).toBeGreaterThan(3);
  });

  it('seeds about 2,000 members with names, encrypted phones, assignments with a convener, and rosters', async () => {
    const [{ n, phones, named }]: { n: string; phones: string; named: string }[] = await t.db.query(
      `SELECT count(*) AS n, count(phone_enc) AS phones, count(*) FILTER (WHERE name ~ '^[一-龥]{2,3}$') AS named FROM members`,
    );
    expect(Number(n)).toBe(2000);
    expect(Number(phones)).toBe(2000);
    expect(Number(named)).toBeGreaterThan(1990);
    // A member of a party's 界别 is of that party; others may be of any party or none.
    const parties: { sector: string; party: string | null }[] = await t.db.query(
      `SELECT DISTINCT sector, party FROM members WHERE sector IN ('中国共产党', '九三学社', '中国农工民主党')`,
    );
    expect(parties.length).toBeGreaterThan(0);
    for (const p of parties) expect(p.party).toBe(p.sector);
    const [{ without }]: { without: string }[] = await t.db.query(
      `SELECT count(*) AS without FROM workstations w WHERE NOT EXISTS (SELECT 1 FROM workstation_members wm WHERE wm.workstation_id = w.id AND wm.role = 'convener')`,
    );
    expect(Number(without)).toBe(0);
    const roster = (
      await t
        .http()
        .get('/api/v1/duty-roster?region=530127&from=2026-02-01&to=2026-02-28')
        .set(bearer(admin))
        .expect(200)
    ).body;
    expect(roster.total).toBeGreaterThan(0);
    expect(roster.items.every((d: { date: string }) => d.date === '2026-02-22')).toBe(true);
    const me = (
      await t.http().post('/api/v1/auth/login').send({ username: 'wh_member', password: 'Demo-2026-xs' })
    ).body;
    const port = t.app.get<DirectoryPort>(DIRECTORY_PORT);
    expect(await port.memberForUser(me.user.id)).toMatchObject({ name: '刘洋', regionCode: '530102' });
    // The demo member has a desk to show: a place of the county and a weekly duty there.
    const desk = (await t.http().get('/api/v1/me/member').set(bearer(me.accessToken)).expect(200)).body;
    expect(desk.workstations).toEqual([expect.objectContaining({ name: '五华区综合委员工作室' })]);
    expect(desk.duty.length).toBeGreaterThanOrEqual(4);
  });

  it('each demo workstation manager manages one active place of its region, with a year of its meetings', async () => {
    const manager = await t.login('wh_manager', 'Demo-2026-xs');
    const me = await t.http().get('/api/v1/me').set(bearer(manager)).expect(200);
    expect(me.body.workstationIds).toHaveLength(1);
    const place = await t
      .http()
      .get(`/api/v1/workstations/${me.body.workstationIds[0]}`)
      .set(bearer(admin))
      .expect(200);
    expect(place.body.regionCode).toMatch(/^530102/);
    // The place named in the manager's header, and a year of its meetings on the desk: monthly ones
    // held (most with a published outcome), one coming up, one being drafted, and the live demo.
    expect(me.body.displayName).toBe(`${place.body.name as string} 赵敏`);
    const desk = await t.http().get('/api/v1/sessions?pageSize=100').set(bearer(manager)).expect(200);
    const items = desk.body.items as { workstationId: string; status: string; startsAt: string }[];
    expect(items.every((s) => s.workstationId === place.body.id)).toBe(true);
    const by = (st: string) => items.filter((s) => s.status === st).length;
    expect(by('ended') + by('concluded')).toBeGreaterThanOrEqual(11);
    expect(by('concluded')).toBeGreaterThanOrEqual(5);
    expect(by('draft')).toBeGreaterThanOrEqual(1);
    const soon = items.filter(
      (s) => s.status === 'published' && Date.parse(s.startsAt) < Date.now() + 15 * 60000,
    );
    expect(soon).toHaveLength(1);
    expect(by('published')).toBeGreaterThanOrEqual(2);
  });

  it('does not seed twice', async () => {
    expect(await t.app.get(DirectorySeed).run()).toEqual({ workstations: 0, members: 0 });
    const [{ n }]: { n: string }[] = await t.db.query(`SELECT count(*) AS n FROM members`);
    expect(Number(n)).toBe(2000);
  });
});
