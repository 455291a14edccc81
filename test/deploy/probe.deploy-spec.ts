import { Client } from 'pg';
import request from 'supertest';
import { totpAt } from '../../libs/identity/src/auth/totp';
import { createDepartment } from '@test/factories/directory';
import { createSession, endedSession, publishSession } from '@test/factories/scheduling';
import type { TestApp } from '@test/test-app';
import { fakeAliyun, FakeGateway } from '@test/sms-gateways';
import { ADMIN_PASSWORD, ensureBuild, Stack, startStack } from '@test/deploy-stack';

jest.setTimeout(300_000);

const ORIGIN = 'https://xieshang.example.cn';
const through = (url: string) => ({ http: () => request(url) }) as unknown as TestApp;

/**
 * Issue 12's probe again, through nginx in front of two replicas in production mode (NODE_ENV=production,
 * ALLOWED_ORIGINS set, a real SMS gateway protocol against a local Aliyun stand-in). Each finding is one
 * assertion; the table of what was seen is printed at the end.
 */
describe('security probe through nginx, production mode', () => {
  let stack: Stack;
  let gw: FakeGateway;
  let http: () => request.Agent;
  let admin: string;
  let resident: string;
  const seen: [string, string][] = [];
  const row = (finding: string, what: string) => seen.push([finding, what]);

  const login = async (username: string, password: string) => {
    const res = await http().post('/api/v1/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  const createUser = async (token: string, body: Record<string, unknown>) =>
    http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ displayName: body.username, password: 'Probe-Pass-2026', ...body });

  beforeAll(async () => {
    ensureBuild();
    gw = await fakeAliyun('LTAI5tXsProbeKey', 'aliyun-secret-for-probe');
    stack = await startStack({
      adminUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
      redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
      env: {
        NODE_ENV: 'production',
        ALLOWED_ORIGINS: ORIGIN,
        SMS_PROVIDER: 'aliyun',
        SMS_FIXED_CODE: '',
        SMS_ALIYUN_ACCESS_KEY_ID: 'LTAI5tXsProbeKey',
        SMS_ALIYUN_ACCESS_KEY_SECRET: 'aliyun-secret-for-probe',
        SMS_ALIYUN_ENDPOINT: gw.url,
        SMS_SIGN_NAME: '协商在基层',
        SMS_TEMPLATE_LOGIN_CODE: 'SMS_LOGIN_1',
        SMS_TEMPLATE_REGISTRATION_CONFIRMED: 'SMS_REG_2',
        SMS_TEMPLATE_REMINDER: 'SMS_REMIND_3',
        SMS_TEMPLATE_SUGGESTION_REPLIED: 'SMS_REPLY_4',
        SMS_TEMPLATE_SESSION_NOTICE: 'SMS_NOTICE_5',
        SMS_PER_IP_PER_HOUR: '3',
      },
    });
    http = () => request.agent(stack.url);
    admin = await login('admin', ADMIN_PASSWORD);
    // A resident by SMS through the gateway: the first of this address's three codes an hour.
    const phone = '13700001999';
    await http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    resident = (
      await http()
        .post('/api/v1/auth/resident')
        .send({ phone, code: gw.sent[0].params.code, nickname: '探测居民' })
        .expect(200)
    ).body.accessToken as string;
  });
  afterAll(async () => {
    await stack?.stop();
    await gw?.close();
    if (seen.length)
      process.stdout.write(
        `\nprobe through nginx (NODE_ENV=production)\n${seen.map(([f, w]) => `  ${f.padEnd(36)} ${w}`).join('\n')}\n`,
      );
  });

  it('1: an organiser cannot make a handler of another region’s department', async () => {
    await createUser(admin, { username: 'probe_pl_org', roles: ['organiser'], regionCode: '530103' });
    const pl = await login('probe_pl_org', 'Probe-Pass-2026');
    const wuhua = await createDepartment(through(stack.url), admin, { regionCode: '530102' });
    const res = await createUser(pl, {
      username: 'probe_pl_handler',
      roles: ['department_handler'],
      regionCode: '530103',
      departmentId: wuhua.id,
    });
    row('1 cross-region department', `${res.status} ${res.body.code}`);
    expect(res.status).toBe(403);
  });

  it('3: forged X-Forwarded-For does not multiply the SMS limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await http()
        .post('/api/v1/auth/sms')
        .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        .send({ phone: `1370000${String(2000 + i)}` });
      statuses.push(res.status);
    }
    row('3 forged XFF, 6 more SMS (3/h/IP)', statuses.join(' '));
    // The resident's sign-in used one of the three; nginx's address is the only one counted.
    expect(statuses).toEqual([202, 202, 429, 429, 429, 429]);
    expect(gw.sent).toHaveLength(3);

    // The audit keeps the address nginx saw, not the one the client claimed.
    await http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '203.0.113.77')
      .send({ username: 'probe_pl_org', password: 'wrong-password' });
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const ips = await db
      .query(`SELECT DISTINCT ip FROM audit_log WHERE action LIKE 'auth.%' ORDER BY ip`)
      .finally(() => db.end());
    const stored = ips.rows.map((r: { ip: string | null }) => r.ip);
    row('3 audit addresses (auth.*)', stored.join(', '));
    expect(stored).toEqual(['127.0.0.1']);
  });

  it('4: two factors cannot be reset or switched off with only an access token', async () => {
    await createUser(admin, { username: 'probe_totp', roles: ['organiser'], regionCode: '530102' });
    const token = await login('probe_totp', 'Probe-Pass-2026');
    const auth = { Authorization: `Bearer ${token}` };
    const setup = await http().post('/api/v1/auth/totp/setup').set(auth).send({});
    expect(setup.status).toBe(200);
    const on = await http()
      .post('/api/v1/auth/totp/enable')
      .set(auth)
      .send({ otp: totpAt(setup.body.secret as string, Date.now()) });
    expect(on.status).toBe(200);
    const reset = await http().post('/api/v1/auth/totp/setup').set(auth).send({});
    const off = await http().post('/api/v1/auth/totp/disable').set(auth).send({});
    const bare = await http()
      .post('/api/v1/auth/login')
      .send({ username: 'probe_totp', password: 'Probe-Pass-2026' });
    row(
      '4 totp with token only',
      `setup ${reset.status} ${reset.body.code}; disable ${off.status} ${off.body.code}; login ${bare.body.code}`,
    );
    expect([reset.body.code, off.body.code]).toEqual(['REAUTH_REQUIRED', 'REAUTH_REQUIRED']);
    expect(bare.body.code).toBe('OTP_REQUIRED');
  });

  it('2: a draft outcome’s file is not served to a resident', async () => {
    const s = await endedSession(through(stack.url), admin, { regionCode: '530102' });
    const auth = { Authorization: `Bearer ${admin}` };
    await http()
      .put(`/api/v1/sessions/${s.id}/outcome`)
      .set(auth)
      .send({ summary: '探测纪要', consensus: ['共识'] })
      .expect(200);
    const up = await http()
      .post(`/api/v1/sessions/${s.id}/outcome/attachments`)
      .set(auth)
      .attach('file', Buffer.from('%PDF-1.4 探测纪要'), {
        filename: '纪要.pdf',
        contentType: 'application/pdf',
      });
    expect(up.status).toBe(201);
    // Each replica keeps its own DATA_DIR in this harness (no S3, no shared directory; docs/deploy.md
    // asks for one of them): nginx alternates, so four tries reach both, and the staff get it from one.
    const tries = async (headers: Record<string, string>) => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++)
        out.push((await http().get(`/api/v1/outcome-files/${up.body.id}`).set(headers)).status);
      return out;
    };
    const asAdmin = await tries(auth);
    const asResident = await tries({ Authorization: `Bearer ${resident}` });
    const asAnyone = await tries({});
    row(
      '2 draft outcome file (4 tries)',
      `admin ${asAdmin.join(' ')}; resident ${asResident.join(' ')}; anonymous ${asAnyone.join(' ')}`,
    );
    expect(asAdmin).toContain(200);
    expect(asResident.every((st) => st === 403 || st === 404)).toBe(true);
    expect(asAnyone.every((st) => st === 401 || st === 403 || st === 404)).toBe(true);
  });

  it('7: deeply nested JSON is a 400, not a 500', async () => {
    const deep = `{"username":${'['.repeat(5000)}${']'.repeat(5000)},"password":"x"}`;
    const res = await http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(deep);
    row('7 deep JSON (5000 levels)', `${res.status} ${res.body.code}`);
    expect(res.status).toBe(400);
  });

  it('8: an unknown and an existing account answer alike after failures', async () => {
    const answers = async (username: string) => {
      let last = '';
      for (let i = 0; i < 7; i++) {
        const res = await http().post('/api/v1/auth/login').send({ username, password: 'wrong-password' });
        last = `${res.status} ${res.body.code}`;
      }
      return last;
    };
    const existing = await answers('probe_pl_org');
    const unknown = await answers('probe_nobody');
    row('8 7 wrong logins', `existing: ${existing}; unknown: ${unknown}`);
    expect(existing).toBe(unknown);
  });

  it('9, 11, 15: stream URL hidden, calendar feed escaped, % in stream URL a 400', async () => {
    const t = through(stack.url);
    const title = '注入\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged@evil\r\nSUMMARY:伪造';
    const s = await publishSession(t, admin, {
      regionCode: '530102',
      title,
      onlineAccess: 'registered',
      streamUrl: 'https://live.example.cn/probe.m3u8',
    });
    const anonymous = await http().get(`/api/v1/public/sessions/${s.id}`);
    row('9 streamUrl, anonymous', `${anonymous.status} streamUrl=${anonymous.body.streamUrl ?? 'null'}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.streamUrl ?? null).toBeNull();
    const unregistered = await http()
      .get(`/api/v1/sessions/${s.id}`)
      .set('Authorization', `Bearer ${resident}`);
    row(
      '9 streamUrl, unregistered resident',
      `${unregistered.status} streamUrl=${unregistered.body.streamUrl ?? 'null'}`,
    );
    expect(unregistered.status).toBe(200);
    expect(unregistered.body.streamUrl ?? null).toBeNull();

    const ics = await http().get(`/api/v1/sessions/${s.id}/calendar.ics`).buffer(true);
    const text = ics.text ?? ics.body.toString();
    const events = (text.match(/^BEGIN:VEVENT\r?$/gm) ?? []).length;
    row(
      '11 calendar.ics injection',
      `${ics.status}, ${events} VEVENT, forged UID ${/^UID:forged/m.test(text)}`,
    );
    expect(events).toBe(1);
    expect(text).not.toMatch(/^UID:forged@evil/m);

    const draft = await createSession(t, admin, { regionCode: '530102' });
    const bad = await http()
      .patch(`/api/v1/sessions/${draft.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ streamUrl: 'https://live.example.cn/a.m3u8?x=%zz' });
    row('15 % in streamUrl', `${bad.status} ${bad.body.code}`);
    expect(bad.status).toBe(400);
  });

  it('10: a password change ends the old sessions', async () => {
    await createUser(admin, { username: 'probe_pw', roles: ['staff_viewer'], regionCode: '530102' });
    const old = await login('probe_pw', 'Probe-Pass-2026');
    const other = await login('probe_pw', 'Probe-Pass-2026');
    const changed = await http()
      .post('/api/v1/auth/password')
      .set('Authorization', `Bearer ${other}`)
      .send({ currentPassword: 'Probe-Pass-2026', newPassword: 'Probe-Pass-2027-new' });
    expect(changed.status).toBeLessThan(300);
    const me = await http().get('/api/v1/me').set('Authorization', `Bearer ${old}`);
    row('10 old token after change', `${me.status}`);
    expect(me.status).toBe(401);
  });

  it('15, CORS: no HSTS over http; only the allowed origin gets CORS headers', async () => {
    const plain = await http().get('/api/v1/public/client-config');
    const evil = await http().get('/api/v1/public/client-config').set('Origin', 'https://evil.example');
    const good = await http().get('/api/v1/public/client-config').set('Origin', ORIGIN);
    row('15 HSTS over http', plain.headers['strict-transport-security'] ?? 'absent');
    row('CORS disallowed origin', `ACAO ${evil.headers['access-control-allow-origin'] ?? 'absent'}`);
    row('CORS allowed origin', `ACAO ${good.headers['access-control-allow-origin'] ?? 'absent'}`);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(good.headers['access-control-allow-origin']).toBe(ORIGIN);
  });
});
