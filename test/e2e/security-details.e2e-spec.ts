import { createSession } from '@test/factories/scheduling';
import { bearer, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/** Issue 12 finding 15: the small ones (the 404 of reply/countersign is in outcomes, file modes in uploads). */
describe('security details', () => {
  let t: TestApp; // no trusted proxy
  let proxied: TestApp; // behind a proxy on this host
  beforeAll(async () => {
    t = await startTestApp();
    proxied = await startTestApp({ TRUSTED_PROXIES: '127.0.0.0/8,::1' });
  });
  afterAll(async () => {
    await t?.close();
    await proxied?.close();
  });

  it('a stray % in a stream URL is a 400 INVALID_STREAM_URL, not a 500', async () => {
    const admin = await t.login('admin');
    const s = await createSession(t, admin);
    for (const streamUrl of [
      'https://live.example.cn/%E0%A4%A.m3u8',
      'https://live.example.cn/a.m3u8?x=%zz',
    ]) {
      const res = await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(admin)).send({ streamUrl });
      expect({ streamUrl, status: res.status, code: res.body.code }).toEqual({
        streamUrl,
        status: 400,
        code: 'INVALID_STREAM_URL',
      });
    }
    const ok = await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(admin))
      .send({ streamUrl: 'https://live.example.cn/%E5%BD%95/a.m3u8' });
    expect(ok.status).toBe(200);
  });

  it('HSTS only over HTTPS: never over plain HTTP, nor on a forged X-Forwarded-Proto', async () => {
    const plain = await t.http().get('/api/v1/health');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    // Only a trusted proxy may say the client came over HTTPS.
    const forged = await t.http().get('/api/v1/health').set('X-Forwarded-Proto', 'https');
    expect(forged.headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await proxied.http().get('/api/v1/health').set('X-Forwarded-Proto', 'https');
    expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const proxyPlain = await proxied.http().get('/api/v1/health').set('X-Forwarded-Proto', 'http');
    expect(proxyPlain.headers['strict-transport-security']).toBeUndefined();
    // The other headers stay on whatever the scheme.
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    expect(plain.headers['content-security-policy']).toBeDefined();
  });
});
