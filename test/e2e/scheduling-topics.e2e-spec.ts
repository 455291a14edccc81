import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createSession } from '@test/factories/scheduling';

// Booting an app on a cloned database takes a few seconds on a busy machine.
jest.setTimeout(120_000);

describe('scheduling: topics (议题征集)', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  let member: string;
  let otherOrganiser: string;
  let residentA: string;
  let residentB: string;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'tp_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    otherOrganiser = (
      await staff(t, admin, { username: 'tp_org2', roles: ['organiser'], regionCode: '530103' })
    ).token;
    member = (await staff(t, admin, { username: 'tp_member', roles: ['member'], regionCode: '530102' }))
      .token;
    residentA = await t.residentToken('13700000101', '翠湖居民');
    residentB = await t.residentToken('13700000102', '青云街坊');
  });
  afterAll(() => t.close());

  const propose = (token: string, body: object) =>
    t.http().post('/api/v1/topics').set(bearer(token)).send(body);

  it('takes topics from the three sources, each from the right people', async () => {
    const r = await propose(residentA, {
      title: '小区停车位不足',
      description: '晚上车辆占用消防通道',
      regionCode: '530102',
      source: 'resident',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: 'submitted',
      source: 'resident',
      supportCount: 0,
      proposer: { nickname: '翠湖居民', mine: true },
    });
    expect(
      (
        await propose(member, {
          title: '建议增设社区食堂',
          description: '老人吃饭难',
          regionCode: '530102',
          source: 'member',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await propose(organiser, {
          title: '推进加装电梯',
          description: '党政点题',
          regionCode: '530102',
          source: 'party_government',
        })
      ).status,
    ).toBe(201);
    const refused = await propose(residentA, {
      title: '冒充党政点题',
      description: 'x',
      regionCode: '530102',
      source: 'party_government',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('SOURCE_NOT_ALLOWED');
    expect(
      (await propose(residentA, { title: 'x', description: 'y', regionCode: '530102', source: 'gossip' }))
        .status,
    ).toBe(400);
    expect(
      (
        await propose(organiser, {
          title: '越界议题',
          description: 'y',
          regionCode: '530103',
          source: 'party_government',
        })
      ).status,
    ).toBe(403);
  });

  it('suggests similar topics on submission, across 简体 and 繁體', async () => {
    await propose(residentA, {
      title: '翠湖片区农贸市场环境脏乱',
      description: '菜市场排水不畅，地面湿滑',
      regionCode: '530102',
      source: 'resident',
    });
    const res = await propose(residentB, {
      title: '翠湖片區農貿市場環境髒亂',
      description: '菜市場排水不暢，地面濕滑',
      regionCode: '530102',
      source: 'resident',
    });
    expect(res.status).toBe(201);
    expect(res.body.similar.length).toBeGreaterThan(0);
    expect(res.body.similar[0].title).toBe('翠湖片区农贸市场环境脏乱');
    expect(res.body.similar[0].similarity).toBeGreaterThan(0.5);
    const unrelated = await propose(residentB, {
      title: '公交站点太远',
      description: '希望增加线路',
      regionCode: '530102',
      source: 'resident',
    });
    expect(unrelated.body.similar.map((s: { title: string }) => s.title)).not.toContain(
      '翠湖片区农贸市场环境脏乱',
    );
    const typing = await t
      .http()
      .get('/api/v1/topics/similar')
      .query({ q: '農貿市場環境', region: '530102' })
      .set(bearer(residentA))
      .expect(200);
    expect(typing.body.map((s: { title: string }) => s.title)).toContain('翠湖片区农贸市场环境脏乱');
    const search = await t
      .http()
      .get('/api/v1/topics')
      .query({ q: '農貿市場', region: '530102' })
      .set(bearer(organiser))
      .expect(200);
    expect(search.body.total).toBe(2);
  });

  it('support (附议) counts once per person; not one’s own topic', async () => {
    const topic = (
      await propose(residentA, {
        title: '路灯坏了没人修',
        description: '盘龙江边步道',
        regionCode: '530102',
        source: 'resident',
      })
    ).body;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.http().post(`/api/v1/topics/${topic.id}/support`).set(bearer(residentB)),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'ALREADY_SUPPORTED')).toBe(
      true,
    );
    await t.http().post(`/api/v1/topics/${topic.id}/support`).set(bearer(member)).expect(200);
    const own = await t.http().post(`/api/v1/topics/${topic.id}/support`).set(bearer(residentA));
    expect(own.body.code).toBe('OWN_TOPIC');
    const got = await t.http().get(`/api/v1/topics/${topic.id}`).set(bearer(residentB)).expect(200);
    expect(got.body).toMatchObject({ supportCount: 2, supportedByMe: true });
  });

  it('organisers accept, reject with a reason, or merge; the proposer sees the status and gets a notice', async () => {
    const a = (
      await propose(residentA, {
        title: '学校门口接送拥堵',
        description: '早晚高峰',
        regionCode: '530102',
        source: 'resident',
      })
    ).body;
    const b = (
      await propose(residentB, {
        title: '校门口上下学堵车',
        description: '接送车辆乱停',
        regionCode: '530102',
        source: 'resident',
      })
    ).body;
    const c = (
      await propose(residentA, {
        title: '要求拆除整栋楼',
        description: '不合理',
        regionCode: '530102',
        source: 'resident',
      })
    ).body;
    const review = (id: string, body: object, token = organiser) =>
      t.http().post(`/api/v1/topics/${id}/review`).set(bearer(token)).send(body);
    expect((await review(c.id, { decision: 'reject' })).body.code).toBe('REASON_REQUIRED');
    const rejected = await review(c.id, { decision: 'reject', reason: '不属于协商范围' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewReason: '不属于协商范围' });
    expect((await review(a.id, { decision: 'accept' })).body.status).toBe('accepted');
    expect((await review(a.id, { decision: 'accept' })).body.code).toBe('INVALID_TOPIC_TRANSITION');
    expect((await review(b.id, { decision: 'merge' })).body.code).toBe('MERGE_TARGET_REQUIRED');
    expect((await review(b.id, { decision: 'merge', mergeInto: c.id })).body.code).toBe(
      'MERGE_TARGET_INVALID',
    );
    const merged = await review(b.id, { decision: 'merge', mergeInto: a.id });
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: a.id });
    // The merged topic's proposer now counts as a supporter of the target.
    const target = await t.http().get(`/api/v1/topics/${a.id}`).set(bearer(residentA)).expect(200);
    expect(target.body.supportCount).toBe(1);
    expect((await review(a.id, { decision: 'accept' }, otherOrganiser)).status).toBe(403);
    expect((await review(a.id, { decision: 'accept' }, residentA)).status).toBe(403);
    const mine = await t
      .http()
      .get('/api/v1/topics?mine=true&pageSize=50')
      .set(bearer(residentA))
      .expect(200);
    const statuses = Object.fromEntries(
      mine.body.items.map((i: { id: string; status: string }) => [i.id, i.status]),
    );
    expect(statuses[c.id]).toBe('rejected');
    expect(statuses[a.id]).toBe('accepted');
    const inbox = await t.http().get('/api/v1/me/notifications').set(bearer(residentB)).expect(200);
    expect(
      inbox.body.items.some(
        (n: { kind: string; body: string }) =>
          n.kind === 'topic.reviewed' && n.body.includes('学校门口接送拥堵'),
      ),
    ).toBe(true);
    // Only accepted topics can be scheduled; scheduling marks them.
    const refused = await t.http().post('/api/v1/sessions').set(bearer(organiser)).send({});
    expect(refused.status).toBe(400);
    await expect(createSession(t, organiser, { topicId: c.id })).rejects.toThrow('TOPIC_NOT_ACCEPTED');
    const s = await createSession(t, organiser, { topicId: a.id });
    expect(s.topicId).toBe(a.id);
    expect((await t.http().get(`/api/v1/topics/${a.id}`).set(bearer(residentA))).body.status).toBe(
      'scheduled',
    );
  });

  it('lists by region subtree and status; staff outside the region are refused', async () => {
    await propose(residentA, {
      title: '盘龙区议题',
      description: '盘龙',
      regionCode: '530103',
      source: 'resident',
    });
    const wuhua = await t
      .http()
      .get('/api/v1/topics?region=530102&pageSize=100')
      .set(bearer(organiser))
      .expect(200);
    expect(wuhua.body.items.every((i: { regionCode: string }) => i.regionCode.startsWith('530102'))).toBe(
      true,
    );
    expect((await t.http().get('/api/v1/topics?region=530103').set(bearer(organiser))).status).toBe(403);
    const rejected = await t.http().get('/api/v1/topics?status=rejected').set(bearer(organiser)).expect(200);
    expect(rejected.body.items.every((i: { status: string }) => i.status === 'rejected')).toBe(true);
  });

  it('orders the queue by supports (default, most first) or by date, either way', async () => {
    const made: string[] = [];
    for (const title of ['排序议题甲', '排序议题乙', '排序议题丙'])
      made.push(
        (
          await propose(residentA, {
            title,
            description: title,
            regionCode: '530102005',
            source: 'resident',
          }).expect(201)
        ).body.id as string,
      );
    // 乙 gets two supports, 丙 one, 甲 none.
    for (const [id, tokens] of [
      [made[1], [residentB, member]],
      [made[2], [residentB]],
    ] as const)
      for (const token of tokens)
        await t.http().post(`/api/v1/topics/${id}/support`).set(bearer(token)).expect(200);
    const titles = async (q: string) =>
      (
        (await t.http().get(`/api/v1/topics?region=530102005&${q}`).set(bearer(organiser)).expect(200)).body
          .items as { title: string }[]
      ).map((i) => i.title);
    expect(await titles('')).toEqual(['排序议题乙', '排序议题丙', '排序议题甲']);
    expect(await titles('sort=supportCount')).toEqual(['排序议题甲', '排序议题丙', '排序议题乙']);
    expect(await titles('sort=createdAt')).toEqual(['排序议题甲', '排序议题乙', '排序议题丙']);
    expect(await titles('sort=-createdAt')).toEqual(['排序议题丙', '排序议题乙', '排序议题甲']);
    expect((await t.http().get('/api/v1/topics?sort=title').set(bearer(organiser))).status).toBe(400);
  });
});
