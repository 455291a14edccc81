import { startTestApp, TestApp } from '@test/test-app';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Two replicas on one database and one Redis: limits are shared, so a second replica is no way around them. */
describe('rate limits shared through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ REDIS_URL, LOGIN_RATE_PER_IP: '4' });
    b = await startTestApp({ REDIS_URL, LOGIN_RATE_PER_IP: '4' });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('health reports redis up', async () => {
    const res = await a.http().get('/api/v1/health').expect(200);
    expect(res.body.redis).toBe('up');
  });

  it('an SMS code requested on one replica blocks a second request on the other', async () => {
    const phone = `137${String(Date.now()).slice(-8)}`;
    await a.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    const second = await b.http().post('/api/v1/auth/sms').send({ phone });
    expect(second.status).toBe(429);
    expect(second.body.code).toBe('SMS_TOO_FREQUENT');
  });

  it('login attempts per IP add up across replicas', async () => {
    // Other test runs may share this Redis: use a fresh key space by waiting out nothing, just count.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await a
            .http()
            .post('/api/v1/auth/login')
            .send({ username: `r${i}`, password: 'x' })
        ).status,
      );
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await b
            .http()
            .post('/api/v1/auth/login')
            .send({ username: `s${i}`, password: 'x' })
        ).status,
      );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
  });
});
