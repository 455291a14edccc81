import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import { freePort, JsonLogger, ShutdownState } from '@xs/platform';
import { emitAck, LOOPBACK_PROXY, open, resident, until } from '@test/factories/live';
import { liveSession } from '@test/factories/scheduling';
import { bearer, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

const TOKEN = 'metrics-token-0123456789abcdef';

/** Every line the app logs, parsed, as the operator's log shipper would read them. */
class LogLines extends Writable {
  readonly raw: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.raw.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  lines(): Record<string, unknown>[] {
    return this.raw.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** The value of one sample (`name{labels} value`) in a Prometheus text answer; labels matched as given. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-z_]+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('observability: /metrics, logs, probes', () => {
  let t: TestApp;
  const logs = new LogLines();

  beforeAll(async () => {
    const logger = new JsonLogger('info', { replica: 'replica-test', destination: logs });
    t = await startTestApp(
      {
        METRICS_TOKEN: TOKEN,
        REPLICA_ID: 'replica-test',
        TRUSTED_PROXIES: LOOPBACK_PROXY,
        LOG_LEVEL: 'info',
      },
      { logger },
    );
  });
  afterAll(() => t.close());

  it('/metrics needs the bearer token and then shows HTTP latency by route template, the pool, jobs, SMS, live and exports', async () => {
    const admin = await t.login('admin');
    await t.http().get('/api/v1/health').expect(200);
    const someone = await resident(t);
    const session = await liveSession(t, admin, { allowAnonymousViewing: true });
    await t.http().get(`/api/v1/sessions/${session.id}`).set(bearer(admin)).expect(200);

    const base = await t.listen();
    const viewer = await open(base, { token: someone.token });
    expect((await emitAck(viewer, 'room:join', { sessionId: session.id })).ok).toBe(true);

    expect((await t.http().get('/metrics')).status).toBe(401);
    const refused = await t.http().get('/metrics').set('Authorization', 'Bearer wrong-token-wrong-token');
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('METRICS_TOKEN_REQUIRED');

    const res = await t.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    viewer.close();
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    // One series per route template: the session id is not in the label.
    expect(
      sample(text, 'xs_http_request_duration_seconds_count', {
        route: '/api/v1/sessions/:id',
        method: 'GET',
        status: '200',
        replica: 'replica-test',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(session.id);
    expect(sample(text, 'xs_db_pool_total')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'xs_db_pool_waiting')).toBe(0);
    expect(text).toContain('xs_jobs_due');
    expect(text).toContain('xs_jobs_failed_total');
    expect(sample(text, 'xs_sms_sent_total', { kind: 'loginCode' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'xs_live_rooms')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'xs_live_sockets')).toBe(1);
    expect(text).toContain('xs_live_batches_over_tick_total');
    expect(text).toContain('xs_live_batch_duration_seconds_bucket');
    expect(text).toContain('xs_exports_running');
  });

  it('the Grafana dashboard in deploy/grafana asks only for metrics the app exports', async () => {
    const dashboard = readFileSync(path.join(__dirname, '../../deploy/grafana/xieshang.json'), 'utf8');
    const wanted = new Set(
      [...dashboard.matchAll(/\b(xs_[a-z0-9_]+)/g)].map((m) => m[1].replace(/_(bucket|count|sum)$/, '')),
    );
    expect(wanted.size).toBeGreaterThan(10);
    const text = (await t.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;
    const exported = new Set([...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]));
    expect([...wanted].filter((n) => !exported.has(n))).toEqual([]);
  });

  it('every line written while serving a request carries its request id, the user and the replica; no phone is ever logged', async () => {
    const phone = '13987654321';
    const sms = await t.http().post('/api/v1/auth/sms').set('X-Forwarded-For', '10.9.9.9').send({ phone });
    expect(sms.status).toBe(202);
    const requestId = sms.headers['x-request-id'];
    // A phone in a refused body and in a query string: neither may reach the log.
    await t.http().post('/api/v1/auth/sms').send({ phone, extra: phone }).expect(400);
    await t.http().get(`/api/v1/health?phone=${phone}`).expect(200);
    const login = await t
      .http()
      .post('/api/v1/auth/resident')
      .set('X-Forwarded-For', '10.9.9.9')
      .send({ phone, code: '246810', nickname: `居民${phone}` })
      .expect(200);
    const me = await t
      .http()
      .get('/api/v1/me')
      .set(bearer(login.body.accessToken as string))
      .expect(200);
    // The request line is written on the response's 'finish', the SMS line by its job: both may come
    // after the client has its answer, so wait for them rather than for a fixed time.
    const isMeLine = (l: Record<string, unknown>) =>
      l.msg === 'request' && l.route === '/api/v1/me' && l.userId === me.body.id;
    const isSmsLine = (l: Record<string, unknown>) =>
      l.msg === 'sms (console provider)' && l.requestId === requestId;
    await until(() => logs.lines().some(isMeLine) && logs.lines().some(isSmsLine), 10_000);

    const all = logs.raw.join('\n');
    expect(all).not.toContain(phone);
    expect(all).toContain('139****4321');
    const lines = logs.lines();
    expect(lines.every((l) => l.replica === 'replica-test')).toBe(true);
    // The client's address rides in the context for the audit trail, never into a log line.
    expect(lines.filter((l) => 'clientIp' in l)).toEqual([]);
    // The SMS line is written by the provider, deep inside the job the request ran: same request id, and the job.
    const smsLine = lines.find(isSmsLine);
    expect(smsLine).toMatchObject({ context: 'sms', job: expect.stringMatching(/^sms\.send:/) });
    const meLine = lines.find(isMeLine);
    expect(meLine).toMatchObject({ status: 200, requestId: expect.any(String) });
  });

  it('METRICS_PORT serves /metrics on its own port only; without a token the app port does not serve it', async () => {
    const port = await freePort();
    const other = await startTestApp({ METRICS_PORT: String(port) });
    try {
      expect((await other.http().get('/metrics')).status).toBe(404);
      const res = await get(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      expect(res.body).toContain('xs_http_request_duration_seconds');
      expect((await get(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    } finally {
      await other.close();
    }
    await expect(get(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('liveness and readiness: ready turns 503 as soon as shutdown starts, live stays 200', async () => {
    const live = await t.http().get('/health/live').expect(200);
    expect(live.body.status).toBe('ok');
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    t.app.get(ShutdownState).startDraining();
    const draining = await t.http().get('/health/ready');
    expect(draining.status).toBe(503);
    expect(draining.body.code).toBe('SHUTTING_DOWN');
    await t.http().get('/health/live').expect(200);
  });
});
