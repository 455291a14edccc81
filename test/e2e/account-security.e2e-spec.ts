import { RateLimiter } from '@xs/platform';
import { totpAt } from '../../libs/identity/src/auth/totp';
import { createApp } from '../../apps/server/src/bootstrap';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

const PASSWORD = 'Staff-Pass-2026';

/** Issue 12 findings 3 (forwarded addresses), 4 (two factors) and 8 (enumeration and lockout); issue 15.7. */
describe('account security', () => {
  let t: TestApp; // no trusted proxy (the default)
  let proxied: TestApp; // behind a proxy on this host
  let admin: string;
  beforeAll(async () => {
    const lock = { LOGIN_LOCK_AFTER_FAILURES: '3', LOGIN_LOCK_BASE_SECONDS: '60' };
    t = await startTestApp(lock);
    proxied = await startTestApp({ ...lock, TRUSTED_PROXIES: '127.0.0.0/8,::1' });
    admin = await t.login('admin');
  });
  afterAll(async () => {
    await t?.close();
    await proxied?.close();
  });

  const login = (app: TestApp, body: object, xff?: string) => {
    const req = app.http().post('/api/v1/auth/login');
    if (xff) void req.set('X-Forwarded-For', xff);
    return req.send(body);
  };
  const auditIps = async (app: TestApp, name: string) =>
    (
      await app.db.query<{ ip: string }[]>(`SELECT DISTINCT ip FROM audit_log WHERE actor_name = $1`, [name])
    ).map((r) => r.ip);

  it('unknown and existing names get the same answers, hold included', async () => {
    await staff(t, admin, { username: 'enum_known', roles: ['member'], regionCode: '530102' });
    const run = async (username: string) => {
      const out: [number, string][] = [];
      for (let i = 0; i < 4; i++) {
        const r = await login(t, { username, password: 'Wrong-pass-123' });
        out.push([r.status, r.body.code as string]);
      }
      return out;
    };
    const known = await run('enum_known');
    const unknown = await run('enum_nobody');
    expect(known).toEqual(unknown);
    expect(known.map(([s]) => s)).toEqual([401, 401, 401, 429]);
    expect(known[3][1]).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a forged X-Forwarded-For from an untrusted peer changes nothing: same hold, real address audited', async () => {
    await staff(t, admin, { username: 'xff_victim', roles: ['member'], regionCode: '530102' });
    for (let i = 0; i < 3; i++)
      expect(
        (await login(t, { username: 'xff_victim', password: 'x-wrong-1' }, `198.51.100.${i + 1}`)).status,
      ).toBe(401);
    const forged = await login(t, { username: 'xff_victim', password: PASSWORD }, '198.51.100.99');
    expect(forged.status).toBe(429);
    expect(Number(forged.headers['retry-after'])).toBeGreaterThan(0);
    const ips = await auditIps(t, 'xff_victim');
    expect(ips.every((ip) => /127\.0\.0\.1|::1/.test(ip))).toBe(true);
    expect(ips.some((ip) => ip.includes('198.51.100'))).toBe(false);
  });

  it('through a trusted proxy the forwarded address counts: one source is held, the owner elsewhere logs in', async () => {
    const token = await proxied.login('admin');
    await staff(proxied, token, { username: 'px_owner', roles: ['member'], regionCode: '530102' });
    for (let i = 0; i < 3; i++)
      expect(
        (await login(proxied, { username: 'px_owner', password: 'x-wrong-1' }, '203.0.113.7')).status,
      ).toBe(401);
    expect((await login(proxied, { username: 'px_owner', password: PASSWORD }, '203.0.113.7')).status).toBe(
      429,
    );
    // The account itself is not locked: its owner, from another address, gets in.
    expect((await login(proxied, { username: 'px_owner', password: PASSWORD }, '203.0.113.8')).status).toBe(
      200,
    );
    expect(await auditIps(proxied, 'px_owner')).toEqual(
      expect.arrayContaining(['203.0.113.7', '203.0.113.8']),
    );
  });

  it('the hold doubles with each failure after it ends', async () => {
    const limiter = proxied.app.get(RateLimiter);
    const src = '203.0.113.20';
    for (let i = 0; i < 3; i++) await login(proxied, { username: 'px_backoff', password: 'x-wrong-1' }, src);
    const first = Number(
      (await login(proxied, { username: 'px_backoff', password: 'x' }, src)).headers['retry-after'],
    );
    expect(first).toBeGreaterThan(50);
    expect(first).toBeLessThanOrEqual(60);
    // The hold runs out (time passing, without waiting a minute), and the next failure holds for twice as long.
    await limiter.release(`login:px_backoff:${src}`);
    expect((await login(proxied, { username: 'px_backoff', password: 'x-wrong-1' }, src)).status).toBe(401);
    const second = Number(
      (await login(proxied, { username: 'px_backoff', password: 'x' }, src)).headers['retry-after'],
    );
    expect(second).toBeGreaterThan(110);
    expect(second).toBeLessThanOrEqual(120);
  });

  describe('two factors', () => {
    let user: { id: string; token: string };
    let secret: string;
    let recovery: string[];
    const step = (n: number) => totpAt(secret, Date.now() + n * 30_000);
    /** A fresh code, as if the next 30-second step had come (the last used step is forgotten). */
    const fresh = async (s = secret) => {
      await t.db.query(`UPDATE users SET totp_last_step = NULL WHERE id = $1`, [user.id]);
      return totpAt(s, Date.now());
    };

    beforeAll(async () => {
      user = await staff(t, admin, { username: 'tf_user', roles: ['organiser'], regionCode: '530102' });
      const setup = await t
        .http()
        .post('/api/v1/auth/totp/setup')
        .set(bearer(user.token))
        .send({})
        .expect(200);
      secret = setup.body.secret as string;
      const enabled = await t
        .http()
        .post('/api/v1/auth/totp/enable')
        .set(bearer(user.token))
        .send({ otp: step(0) })
        .expect(200);
      recovery = enabled.body.recoveryCodes as string[];
    });

    it('enabling shows ten recovery codes once; only their hashes are stored', async () => {
      expect(recovery).toHaveLength(10);
      expect(new Set(recovery).size).toBe(10);
      const rows: { code_hash: string }[] = await t.db.query(
        `SELECT code_hash FROM totp_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
        [user.id],
      );
      expect(rows).toHaveLength(10);
      const stored = JSON.stringify(rows);
      for (const c of recovery) {
        expect(stored).not.toContain(c);
        expect(stored).not.toContain(c.replace(/-/g, ''));
      }
      const left = await t.http().get('/api/v1/auth/totp/recovery-codes').set(bearer(user.token)).expect(200);
      expect(left.body).toEqual({ remaining: 10 });
    });

    it('a code works once, also on another replica of the same database', async () => {
      const code = step(1);
      expect((await login(t, { username: 'tf_user', password: PASSWORD, otp: code })).status).toBe(200);
      const again = await login(t, { username: 'tf_user', password: PASSWORD, otp: code });
      expect(again.status).toBe(401);
      expect(again.body.code).toBe('OTP_INVALID');
      const replica = await createApp(t.config, t.databaseUrl, false);
      await replica.init();
      try {
        const res = await (
          await import('supertest')
        )
          .default(replica.getHttpServer())
          .post('/api/v1/auth/login')
          .send({ username: 'tf_user', password: PASSWORD, otp: code });
        expect(res.status).toBe(401);
        expect(res.body.code).toBe('OTP_INVALID');
      } finally {
        await replica.close();
      }
    });

    it('a recovery code stands in for the code at login, once', async () => {
      const code = recovery[0].toUpperCase();
      expect((await login(t, { username: 'tf_user', password: PASSWORD, recoveryCode: code })).status).toBe(
        200,
      );
      const reuse = await login(t, { username: 'tf_user', password: PASSWORD, recoveryCode: code });
      expect(reuse.status).toBe(401);
      expect(reuse.body.code).toBe('RECOVERY_CODE_INVALID');
    });

    it('re-enrolling with only an access token is refused and leaves two factors on (12.4)', async () => {
      const bare = await t.http().post('/api/v1/auth/totp/setup').set(bearer(user.token)).send({});
      expect(bare.status).toBe(400);
      expect(bare.body.code).toBe('REAUTH_REQUIRED');
      const wrong = await t
        .http()
        .post('/api/v1/auth/totp/setup')
        .set(bearer(user.token))
        .send({ password: 'Not-my-pass-1' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      const off = await t.http().post('/api/v1/auth/totp/disable').set(bearer(user.token)).send({});
      expect(off.body.code).toBe('REAUTH_REQUIRED');
      const noCode = await login(t, { username: 'tf_user', password: PASSWORD });
      expect(noCode.body.code).toBe('OTP_REQUIRED');
    });

    it('re-enrolling with a recovery code keeps the old secret until the new one is confirmed', async () => {
      const res = await t
        .http()
        .post('/api/v1/auth/totp/setup')
        .set(bearer(user.token))
        .send({ recoveryCode: recovery[1] })
        .expect(200);
      const next = res.body.secret as string;
      expect(next).not.toBe(secret);
      // Not confirmed yet: the old secret still signs in.
      expect((await login(t, { username: 'tf_user', password: PASSWORD, otp: await fresh() })).status).toBe(
        200,
      );
      const enabled = await t
        .http()
        .post('/api/v1/auth/totp/enable')
        .set(bearer(user.token))
        .send({ otp: await fresh(next) })
        .expect(200);
      const old = secret;
      secret = next;
      recovery = enabled.body.recoveryCodes as string[];
      expect(
        (await login(t, { username: 'tf_user', password: PASSWORD, otp: await fresh(old) })).body.code,
      ).toBe('OTP_INVALID');
      expect((await login(t, { username: 'tf_user', password: PASSWORD, otp: await fresh() })).status).toBe(
        200,
      );
    });

    it('new recovery codes need a current code; the old ones stop working', async () => {
      const noCode = await t.http().post('/api/v1/auth/totp/recovery-codes').set(bearer(user.token)).send({});
      expect(noCode.status).toBe(400);
      const renewed = await t
        .http()
        .post('/api/v1/auth/totp/recovery-codes')
        .set(bearer(user.token))
        .send({ otp: await fresh() })
        .expect(200);
      expect(renewed.body.recoveryCodes).toHaveLength(10);
      const old = await login(t, { username: 'tf_user', password: PASSWORD, recoveryCode: recovery[2] });
      expect(old.body.code).toBe('RECOVERY_CODE_INVALID');
      recovery = renewed.body.recoveryCodes as string[];
    });

    it('disabling with the password turns two factors off', async () => {
      await t
        .http()
        .post('/api/v1/auth/totp/disable')
        .set(bearer(user.token))
        .send({ password: PASSWORD })
        .expect(204);
      expect((await login(t, { username: 'tf_user', password: PASSWORD })).status).toBe(200);
      const [{ n }]: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM totp_recovery_codes WHERE user_id = $1`,
        [user.id],
      );
      expect(n).toBe(0);
    });
  });
});

describe('rate limits on public and resident writes (issue 15.7)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WRITE_RATE_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.0/8,::1' });
  });
  afterAll(() => t?.close());

  it('a resident past WRITE_RATE_PER_MINUTE gets 429 with Retry-After; staff work is not limited', async () => {
    const resident = await t.residentToken('13700003001', '限流居民');
    const propose = (i: number) =>
      t
        .http()
        .post('/api/v1/topics')
        .set(bearer(resident))
        .send({ title: `加装电梯 ${i}`, description: '老旧小区', regionCode: '530102', source: 'resident' });
    for (let i = 0; i < 3; i++) expect((await propose(i)).status).toBe(201);
    const last = await propose(3);
    expect(last.status).toBe(429);
    expect(last.body.code).toBe('RATE_LIMITED');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    const admin = await t.login('admin');
    for (let i = 0; i < 4; i++)
      await t
        .http()
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({
          username: `rl_staff_${i}`,
          displayName: '工作人员',
          password: PASSWORD,
          roles: ['member'],
          regionCode: '530102',
        })
        .expect(201);
  });

  it('anonymous public writes count per (forwarded) address', async () => {
    const sms = (i: number, from: string) =>
      t
        .http()
        .post('/api/v1/auth/sms')
        .set('X-Forwarded-For', from)
        .send({ phone: `1370000310${i}` });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await sms(i, '192.0.2.50')).status);
    expect(codes).toEqual([202, 202, 202, 429]);
    expect((await sms(5, '192.0.2.51')).status).toBe(202);
  });
});
