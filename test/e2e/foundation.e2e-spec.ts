import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bearer, startTestApp, TestApp } from '@test/test-app';

describe('foundation: HTTP conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health of database and redis', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', redis: 'absent' });
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });

  it('sets security headers (helmet)', async () => {
    const res = await t.http().get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).toMatch(/media-src 'self' https: http: blob:/);
  });

  it('serves the committed OpenAPI document (docs/openapi.json, `npm run openapi`)', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(res.body.paths)).toContain('/auth/login');
    const committed = JSON.parse(readFileSync(path.join(__dirname, '../../docs/openapi.json'), 'utf8'));
    expect(res.body).toEqual(committed);
  });

  it('malformed JSON is a 400 with a code, not a 500', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username":');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js/);
  });

  it('says errors in the language Accept-Language asks for: Simplified by default, Traditional, English', async () => {
    const missing = '/api/v1/public/sessions/00000000-0000-4000-8000-000000000000';
    const ask = (lang?: string) => {
      const req = t.http().get(missing);
      return lang ? req.set('Accept-Language', lang) : req;
    };
    const plain = await ask();
    expect([plain.status, plain.body.code, plain.body.message]).toEqual([
      404,
      'SESSION_NOT_FOUND',
      '会议不存在',
    ]);
    expect(plain.headers['content-language']).toBe('zh-Hans');
    expect(String(plain.headers.vary)).toMatch(/Accept-Language/i);
    expect((await ask('zh-TW,zh;q=0.9,en;q=0.8')).body.message).toBe('會議不存在');
    expect((await ask('en-GB,en;q=0.9')).body).toMatchObject({
      code: 'SESSION_NOT_FOUND',
      message: 'Meeting not found',
    });
    expect((await ask('en-GB')).headers['content-language']).toBe('en');
    expect((await ask('fr-FR')).body.message).toBe('会议不存在');
    // Our own wording outside the catalogues, too.
    const json = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .set('Accept-Language', 'en')
      .send('{"username":');
    expect(json.body).toMatchObject({
      code: 'MALFORMED_JSON',
      message: 'The request body is not valid JSON',
    });
  });

  it('unknown fields and wrong types are 400 VALIDATION_FAILED', async () => {
    const unknown = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'a', password: 'b', extra: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
    const wrong = await t.http().post('/api/v1/auth/login').send({ username: 5, password: [] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('VALIDATION_FAILED');
  });

  it('says what is wrong with each field in the asker language, and lists the problems by field', async () => {
    const admin = await t.login('admin');
    const send = (lang?: string) => {
      const req = t
        .http()
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({
          username: '1abc',
          password: '',
          displayName: 'x'.repeat(120),
          roles: ['king'],
          regionCode: '5301',
          phone: '12345',
          nickname: 'x',
        });
      return lang ? req.set('Accept-Language', lang) : req;
    };
    const zh = await send();
    expect(zh.status).toBe(400);
    expect(zh.body.code).toBe('VALIDATION_FAILED');
    expect(zh.body.message).toEqual(
      expect.arrayContaining([
        'username 须以字母开头，3–64 位字母、数字或 _.-',
        'password 长度应为 1–128 个字符',
        'displayName 长度应为 1–100 个字符',
        'regionCode 应为 6、9 或 12 位数字的行政区划代码',
        'phone 应为有效的中国大陆手机号码',
        'nickname 不是可接受的字段',
      ]),
    );
    expect(zh.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^roles 中每一项应为以下之一：.*organiser/)]),
    );
    // Every line is Chinese: none is the validator's English.
    expect((zh.body.message as string[]).filter((l) => / must | should /.test(l))).toEqual([]);
    expect(zh.body.details.problems).toEqual(
      expect.arrayContaining([{ field: 'phone', rule: 'matches', message: '应为有效的中国大陆手机号码' }]),
    );
    const en = await send('en');
    expect(en.body.message).toEqual(
      expect.arrayContaining([
        'username must start with a letter: 3 to 64 letters, digits or _.-',
        'regionCode must be a region code of 6, 9 or 12 digits',
        'nickname is not an accepted field',
      ]),
    );
    expect((en.body.message as string[]).filter((l) => /[\u4e00-\u9fff]/.test(l))).toEqual([]);
    const hant = await send('zh-TW');
    expect(hant.body.message).toEqual(expect.arrayContaining(['phone 應為有效的中國大陸手機號碼']));
    // Nothing was created by the refused request.
    const users = await t.http().get('/api/v1/users?q=1abc').set(bearer(admin)).expect(200);
    expect(users.body.total).toBe(0);
  });

  it('bodies over 1 MB are 413', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'x'.repeat(1_100_000), password: 'y' });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it("bad UUIDs are 400, unknown routes 404 ROUTE_NOT_FOUND, both with codes in the asker's language", async () => {
    const token = await t.login('admin');
    const bad = await t.http().get('/api/v1/users/not-a-uuid').set(bearer(token));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', message: '地址中的编号不是有效的 UUID' });
    const en = await t.http().get('/api/v1/users/not-a-uuid').set(bearer(token)).set('Accept-Language', 'en');
    expect(en.body.message).toBe('An ID in the address is not a valid UUID');
    const missing = await t.http().get('/api/v1/nope').set(bearer(token));
    expect(missing.status).toBe(404);
    // A missing route is told apart from a missing record, in the asker's language.
    expect(missing.body).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      message: '没有这个接口：GET /api/v1/nope',
    });
    const missingEn = await t.http().post('/api/v1/nope?x=1').set('Accept-Language', 'en').send({});
    expect(missingEn.status).toBe(404);
    expect(missingEn.body).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      message: 'No such endpoint: POST /api/v1/nope?x=1',
    });
    // A record that is not there keeps its own code.
    const gone = await t.http().get('/api/v1/users/00000000-0000-4000-8000-000000000000').set(bearer(token));
    expect(gone.body.code).toBe('USER_NOT_FOUND');
  });
});
