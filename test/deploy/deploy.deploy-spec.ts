import { readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import QRCode from 'qrcode';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import { sleep, until } from '@test/factories/live';
import { createSession, liveSession } from '@test/factories/scheduling';
import type { TestApp } from '@test/test-app';
import { ADMIN_PASSWORD, ensureBuild, ROOT, SMS_CODE, Stack, startStack } from '@test/deploy-stack';

jest.setTimeout(300_000);

/** The factories only need `http()`: here every request goes through nginx. */
const through = (url: string) => ({ http: () => request(url) }) as unknown as TestApp;

async function metricsOf(port: number): Promise<string> {
  return (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
}
const socketsOn = async (port: number) =>
  Number(/^xs_live_sockets\{[^}]*\} (\d+)/m.exec(await metricsOf(port))?.[1] ?? 0);

function connect(url: string, token: string, userAgent: string): Promise<Socket> {
  const s = io(`${url}/live`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'user-agent': userAgent },
  });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

function ack(s: Socket, event: string, payload: unknown): Promise<{ ok: boolean; [k: string]: unknown }> {
  return s.timeout(10_000).emitWithAck(event, payload);
}

describe('deployed layout: nginx in front of two replicas sharing PostgreSQL and Redis', () => {
  let stack: Stack;
  let http: () => request.Agent;

  beforeAll(async () => {
    ensureBuild();
    stack = await startStack({
      adminUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
      redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    });
    http = () => request.agent(stack.url);
  });
  afterAll(() => stack?.stop());

  it('nginx serves the built assets itself, gzipped and cached; pages come from the app with its headers', async () => {
    const assets = readdirSync(path.join(ROOT, 'apps/web/dist/assets'));
    const js = assets.find((f) => f.endsWith('.js'))!;
    const res = await request(stack.url).get(`/assets/${js}`).set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['x-request-id']).toBeUndefined(); // never reached a replica
    const page = await request(stack.url).get('/console/sessions').expect(200);
    expect(page.text).toContain('<div id="app"');
    expect(page.headers['content-security-policy']).toBeDefined();
    expect(page.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/); // nginx's $request_id, kept by the app
    expect((await request(stack.url).get('/metrics')).status).toBe(404);
  });

  it('smoke journey: staff sign in, a resident signs in by SMS and registers, live chat crosses replicas', async () => {
    const admin = (
      await http()
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
    const auth = { Authorization: `Bearer ${admin}` };

    // A resident by SMS: the forged X-Forwarded-For is overwritten by nginx, whose own is believed.
    const phone = '13700001111';
    await http().post('/api/v1/auth/sms').set('X-Forwarded-For', '203.0.113.9').send({ phone }).expect(202);
    const login = await http()
      .post('/api/v1/auth/resident')
      .send({ phone, code: SMS_CODE, nickname: '部署居民' })
      .expect(200);
    const resident = login.body.accessToken as string;

    const session = await createSession(through(stack.url), admin, { capacity: 10 });
    await http().post(`/api/v1/sessions/${session.id}/publish`).set(auth).send({}).expect(200);
    const reg = await http()
      .post(`/api/v1/sessions/${session.id}/registrations`)
      .set('Authorization', `Bearer ${resident}`)
      .send({ name: '部署居民', consent: true });
    expect(reg.status).toBe(201);

    const audit = await http().get('/api/v1/audit?action=auth.login&pageSize=10').set(auth).expect(200);
    const ips = (audit.body.items as { ip: string | null }[]).map((i) => i.ip);
    expect(ips.length).toBeGreaterThan(0);
    expect(ips).not.toContain('203.0.113.9');

    // Live: sockets through nginx until one sits on each replica (the hash key includes the browser).
    const room = await liveSession(through(stack.url), admin, { allowAnonymousViewing: true });
    const [a, b] = stack.replicas;
    const sockets: Socket[] = [];
    let onA: Socket | undefined;
    let onB: Socket | undefined;
    try {
      for (let i = 0; i < 12 && !(onA && onB); i++) {
        const beforeA = await socketsOn(a.metricsPort);
        const s = await connect(stack.url, resident, `smoke-browser-${i}`);
        sockets.push(s);
        const afterA = await socketsOn(a.metricsPort);
        if (afterA > beforeA) onA ??= s;
        else onB ??= s;
      }
      expect(onA && onB).toBeTruthy();
      expect(await socketsOn(b.metricsPort)).toBeGreaterThan(0);
      expect((await ack(onA!, 'room:join', { sessionId: room.id })).ok).toBe(true);
      expect((await ack(onB!, 'room:join', { sessionId: room.id })).ok).toBe(true);
      const received = new Promise<string>((resolve) =>
        onB!.on('chat:batch', (batch: { messages: { text: string }[] }) => {
          const m = batch.messages.find((x) => x.text === '经由 nginx 跨副本');
          if (m) resolve(m.text);
        }),
      );
      const sent = await ack(onA!, 'chat:send', {
        sessionId: room.id,
        clientMsgId: 'smoke-1',
        text: '经由 nginx 跨副本',
      });
      expect(sent.ok).toBe(true);
      expect(await received).toBe('经由 nginx 跨副本');
    } finally {
      for (const s of sockets) s.close();
    }

    // Both replicas served API calls (least_conn), and each counted them by route.
    for (const r of stack.replicas) {
      expect(await metricsOf(r.metricsPort)).toMatch(
        /xs_http_request_duration_seconds_count\{[^}]*route="\/api\/v1\//,
      );
    }
    expect(stack.logs()).not.toContain(phone);
  });

  it('a material uploaded through one replica downloads through the other (one shared FILES_DIR)', async () => {
    const [a, b] = stack.replicas;
    const on = (r: { port: number }) => `http://127.0.0.1:${r.port}`;
    const admin = (
      await request(on(a))
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
    const auth = { Authorization: `Bearer ${admin}` };
    const session = await createSession(through(on(a)), admin);
    const png = await QRCode.toBuffer('两个副本共用的材料');
    const up = await request(on(a))
      .post(`/api/v1/sessions/${session.id}/materials`)
      .set(auth)
      .attach('file', png, '共享材料.png')
      .expect(201);
    const download = (base: string) =>
      request(base)
        .get(`/api/v1/sessions/${session.id}/materials/${up.body.id}/download`)
        .set(auth)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
    for (const base of [on(b), stack.url, stack.url]) {
      const got = await download(base);
      expect(got.status).toBe(200);
      expect(Buffer.compare(got.body as Buffer, png)).toBe(0);
    }
    // The bytes sit in the shared directory, not in either replica's DATA_DIR.
    const stored = readdirSync(stack.filesDir, { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    expect(stored).toHaveLength(1);
  });

  it('a replica keeps an idle connection open past Node’s 5 s default, so nginx (60 s) closes it, not the app', async () => {
    const [a] = stack.replicas;
    const sock = net.connect(a.port, '127.0.0.1');
    let got = '';
    let closed = false;
    sock.on('data', (c: Buffer) => (got += c.toString('latin1')));
    sock.on('close', () => (closed = true));
    const health = 'GET /api/v1/health HTTP/1.1\r\nHost: app\r\nConnection: keep-alive\r\n\r\n';
    const answers = () => got.split('HTTP/1.1 200').length - 1;
    await new Promise<void>((r) => sock.once('connect', () => r()));
    sock.write(health);
    await until(() => answers() === 1 || closed, 5000);
    expect(answers()).toBe(1);
    // Idle for 7 s, as a pooled upstream connection between two bursts is; then the next request.
    await sleep(7000);
    expect(closed).toBe(false);
    sock.write(health);
    await until(() => answers() === 2 || closed, 5000);
    sock.destroy();
    expect(answers()).toBe(2);
  });

  it('a replica that gets SIGTERM turns unready first, and nginx keeps answering through the other', async () => {
    const [, b] = stack.replicas;
    b.proc.kill('SIGTERM');
    let sawDraining = false;
    const end = Date.now() + 5000;
    while (Date.now() < end && !sawDraining) {
      const r = await fetch(`http://127.0.0.1:${b.port}/health/ready`).catch(() => undefined);
      if (r?.status === 503) sawDraining = ((await r.json()) as { code: string }).code === 'SHUTTING_DOWN';
    }
    expect(sawDraining).toBe(true);
    for (let i = 0; i < 10; i++) await request(stack.url).get('/api/v1/health').expect(200);
    await new Promise<void>((r) => (b.proc.exitCode !== null ? r() : b.proc.once('exit', () => r())));
    expect(b.proc.exitCode).toBe(0);
    for (let i = 0; i < 6; i++) await request(stack.url).get('/api/v1/health').expect(200);
  });
});
