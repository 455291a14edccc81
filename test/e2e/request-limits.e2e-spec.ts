import { startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/** Issue 12 finding 7: deep or huge bodies are refused with a 400 before anything parses them deeply. */
describe('request body limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const nested = (levels: number) => `{"username":${'['.repeat(levels)}${']'.repeat(levels)},"password":"x"}`;

  it('the probe: 450,000 levels (0.9 MB) to the public login answer 400 BODY_TOO_DEEP, and /health still answers', async () => {
    const body = nested(450_000);
    expect(Buffer.byteLength(body)).toBeLessThan(1024 * 1024);
    const bomb = () => t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(body);
    const [health, ...answers] = await Promise.all([
      t.http().get('/api/v1/health'),
      bomb(),
      bomb(),
      bomb(),
      bomb(),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BODY_TOO_DEEP');
    }
    expect(health.status).toBe(200);
    expect((await t.http().get('/api/v1/health')).status).toBe(200);
  });

  it('nesting up to the limit reaches validation; brackets inside strings do not count', async () => {
    const atLimit = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(nested(31));
    expect(atLimit.status).toBe(400);
    expect(atLimit.body.code).toBe('VALIDATION_FAILED');
    const overLimit = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(nested(32));
    expect(overLimit.body.code).toBe('BODY_TOO_DEEP');
    const inString = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'nobody_here', password: `a"\\"${'['.repeat(100)}` });
    expect(inString.status).toBe(401);
  });

  it('a body over 1 MB is 413 PAYLOAD_TOO_LARGE, a broken one 400 MALFORMED_JSON', async () => {
    const big = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'x'.repeat(1100 * 1024), password: 'x' });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": [[[');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('MALFORMED_JSON');
  });
});
