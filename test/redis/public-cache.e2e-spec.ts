import { publishSession } from '@test/factories/scheduling';
import { PublicCache } from '@xs/platform';
import { bearer, startTestApp, TestApp } from '@test/test-app';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Waits for a condition, polling (no fixed sleep); fails after `ms`. */
async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Issue 16 point 2 across replicas: two apps on one database and one Redis each keep their own cache
 * of public reads; a change made through one empties the other's through Redis, so the other's next
 * read shows it (well within a second) and an old ETag no longer gets a 304.
 */
describe('public cache across replicas', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;
  beforeAll(async () => {
    a = await startTestApp({ REDIS_URL });
    b = await startTestApp({ REDIS_URL }, { replicaOf: a });
    admin = await a.login('admin');
    // Only the invalidation can make B read again: its entries would otherwise outlive the test.
    b.app.get(PublicCache).ttlMs = 3_600_000;
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('an edit on one replica reaches the other replica’s cached page', async () => {
    const s = await publishSession(a, admin, { title: '五华区老旧小区加装电梯协商' });
    const url = `/api/v1/public/sessions/${s.id}`;
    await b.http().get(url).expect(200);
    const cached = await b.http().get(url).expect(200);
    expect(cached.headers['x-cache']).toBe('hit');
    expect(cached.body.title).toBe('五华区老旧小区加装电梯协商');
    await b.http().get(url).set('If-None-Match', cached.headers.etag).expect(304);

    await a
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(admin))
      .send({ title: '五华区老旧小区加装电梯协商（第二场）' })
      .expect(200);
    await until(async () => (await b.http().get(url)).body.title === '五华区老旧小区加装电梯协商（第二场）');
    const fresh = await b.http().get(url).set('If-None-Match', cached.headers.etag).expect(200);
    expect(fresh.headers.etag).not.toBe(cached.headers.etag);
  });

  it('a session published through one replica appears in the other’s cached public list', async () => {
    const list = () => b.http().get('/api/v1/public/sessions?pageSize=100').expect(200);
    await list();
    expect((await list()).headers['x-cache']).toBe('hit');
    const s = await publishSession(a, admin, { title: '盘龙区社区食堂协商' });
    await until(async () => (await list()).body.items.some((i: { id: string }) => i.id === s.id));
  });
});
