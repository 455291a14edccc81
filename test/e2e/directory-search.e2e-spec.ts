import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { assignMembers, createMember, createWorkstation } from '@test/factories/directory';
import { wgs84ToGcj02 } from '@xs/directory';

/** Places around 翠湖 (WGS-84), entered as AMap (GCJ-02) would give them. */
const CUIHU = { lat: 25.0466, lng: 102.7029 };
const gcj = (dLatKm: number, dLngKm: number) => {
  const p = wgs84ToGcj02({
    lat: CUIHU.lat + dLatKm / 111.2,
    lng: CUIHU.lng + dLngKm / (111.2 * Math.cos((CUIHU.lat * Math.PI) / 180)),
  });
  return { lat: Number(p.lat.toFixed(7)), lng: Number(p.lng.toFixed(7)), crs: 'GCJ02' as const };
};

describe('directory: search and the public directory', () => {
  let t: TestApp;
  let admin: string;
  const ids: Record<string, string> = {};
  const get = (path: string, token = admin) => t.http().get(`/api/v1/${path}`).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const places: [string, Parameters<typeof createWorkstation>[2]][] = [
      [
        'near',
        {
          name: '翠湖委员工作室',
          kind: 'member_studio',
          regionCode: '530102001',
          location: gcj(0.5, 0),
          sector: '教育界',
        },
      ],
      [
        'mid',
        {
          name: '华山议事广场',
          kind: 'forum_square',
          regionCode: '530102001',
          location: gcj(0, 3),
          sector: '经济界',
        },
      ],
      ['far', { name: '西翥院坝', kind: 'courtyard', regionCode: '530102010', location: gcj(20, -5) }],
      [
        'pl',
        {
          name: '青云委员之家',
          kind: 'member_home',
          regionCode: '530103006',
          location: gcj(2, 5),
          sector: '教育界',
        },
      ],
      [
        'tw',
        {
          name: '龍翔協商議事室',
          kind: 'consultation_room',
          regionCode: '530102004',
          location: { lat: 25.06, lng: 102.69, crs: 'WGS84' },
        },
      ],
      [
        'cg',
        {
          name: '呈贡同心会客厅',
          kind: 'unity_parlor',
          regionCode: '530114',
          location: { lat: 24.88, lng: 102.82, crs: 'CGCS2000' },
        },
      ],
      [
        'susp',
        {
          name: '暂停的委员驿站',
          kind: 'member_post',
          regionCode: '530102',
          location: gcj(0.2, 0.2),
          status: 'suspended',
        },
      ],
    ];
    for (const [key, o] of places) ids[key] = (await createWorkstation(t, admin, o)).id;
  });
  afterAll(() => t.close());

  const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

  it('filters by the whole region subtree, kind and sector', async () => {
    const wh = (await get('workstations?region=530102&pageSize=100').expect(200)).body;
    expect(names(wh).sort()).toEqual(
      ['华山议事广场', '暂停的委员驿站', '翠湖委员工作室', '西翥院坝', '龍翔協商議事室'].sort(),
    );
    const km = (await get('workstations?region=530100&pageSize=100').expect(200)).body;
    expect(km.total).toBe(7);
    expect(names((await get('workstations?region=530100&kind=member_home').expect(200)).body)).toEqual([
      '青云委员之家',
    ]);
    expect(names((await get('workstations?region=530100&sector=教育界').expect(200)).body).sort()).toEqual(
      ['翠湖委员工作室', '青云委员之家'].sort(),
    );
    expect(names((await get('workstations?region=530100&sector=教育').expect(200)).body)).toHaveLength(2);
    expect((await get('workstations?kind=office')).status).toBe(400);
  });

  it('finds simplified with traditional and traditional with simplified', async () => {
    expect(names((await get(`workstations?q=${encodeURIComponent('委員工作室')}`).expect(200)).body)).toEqual(
      ['翠湖委员工作室'],
    );
    expect(names((await get(`workstations?q=${encodeURIComponent('协商议事')}`).expect(200)).body)).toEqual([
      '龍翔協商議事室',
    ]);
    expect(names((await get(`workstations?q=${encodeURIComponent('翠湖')}`).expect(200)).body)).toEqual([
      '翠湖委员工作室',
    ]);
    expect((await get(`workstations?q=${encodeURIComponent('100%_')}`).expect(200)).body.total).toBe(0);
  });

  it('sorts nearest first with distanceKm, limits by radius, and pages', async () => {
    const near = `${CUIHU.lat},${CUIHU.lng}`;
    const all = (await get(`workstations?region=530100&near=${near}&pageSize=100`).expect(200)).body;
    const order = names(all);
    expect(order.indexOf('暂停的委员驿站')).toBe(0); // 0.28 km
    expect(order.indexOf('翠湖委员工作室')).toBe(1); // 0.5 km
    expect(order.indexOf('龍翔協商議事室')).toBe(2); // about 2 km
    expect(order.indexOf('华山议事广场')).toBe(3); // 3 km
    const d = Object.fromEntries(
      all.items.map((i: { name: string; distanceKm: number }) => [i.name, i.distanceKm]),
    );
    // GCJ-02 entries were converted back: distances come out as built, within a few metres.
    expect(d['翠湖委员工作室']).toBeCloseTo(0.5, 1);
    expect(d['华山议事广场']).toBeCloseTo(3, 1);
    expect(d['西翥院坝']).toBeCloseTo(Math.hypot(20, 5), 0);
    const sorted = all.items.map((i: { distanceKm: number }) => i.distanceKm);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    const within = (await get(`workstations?region=530100&near=${near}&radiusKm=4`).expect(200)).body;
    expect(names(within)).toEqual(['暂停的委员驿站', '翠湖委员工作室', '龍翔協商議事室', '华山议事广场']);
    expect(within.total).toBe(4);
    const page2 = (await get(`workstations?region=530100&near=${near}&pageSize=2&page=2`).expect(200)).body;
    expect(names(page2)).toEqual(order.slice(2, 4));
    expect(page2.total).toBe(7);
    const nearGcj = wgs84ToGcj02(CUIHU);
    const viaGcj = (
      await get(
        `workstations?region=530100&near=${nearGcj.lat},${nearGcj.lng}&crs=GCJ02&radiusKm=0.6`,
      ).expect(200)
    ).body;
    expect(names(viaGcj)).toEqual(['暂停的委员驿站', '翠湖委员工作室']);
    const bad = await get('workstations?near=95,102');
    expect(bad.status).toBe(400);
    expect((await get('workstations?radiusKm=3')).body.code).toBe('RADIUS_WITHOUT_NEAR');
  });

  it('offers residents a public directory of active places without members’ phones', async () => {
    const m = await createMember(t, admin, { name: '陈公开', phone: '13700001111', sector: '教育界' });
    await assignMembers(t, admin, ids.near, [{ memberId: m.id, role: 'convener' }]);
    const list = (await t.http().get('/api/v1/public/workstations?region=530100&pageSize=100').expect(200))
      .body;
    expect(names(list)).not.toContain('暂停的委员驿站');
    expect(list.total).toBe(6);
    const one = (await t.http().get(`/api/v1/public/workstations/${ids.near}`).expect(200)).body;
    expect(one.members).toEqual([
      {
        name: '陈公开',
        level: 'county',
        levelName: '县级',
        sector: '教育界',
        role: 'convener',
        roleName: '召集人',
      },
    ]);
    expect(JSON.stringify(one)).not.toMatch(/1370000|1111/);
    expect((await t.http().get(`/api/v1/public/workstations/${ids.susp}`)).status).toBe(404);
    const nearby = (
      await t.http().get(`/api/v1/public/workstations?near=${CUIHU.lat},${CUIHU.lng}&radiusKm=1`).expect(200)
    ).body;
    expect(names(nearby)).toEqual(['翠湖委员工作室']);
    expect(nearby.items[0].distanceKm).toBeCloseTo(0.5, 1);
  });

  it('masks contact phones unless the caller holds pii:read, and audits the unmasked read', async () => {
    const w = await createWorkstation(t, admin, { contactPhone: '13900002222' });
    expect(w.contactPhone).toBe('139****2222');
    const reader = await staff(t, admin, {
      username: 'dir_pii',
      roles: ['organiser'],
      regionCode: '530102',
      permissions: ['pii:read'],
    });
    const full = await get(`workstations/${w.id}`, reader.token).expect(200);
    expect(full.body.contactPhone).toBe('13900002222');
    const audit: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_log WHERE actor_id = $1 AND action = 'pii.read' AND target_id = $2`,
      [reader.id, w.id],
    );
    expect(audit).toHaveLength(1);
    const stored: { contact_phone_enc: string }[] = await t.db.query(
      `SELECT contact_phone_enc FROM workstations WHERE id = $1`,
      [w.id],
    );
    expect(stored[0].contact_phone_enc).not.toContain('13900002222');
  });

  it('concurrent creates of one name in one region: exactly one wins, the rest get 409', async () => {
    const body = {
      name: '并发创建工作室',
      kind: 'member_studio',
      regionCode: '530102',
      address: '并发路',
      location: { lat: 25, lng: 102, crs: 'WGS84' },
    };
    const res = await Promise.all(
      Array.from({ length: 6 }, () => t.http().post('/api/v1/workstations').set(bearer(admin)).send(body)),
    );
    expect(res.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(res.filter((r) => r.status === 409).every((r) => r.body.code === 'WORKSTATION_EXISTS')).toBe(true);
  });
});
