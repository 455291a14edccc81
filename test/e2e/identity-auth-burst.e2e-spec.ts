import { signAccessToken } from '../../libs/identity/src/auth/tokens';
import { bearer, startTestApp, TestApp } from '@test/test-app';

/**
 * Token checks made at the same time share one read of the sessions (SessionAuthenticator's
 * Coalescer). Nothing is kept between reads, so a sign-out, a disabled account or a role change counts
 * for the very next request, on every replica; and in a burst each request still gets its own answer.
 */
describe('identity: token checks in a burst', () => {
  let t: TestApp;
  let replica: TestApp;
  let n = 0;
  const phone = () => `1390000${String(++n).padStart(4, '0')}`;
  const claimsOf = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
      kind: 'resident' | 'staff';
      iat: number;
      exp: number;
    };
  beforeAll(async () => {
    t = await startTestApp();
    replica = await startTestApp({}, { replicaOf: t });
  });
  afterAll(async () => {
    await replica.close();
    await t.close();
  });

  it('a burst of mixed tokens: each request gets its own answer', async () => {
    const ok = await Promise.all(Array.from({ length: 6 }, () => t.residentToken(phone())));
    const signedOut = await t.residentToken(phone());
    await t.http().post('/api/v1/auth/logout').set(bearer(signedOut)).expect(204);
    const disabled = await t.residentToken(phone());
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [claimsOf(disabled).sub]);
    // Validly signed, but naming another account's session, or a session id that is not a UUID.
    const crossed = signAccessToken(t.config.tokenSecret, { ...claimsOf(ok[0]), sid: claimsOf(ok[1]).sid });
    const odd = signAccessToken(t.config.tokenSecret, { ...claimsOf(ok[0]), sid: 'not-a-session' });

    const cases: { token: string; status: number; code?: string; id?: string }[] = [
      ...ok.map((token) => ({ token, status: 200, id: claimsOf(token).sub })),
      { token: signedOut, status: 401, code: 'SESSION_REVOKED' },
      { token: disabled, status: 401, code: 'ACCOUNT_DISABLED' },
      { token: crossed, status: 401, code: 'TOKEN_INVALID' },
      { token: odd, status: 401, code: 'TOKEN_INVALID' },
    ];
    // Three rounds interleaved, all at once, on both replicas.
    const sent = [0, 1, 2].flatMap((round) =>
      cases.map((c, i) => ({ c, app: (round + i) % 2 ? replica : t })),
    );
    const answers = await Promise.all(
      sent.map(({ c, app }) => app.http().get('/api/v1/me').set(bearer(c.token))),
    );
    answers.forEach((res, k) => {
      const { c } = sent[k];
      expect(res.status).toBe(c.status);
      if (c.code) expect(res.body.code).toBe(c.code);
      if (c.id) expect(res.body.id).toBe(c.id);
    });
  });

  it('signed out on one replica: refused on the other at once, also in a burst', async () => {
    const token = await t.residentToken(phone());
    await replica.http().get('/api/v1/me').set(bearer(token)).expect(200);
    await t.http().post('/api/v1/auth/logout').set(bearer(token)).expect(204);
    const after = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? t : replica).http().get('/api/v1/me').set(bearer(token))),
    );
    for (const res of after) {
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('SESSION_REVOKED');
    }
  });

  it('a role taken away counts for the next request', async () => {
    const admin = await t.login('admin');
    await replica.http().get('/api/v1/users').set(bearer(admin)).expect(200);
    const { sub } = claimsOf(admin);
    await t.db.query(`UPDATE users SET roles = '{staff_viewer}' WHERE id = $1`, [sub]);
    try {
      const res = await replica.http().get('/api/v1/users').set(bearer(admin));
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('ROLE_REQUIRED');
    } finally {
      await t.db.query(`UPDATE users SET roles = '{admin}' WHERE id = $1`, [sub]);
    }
  });
});
