import { bearer, startTestApp, TestApp } from '@test/test-app';
import { publishSession } from '@test/factories/scheduling';
import { register, testPhone } from '@test/factories/registration';

/**
 * Issue 16 point 2: public reads carry validators and come from the server's cache; a change shows
 * on the next read. (Across replicas through Redis: test/redis/public-cache.e2e-spec.ts.)
 */
describe('public reads are cached and revalidated', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('a session page answers from the cache with an ETag, 304 when unchanged, the new title after an edit', async () => {
    const s = await publishSession(t, admin, { title: '翠湖片区停车难协商' });
    const url = `/api/v1/public/sessions/${s.id}`;
    const first = await t.http().get(url).expect(200);
    expect(first.body.title).toBe('翠湖片区停车难协商');
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=1, must-revalidate');
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers['x-cache']).toBe('miss');

    const second = await t.http().get(url).expect(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.body).toEqual(first.body);

    const unchanged = await t.http().get(url).set('If-None-Match', first.headers.etag).expect(304);
    expect(unchanged.text).toBe('');

    await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(admin))
      .send({ title: '翠湖片区停车难协商（改期）' })
      .expect(200);
    const changed = await t.http().get(url).set('If-None-Match', first.headers.etag).expect(200);
    expect(changed.body.title).toBe('翠湖片区停车难协商（改期）');
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.headers['x-cache']).toBe('miss');
  });

  it('the public list shows a newly published session; a resident registering does not empty the cache', async () => {
    const list = async () => t.http().get('/api/v1/public/sessions?pageSize=100').expect(200);
    await list();
    expect((await list()).headers['x-cache']).toBe('hit');
    const s = await publishSession(t, admin, { title: '新发布的协商会' });
    const after = await list();
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.items.map((i: { id: string }) => i.id)).toContain(s.id);

    const resident = await t.residentToken(testPhone(), '居民甲');
    expect((await register(t, resident, s.id)).status).toBe(201);
    expect((await list()).headers['x-cache']).toBe('hit');
  });

  it('a failed write leaves the cache alone; a signed-in read is never served from it', async () => {
    const s = await publishSession(t, admin);
    const url = `/api/v1/public/sessions/${s.id}`;
    await t.http().get(url).expect(200);
    await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(admin)).send({ capacity: -1 }).expect(400);
    expect((await t.http().get(url).expect(200)).headers['x-cache']).toBe('hit');
    const signedIn = await t.http().get(url).set(bearer(admin)).expect(200);
    expect(signedIn.headers['x-cache']).toBeUndefined();
  });

  it('an unknown session is a 404 with its code, not cached', async () => {
    const url = '/api/v1/public/sessions/00000000-0000-4000-8000-000000000099';
    for (let i = 0; i < 2; i++) {
      const res = await t.http().get(url).expect(404);
      expect(res.body.code).toBe('SESSION_NOT_FOUND');
      expect(res.headers['x-cache']).toBeUndefined();
    }
  });
});
