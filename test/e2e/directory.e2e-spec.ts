import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createDepartment, createMember, createWorkstation } from '@test/factories/directory';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';

describe('directory: regions, departments, workstations, members', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('has the region tree as reference data, without demo data', async () => {
    const res = await t.http().get('/api/v1/regions?parent=530100').expect(200);
    const names = Object.fromEntries(
      res.body.items.map((r: { code: string; name: string }) => [r.code, r.name]),
    );
    expect(res.body.total).toBe(14);
    expect(names).toMatchObject({
      '530102': '五华区',
      '530103': '盘龙区',
      '530111': '官渡区',
      '530127': '嵩明县',
    });
    const qy = await t.http().get('/api/v1/regions/530103006').expect(200);
    expect(qy.body).toMatchObject({ name: '青云街道', level: 'township', parentCode: '530103' });
    expect(qy.body.path.map((r: { name: string }) => r.name)).toEqual([
      '全国',
      '云南省',
      '昆明市',
      '盘龙区',
      '青云街道',
    ]);
    const gy = await t.http().get('/api/v1/regions?parent=520100').expect(200);
    expect(gy.body.items.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['南明区', '云岩区', '观山湖区', '白云区']),
    );
    const yt = await t.http().get('/api/v1/regions?parent=360600').expect(200);
    expect(yt.body.items.map((r: { name: string }) => r.name)).toEqual(['月湖区', '余江区', '贵溪市']);
    const ws = await t.http().get('/api/v1/workstations').set(bearer(admin)).expect(200);
    expect(ws.body.total).toBe(0);
  });

  it('knows every administrative place named in the source documents', async () => {
    const places = [
      '五华区',
      '盘龙区',
      '官渡区',
      '西山区',
      '东川区',
      '晋宁区',
      '宜良县',
      '石林彝族自治县',
      '嵩明县',
      '禄劝彝族苗族自治县',
      '寻甸回族彝族自治县',
      '安宁市',
      '青云街道',
      '阿旺镇',
      '圭山镇',
      '磨憨镇',
      '西双版纳傣族自治州',
      '勐海县',
      '临沧市',
      '临翔区',
      '永德县',
      '昭通市',
      '曲靖市',
      '楚雄彝族自治州',
      '禄丰市',
      '彩云镇',
      '红河哈尼族彝族自治州',
      '开远市',
      '弥勒市',
      '文山壮族苗族自治州',
      '普洱市',
      '墨江哈尼族自治县',
      '德宏傣族景颇族自治州',
      '玉溪市',
      '澄江市',
      '新平彝族傣族自治县',
      '保山市',
      '昌宁县',
      '大理白族自治州',
      '永平县',
      '丽江市',
      '古城区',
      '怒江傈僳族自治州',
      '福贡县',
      '迪庆藏族自治州',
      '香格里拉市',
      '贵阳市',
      '云岩区',
      '南明区',
      '白云区',
      '观山湖区',
      '开阳县',
      '禾丰布依族苗族乡',
      '景怡苑社区',
      '黔南布依族苗族自治州',
      '鹰潭市',
      '月湖区',
      '余江区',
      '贵溪市',
      '抚州市',
      '南宁市',
      '桂林市',
      '福建省',
    ];
    const missing: string[] = [];
    for (const name of places) {
      const res = await t
        .http()
        .get(`/api/v1/regions?q=${encodeURIComponent(name)}`)
        .expect(200);
      if (!res.body.items.some((r: { name: string }) => r.name === name)) missing.push(name);
    }
    expect(missing).toEqual([]);
    // Traditional spelling, as in two of the reports, finds the same place.
    const tw = await t
      .http()
      .get(`/api/v1/regions?q=${encodeURIComponent('鷹潭市')}`)
      .expect(200);
    expect(tw.body.items.map((r: { code: string }) => r.code)).toEqual(['360600']);
  });

  it('creates, reads, updates and soft-deletes a workstation; the port still answers for history', async () => {
    const w = await createWorkstation(t, admin, {
      name: '青云街道委员工作室',
      regionCode: '530103006',
      contactPhone: '13812345678',
      location: { lat: 25.0605, lng: 102.7355, crs: 'GCJ02' },
    });
    expect(w).toMatchObject({
      name: '青云街道委员工作室',
      kind: 'member_studio',
      kindName: '委员工作室',
      status: 'active',
    });
    expect(w.regionName).toBe('青云街道');
    expect(w.contactPhone).toBe('138****5678');
    expect(w.location).toEqual({ lat: 25.0605, lng: 102.7355, crs: 'GCJ02' });
    // GCJ-02 is shifted a few hundred metres from WGS-84 in Kunming.
    expect(Math.abs(w.locationWgs84.lat - 25.0605)).toBeGreaterThan(0.001);
    const got = await t.http().get(`/api/v1/workstations/${w.id}`).set(bearer(admin)).expect(200);
    expect(got.body.id).toBe(w.id);
    const patched = await t
      .http()
      .patch(`/api/v1/workstations/${w.id}`)
      .set(bearer(admin))
      .send({ status: 'suspended', capacity: 80 })
      .expect(200);
    expect(patched.body).toMatchObject({ status: 'suspended', capacity: 80, contactPhone: '138****5678' });
    await t.http().delete(`/api/v1/workstations/${w.id}`).set(bearer(admin)).expect(204);
    const list = await t.http().get('/api/v1/workstations?region=530103').set(bearer(admin)).expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(w.id);
    const after = await t.http().get(`/api/v1/workstations/${w.id}`).set(bearer(admin)).expect(200);
    expect(after.body.status).toBe('deleted');
    const port = t.app.get<DirectoryPort>(DIRECTORY_PORT);
    const snap = await port.workstation(w.id);
    expect(snap).toMatchObject({
      id: w.id,
      status: 'deleted',
      name: '青云街道委员工作室',
      location: w.location,
    });
    expect(snap!.wgs84!.lat).toBeCloseTo(w.locationWgs84.lat, 6);
    expect(await port.workstation('not-a-uuid')).toBeNull();
    // The name is free again for a new place in that region.
    await createWorkstation(t, admin, { name: '青云街道委员工作室', regionCode: '530103006' });
  });

  it('refuses a duplicate name in one region (409), an unknown region and a bad latitude (400)', async () => {
    await createWorkstation(t, admin, { name: '翠湖委员之家', kind: 'member_home' });
    const dup = await t
      .http()
      .post('/api/v1/workstations')
      .set(bearer(admin))
      .send({
        name: '翠湖委员之家',
        kind: 'member_home',
        regionCode: '530102',
        address: 'x',
        location: { lat: 25, lng: 102, crs: 'WGS84' },
      });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('WORKSTATION_EXISTS');
    const region = await t
      .http()
      .post('/api/v1/workstations')
      .set(bearer(admin))
      .send({
        name: 'a',
        kind: 'other',
        regionCode: '999999',
        address: 'x',
        location: { lat: 25, lng: 102, crs: 'WGS84' },
      });
    expect(region.status).toBe(400);
    expect(region.body.code).toBe('UNKNOWN_REGION');
    const lat = await t
      .http()
      .post('/api/v1/workstations')
      .set(bearer(admin))
      .send({
        name: 'b',
        kind: 'other',
        regionCode: '530102',
        address: 'x',
        location: { lat: 95, lng: 102, crs: 'WGS84' },
      });
    expect(lat.status).toBe(400);
    expect(lat.body.code).toBe('VALIDATION_FAILED');
  });

  it('departments and members: create, list by region, phones masked, port snapshots', async () => {
    const d = await createDepartment(t, admin, { name: '五华区住房和城乡建设局' });
    expect(d).toMatchObject({ name: '五华区住房和城乡建设局', regionCode: '530102', regionName: '五华区' });
    const again = await t
      .http()
      .post('/api/v1/departments')
      .set(bearer(admin))
      .send({ name: '五华区住房和城乡建设局', regionCode: '530102' });
    expect(again.status).toBe(409);
    const m = await createMember(t, admin, {
      name: '李明',
      phone: '13912345678',
      sector: '教育界',
      level: 'city',
    });
    expect(m).toMatchObject({
      name: '李明',
      phone: '139****5678',
      sector: '教育界',
      level: 'city',
      levelName: '市级',
    });
    const list = await t.http().get('/api/v1/members?region=530102&q=李明').set(bearer(admin)).expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(m.id);
    const bySurname = await t
      .http()
      .get(`/api/v1/members?region=530102&q=${encodeURIComponent('李')}`)
      .set(bearer(admin))
      .expect(200);
    expect(bySurname.body.items.map((x: { id: string }) => x.id)).toContain(m.id);
    const traditional = await createMember(t, admin, { name: '歐陽國華' });
    const found = await t
      .http()
      .get(`/api/v1/members?q=${encodeURIComponent('欧阳国华')}`)
      .set(bearer(admin))
      .expect(200);
    expect(found.body.items.map((x: { id: string }) => x.id)).toEqual([traditional.id]);
    const none = await t
      .http()
      .get(`/api/v1/members?q=${encodeURIComponent('明李')}`)
      .set(bearer(admin))
      .expect(200);
    expect(none.body.total).toBe(0);
    const port = t.app.get<DirectoryPort>(DIRECTORY_PORT);
    expect(await port.member(m.id)).toEqual({
      id: m.id,
      name: '李明',
      sector: '教育界',
      level: 'city',
      regionCode: '530102',
      userId: null,
    });
    expect(await port.departments([d.id])).toEqual([
      { id: d.id, name: '五华区住房和城乡建设局', regionCode: '530102' },
    ]);
    expect(await port.memberIdsBySector('530100', '教育界')).toContain(m.id);
    expect(await port.regionName('530102')).toBe('五华区');
    expect(await port.departmentsInRegion('530100')).toContainEqual({
      id: d.id,
      name: '五华区住房和城乡建设局',
      regionCode: '530102',
    });
    expect(await port.departmentsInRegion('530103')).not.toContainEqual(
      expect.objectContaining({ id: d.id }),
    );
    const active = await createWorkstation(t, admin, { regionCode: '530102001' });
    const suspended = await createWorkstation(t, admin, { regionCode: '530102001', status: 'suspended' });
    const ids = await port.workstationIdsInRegion('530102');
    expect(ids).toContain(active.id);
    expect(ids).not.toContain(suspended.id);
    expect(await port.workstationIdsInRegion('360600')).toEqual([]);
  });

  it('links a member to an existing staff account only: an unknown account is 400 UNKNOWN_USER', async () => {
    const bad = await t.http().post('/api/v1/members').set(bearer(admin)).send({
      name: '赵六',
      regionCode: '530102',
      level: 'county',
      userId: '00000000-0000-4000-8000-000000000001',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('UNKNOWN_USER');
    const me = await t.http().get('/api/v1/me').set(bearer(admin)).expect(200);
    const linked = await createMember(t, admin, { name: '赵六', userId: me.body.id });
    expect(linked.name).toBe('赵六');
  });

  it('an organiser of 五华区 cannot create in 盘龙区 (403) nor read its workstation (404)', async () => {
    const org = await staff(t, admin, { username: 'dir_org_wh', roles: ['organiser'], regionCode: '530102' });
    const other = await createWorkstation(t, admin, { regionCode: '530103' });
    const res = await t
      .http()
      .post('/api/v1/workstations')
      .set(bearer(org.token))
      .send({
        name: 'x',
        kind: 'other',
        regionCode: '530103',
        address: 'x',
        location: { lat: 25, lng: 102, crs: 'WGS84' },
      });
    expect(res.status).toBe(403);
    expect((await t.http().get(`/api/v1/workstations/${other.id}`).set(bearer(org.token))).status).toBe(404);
    expect(
      (await t.http().patch(`/api/v1/workstations/${other.id}`).set(bearer(org.token)).send({ capacity: 1 }))
        .status,
    ).toBe(403);
  });
});
