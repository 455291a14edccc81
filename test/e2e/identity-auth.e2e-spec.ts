import { totpAt } from '../../libs/identity/src/auth/totp';
import { signAccessToken } from '../../libs/identity/src/auth/tokens';
import { ADMIN_PASSWORD, bearer, SMS_CODE, staff, startTestApp, TestApp } from '@test/test-app';

describe('identity: staff login, tokens and sessions', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('logs in and returns the contract shape', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: ADMIN_PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({
      expiresIn: 900,
      user: { username: 'admin', roles: ['admin'], regionCode: '000000' },
    });
    expect(typeof res.body.accessToken).toBe('string');
    expect(typeof res.body.refreshToken).toBe('string');
    const me = await t.http().get('/api/v1/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body.username).toBe('admin');
  });

  it('a wrong password is 401 INVALID_CREDENTIALS, the same as an unknown user', async () => {
    const wrong = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: 'Nope-nope-123' });
    const unknown = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'ghost', password: 'Nope-nope-123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('five failures hold (account, address) back with Retry-After; the right password waits too', async () => {
    await staff(t, admin, { username: 'lockme', roles: ['member'], regionCode: '530102' });
    for (let i = 0; i < 5; i++) {
      const r = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ username: 'lockme', password: 'Wrong-pass-123' });
      expect(r.status).toBe(401);
    }
    const right = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'lockme', password: 'Staff-Pass-2026' });
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('parallel wrong passwords all count toward the hold', async () => {
    await staff(t, admin, { username: 'parallel', roles: ['member'], regionCode: '530102' });
    await Promise.all(
      Array.from({ length: 8 }, () =>
        t.http().post('/api/v1/auth/login').send({ username: 'parallel', password: 'Wrong-pass-123' }),
      ),
    );
    const right = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'parallel', password: 'Staff-Pass-2026' });
    expect(right.status).toBe(429);
  });

  it('refresh rotates the token; reusing an old one revokes the whole login', async () => {
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: ADMIN_PASSWORD })
      .expect(200);
    const first = login.body.refreshToken as string;
    const r1 = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(200);
    expect(r1.body.refreshToken).not.toBe(first);
    await t.http().get('/api/v1/me').set(bearer(r1.body.accessToken)).expect(200);
    const reuse = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('REFRESH_REUSED');
    const after = await t.http().get('/api/v1/me').set(bearer(r1.body.accessToken));
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('SESSION_REVOKED');
    const r2 = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: r1.body.refreshToken });
    expect(r2.status).toBe(401);
  });

  it('two concurrent refreshes with one token: exactly one wins', async () => {
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: ADMIN_PASSWORD })
      .expect(200);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.http().post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }),
      ),
    );
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(results.every((r) => r.status === 200 || r.status === 401)).toBe(true);
    // The others presented a used token: that ends the login, the winner's new tokens with it.
    expect(results.filter((r) => r.body.code === 'REFRESH_REUSED')).toHaveLength(5);
    const me = await t.http().get('/api/v1/me').set(bearer(won[0].body.accessToken));
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('SESSION_REVOKED');
    const again = await t
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: won[0].body.refreshToken });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('SESSION_REVOKED');
  });

  it('logout revokes the access token at once', async () => {
    const token = await t.login('admin');
    await t.http().post('/api/v1/auth/logout').set(bearer(token)).expect(204);
    const res = await t.http().get('/api/v1/me').set(bearer(token));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('SESSION_REVOKED');
  });

  it('an idle session expires', async () => {
    const token = await t.login('admin');
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string };
    await t.db.query(`UPDATE auth_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [
      sid,
    ]);
    const res = await t.http().get('/api/v1/me').set(bearer(token));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('SESSION_IDLE');
  });

  it('an expired access token is 401 TOKEN_EXPIRED', async () => {
    const short = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '30' });
    try {
      const token = await short.login('admin');
      const [h, body, s] = token.split('.');
      expect(s).toBeDefined();
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
      // Time travel is not possible; sign an already-expired token with the test secret instead.
      const expired = signAccessToken(short.config.tokenSecret, {
        ...claims,
        exp: Math.floor(Date.now() / 1000) - 1,
      });
      expect(expired.startsWith(h)).toBe(true);
      const res = await short.http().get('/api/v1/me').set(bearer(expired));
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
    } finally {
      await short.close();
    }
  });

  it('a disabled account is cut off and cannot log in', async () => {
    const u = await staff(t, admin, { username: 'tobedisabled', roles: ['member'], regionCode: '530102' });
    await t.http().patch(`/api/v1/users/${u.id}`).set(bearer(admin)).send({ disabled: true }).expect(200);
    expect((await t.http().get('/api/v1/me').set(bearer(u.token))).status).toBe(401);
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'tobedisabled', password: 'Staff-Pass-2026' });
    expect(login.status).toBe(401);
    expect(login.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('TOTP: set up, enable, then login needs the code', async () => {
    const u = await staff(t, admin, { username: 'totpuser', roles: ['organiser'], regionCode: '530102' });
    const setup = await t.http().post('/api/v1/auth/totp/setup').set(bearer(u.token)).expect(200);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const bad = await t.http().post('/api/v1/auth/totp/enable').set(bearer(u.token)).send({ otp: '000000' });
    expect(bad.status).toBe(400);
    await t
      .http()
      .post('/api/v1/auth/totp/enable')
      .set(bearer(u.token))
      .send({ otp: totpAt(setup.body.secret, Date.now()) })
      .expect(200);
    const noOtp = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'totpuser', password: 'Staff-Pass-2026' });
    expect(noOtp.status).toBe(401);
    expect(noOtp.body.code).toBe('OTP_REQUIRED');
    const wrongOtp = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'totpuser', password: 'Staff-Pass-2026', otp: '123456' });
    expect(wrongOtp.body.code).toBe(
      totpAt(setup.body.secret, Date.now()) === '123456' ? undefined : 'OTP_INVALID',
    );
    const ok = await t
      .http()
      .post('/api/v1/auth/login')
      .send({
        username: 'totpuser',
        password: 'Staff-Pass-2026',
        // The code used to enable is spent; the next step's code (within the drift window) is fresh.
        otp: totpAt(setup.body.secret, Date.now() + 30_000),
      });
    expect(ok.status).toBe(200);
  });

  it('with REQUIRE_STAFF_2FA an admin without TOTP can only set it up', async () => {
    const strict = await startTestApp({ REQUIRE_STAFF_2FA: 'true' });
    try {
      const login = await strict
        .http()
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200);
      expect(login.body.user.totpSetupRequired).toBe(true);
      const token = login.body.accessToken as string;
      const blocked = await strict.http().get('/api/v1/users').set(bearer(token));
      expect(blocked.status).toBe(403);
      expect(blocked.body.code).toBe('TOTP_SETUP_REQUIRED');
      const setup = await strict.http().post('/api/v1/auth/totp/setup').set(bearer(token)).expect(200);
      await strict
        .http()
        .post('/api/v1/auth/totp/enable')
        .set(bearer(token))
        .send({ otp: totpAt(setup.body.secret, Date.now()) })
        .expect(200);
      await strict.http().get('/api/v1/users').set(bearer(token)).expect(200);
    } finally {
      await strict.close();
    }
  });

  it('changing a password enforces the strength rule', async () => {
    const u = await staff(t, admin, { username: 'pwchange', roles: ['member'], regionCode: '530102' });
    const weak = await t
      .http()
      .post('/api/v1/auth/password')
      .set(bearer(u.token))
      .send({ currentPassword: 'Staff-Pass-2026', newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    await t
      .http()
      .post('/api/v1/auth/password')
      .set(bearer(u.token))
      .send({ currentPassword: 'Staff-Pass-2026', newPassword: 'Another-Pass-2027' })
      .expect(204);
    await t.login('pwchange', 'Another-Pass-2027');
  });

  it('changing a password signs out every other session, access and refresh tokens alike', async () => {
    await staff(t, admin, { username: 'pwrevoke', roles: ['member'], regionCode: '530102' });
    const signIn = async () =>
      (
        await t
          .http()
          .post('/api/v1/auth/login')
          .send({ username: 'pwrevoke', password: 'Staff-Pass-2026' })
          .expect(200)
      ).body as { accessToken: string; refreshToken: string };
    const old = await signIn();
    const here = await signIn();
    await t
      .http()
      .post('/api/v1/auth/password')
      .set(bearer(here.accessToken))
      .send({ currentPassword: 'Staff-Pass-2026', newPassword: 'Changed-Pass-2027' })
      .expect(204);
    const stale = await t.http().get('/api/v1/me').set(bearer(old.accessToken));
    expect([stale.status, stale.body.code]).toEqual([401, 'SESSION_REVOKED']);
    const refreshed = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: old.refreshToken });
    expect(refreshed.status).toBe(401);
    await t.http().get('/api/v1/me').set(bearer(here.accessToken)).expect(200);
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: here.refreshToken }).expect(200);
  });
});

describe('identity: residents by phone and SMS code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a resident logs in with an SMS code and gets a nickname; the phone is masked and stored encrypted', async () => {
    await t.http().post('/api/v1/auth/sms').send({ phone: '13912345678' }).expect(202);
    const res = await t
      .http()
      .post('/api/v1/auth/resident')
      .send({ phone: '13912345678', code: SMS_CODE, nickname: '青云居民' })
      .expect(200);
    expect(res.body.user).toMatchObject({ roles: ['resident'], nickname: '青云居民', phone: '139****5678' });
    const rows: { phone_enc: string; phone_bidx: string }[] = await t.db.query(
      `SELECT phone_enc, phone_bidx FROM users WHERE nickname = '青云居民'`,
    );
    expect(rows[0].phone_enc).not.toContain('13912345678');
    expect(rows[0].phone_bidx).toMatch(/^[0-9a-f]{64}$/);
    const me = await t.http().get('/api/v1/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body.phone).toBe('139****5678');
  });

  it('a code works once, a wrong code fails, and the same phone is the same resident', async () => {
    await t.http().post('/api/v1/auth/sms').send({ phone: '13700000011' }).expect(202);
    const wrong = await t.http().post('/api/v1/auth/resident').send({ phone: '13700000011', code: '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('SMS_CODE_INVALID');
    const first = await t
      .http()
      .post('/api/v1/auth/resident')
      .send({ phone: '13700000011', code: SMS_CODE })
      .expect(200);
    const again = await t.http().post('/api/v1/auth/resident').send({ phone: '13700000011', code: SMS_CODE });
    expect(again.status).toBe(401);
    await new Promise((r) => setTimeout(r, 10));
    const ids: { n: string }[] = await t.db.query(`SELECT count(*) AS n FROM users WHERE id = $1`, [
      first.body.user.id,
    ]);
    expect(ids[0].n).toBe('1');
  });

  it('SMS codes are rate limited per phone (429 with Retry-After)', async () => {
    await t.http().post('/api/v1/auth/sms').send({ phone: '13600000022' }).expect(202);
    const second = await t.http().post('/api/v1/auth/sms').send({ phone: '13600000022' });
    expect(second.status).toBe(429);
    expect(second.body.code).toBe('SMS_TOO_FREQUENT');
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('login attempts are rate limited per IP', async () => {
    const limited = await startTestApp({ LOGIN_RATE_PER_IP: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          (
            await limited
              .http()
              .post('/api/v1/auth/login')
              .send({ username: `u${i}`, password: 'Whatever-123' })
          ).status,
        );
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('rejects a number that is not a mainland mobile', async () => {
    const res = await t.http().post('/api/v1/auth/sms').send({ phone: '12345678901' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('five wrong guesses burn the code', async () => {
    await t.http().post('/api/v1/auth/sms').send({ phone: '13500000033' }).expect(202);
    for (let i = 0; i < 5; i++)
      await t.http().post('/api/v1/auth/resident').send({ phone: '13500000033', code: '111111' });
    const right = await t.http().post('/api/v1/auth/resident').send({ phone: '13500000033', code: SMS_CODE });
    expect(right.status).toBe(401);
  });
});

describe('identity: security events in the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('audits resident sign-ins, wrong codes, refused verifications and refresh-token reuse, never with the phone', async () => {
    const phone = '13912340013';
    const rows = (action: string) =>
      t.db.query<{ result: string; actor_id: string | null; actor_name: string }[]>(
        `SELECT result, actor_id, actor_name FROM audit_log WHERE action = $1 AND actor_name = '139****0013' ORDER BY id`,
        [action],
      );
    await t.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    const wrong = await t.http().post('/api/v1/auth/resident').send({ phone, code: '000000' });
    expect(wrong.body.code).toBe('SMS_CODE_INVALID');
    const ok = await t.http().post('/api/v1/auth/resident').send({ phone, code: SMS_CODE }).expect(200);
    expect((await rows('auth.resident')).map((r) => r.result)).toEqual(['failed:sms_code_invalid', 'ok']);
    expect((await rows('auth.resident'))[1].actor_id).toBe(ok.body.user.id);

    const first = ok.body.refreshToken as string;
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(200);
    const reuse = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first });
    expect(reuse.body.code).toBe('REFRESH_REUSED');
    const reused: { actor_id: string }[] = await t.db.query(
      `SELECT actor_id FROM audit_log WHERE action = 'auth.refresh' AND result = 'refused:reused'`,
    );
    expect(reused.map((r) => r.actor_id)).toEqual([ok.body.user.id]);

    // The verification limit (60 tries per address in 5 minutes) refuses and audits the 61st.
    let last = 0;
    for (let i = 0; i < 61; i++)
      last = (await t.http().post('/api/v1/auth/resident').send({ phone, code: '000000' })).status;
    expect(last).toBe(429);
    expect((await rows('auth.resident')).map((r) => r.result)).toContain('refused:rate_limited');
    const leaked: unknown[] = await t.db.query(
      `SELECT 1 FROM audit_log WHERE actor_name LIKE '%' || $1 || '%'`,
      [phone],
    );
    expect(leaked).toHaveLength(0);
  });
});
