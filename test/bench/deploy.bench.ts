import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import { backup, restore } from '../../apps/server/src/backup/backup';
import { adminQuery, uniqueName, withDatabase } from '../../apps/server/src/database/scratch-server';
import { ADMIN_PASSWORD, ensureBuild, SMS_CODE, startStack } from '../support/deploy-stack';
import { createSession, liveSession } from '../support/factories/scheduling';
import type { TestApp } from '../support/test-app';

/**
 * `npm run bench -- deploy` — the deployed layout (nginx + two replicas on the machine's PostgreSQL and
 * Redis): a registration burst and a live room through nginx, what /metrics showed, then backup and
 * restore times for that database and for one with DEPLOY_BENCH_AUDIT_ROWS (1,000,000) audit rows.
 * Knobs: DEPLOY_BENCH_RESIDENTS=200 DEPLOY_BENCH_VIEWERS=200 DEPLOY_BENCH_MESSAGES=100.
 */
const RESIDENTS = Number(process.env.DEPLOY_BENCH_RESIDENTS ?? 200);
const VIEWERS = Number(process.env.DEPLOY_BENCH_VIEWERS ?? 200);
const MESSAGES = Number(process.env.DEPLOY_BENCH_MESSAGES ?? 100);
const AUDIT_ROWS = Number(process.env.DEPLOY_BENCH_AUDIT_ROWS ?? 1_000_000);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const out = (s: string) => process.stdout.write(`${s}\n`);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const through = (url: string) => ({ http: () => request(url) }) as unknown as TestApp;

function metricLines(text: string, names: RegExp): string[] {
  return text.split('\n').filter((l) => !l.startsWith('#') && names.test(l));
}

async function main(): Promise<void> {
  ensureBuild();
  const stack = await startStack({
    adminUrl: ADMIN_URL,
    redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    env: {
      SMS_PER_IP_PER_HOUR: '100000',
      WRITE_RATE_PER_MINUTE: '100000',
      LOGIN_RATE_PER_IP: '100000',
      SMS_PER_PHONE_PER_HOUR: '100',
      LOG_LEVEL: 'warn',
    },
  });
  try {
    const http = () => request(stack.url);
    const admin = (
      await http().post('/api/v1/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD })
    ).body.accessToken as string;
    // Residents sign in straight at a replica, each from its own address (X-Forwarded-For is believed from
    // loopback there; nginx would overwrite it): the sign-in is not what is measured, the burst is.
    const replica = `http://127.0.0.1:${stack.replicas[0].port}`;
    const tokens: string[] = [];
    for (let i = 0; i < RESIDENTS; i++) {
      const phone = `135${String(10_000_000 + i).slice(-8)}`;
      const ip = `10.77.${Math.floor(i / 250)}.${i % 250}`;
      await request(replica).post('/api/v1/auth/sms').set('X-Forwarded-For', ip).send({ phone });
      const r = await request(replica)
        .post('/api/v1/auth/resident')
        .set('X-Forwarded-For', ip)
        .send({ phone, code: SMS_CODE, nickname: `居民${i}` });
      if (r.status !== 200) throw new Error(`resident ${i}: ${r.status} ${JSON.stringify(r.body)}`);
      tokens.push(r.body.accessToken as string);
    }
    const s = await createSession(through(stack.url), admin, { capacity: Math.floor(RESIDENTS / 2) });
    await http().post(`/api/v1/sessions/${s.id}/publish`).set('Authorization', `Bearer ${admin}`).send({});
    const t0 = performance.now();
    const lat: number[] = [];
    const statuses = new Map<number, number>();
    await Promise.all(
      tokens.map(async (tk) => {
        const a = performance.now();
        const r = await http()
          .post(`/api/v1/sessions/${s.id}/registrations`)
          .set('Authorization', `Bearer ${tk}`)
          .send({ name: '压测居民', consent: true });
        lat.push(performance.now() - a);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }),
    );
    const burstMs = performance.now() - t0;
    out(
      `registration burst: ${RESIDENTS} residents at once for ${Math.floor(RESIDENTS / 2)} seats through nginx`,
    );
    out(
      `  statuses ${JSON.stringify(Object.fromEntries(statuses))}, wall ${burstMs.toFixed(0)} ms, p50 ${pct(lat, 50).toFixed(0)} ms, p99 ${pct(lat, 99).toFixed(0)} ms`,
    );

    // Live room: viewers through nginx (hashed over both replicas by browser), one sender.
    const room = await liveSession(through(stack.url), admin, { allowAnonymousViewing: true });
    const sockets: Socket[] = [];
    for (let i = 0; i < VIEWERS; i++) {
      const sk = io(`${stack.url}/live`, {
        auth: { nickname: `观众${i}` },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { 'user-agent': `viewer-${i}` },
      });
      await new Promise<void>((res, rej) => {
        sk.once('connect', () => res());
        sk.once('connect_error', rej);
      });
      await sk.timeout(10_000).emitWithAck('room:join', { sessionId: room.id });
      sockets.push(sk);
    }
    const sentAt = new Map<string, number>();
    const delivery: number[] = [];
    for (const sk of sockets)
      sk.on('chat:batch', (b: { messages: { text: string }[] }) => {
        for (const m of b.messages) {
          const at = sentAt.get(m.text);
          if (at) delivery.push(performance.now() - at);
        }
      });
    const sender = io(`${stack.url}/live`, {
      auth: { token: tokens[0] },
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { 'user-agent': 'sender' },
    });
    await new Promise<void>((res) => sender.once('connect', () => res()));
    await sender.timeout(10_000).emitWithAck('room:join', { sessionId: room.id });
    const acks: number[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const text = `bench ${i}`;
      sentAt.set(text, performance.now());
      const a = performance.now();
      await sender
        .timeout(10_000)
        .emitWithAck('chat:send', { sessionId: room.id, clientMsgId: `b${i}`, text });
      acks.push(performance.now() - a);
      await new Promise((r) => setTimeout(r, 1000 / 20));
    }
    await new Promise((r) => setTimeout(r, 2000));
    out(`live room: ${VIEWERS} viewers through nginx, ${MESSAGES} messages at 20/s`);
    out(
      `  deliveries ${delivery.length}/${VIEWERS * MESSAGES}, delivery p50 ${pct(delivery, 50).toFixed(0)} ms, p99 ${pct(delivery, 99).toFixed(0)} ms; ack p50 ${pct(acks, 50).toFixed(0)} ms`,
    );
    for (const r of stack.replicas) {
      const text = await (await fetch(`http://127.0.0.1:${r.metricsPort}/metrics`)).text();
      out(`  /metrics of replica ${r.name}:`);
      for (const l of metricLines(
        text,
        /^xs_(live_sockets|live_rooms|live_online|live_batches_total|live_batches_over_tick_total|db_pool_(total|idle|waiting)|http_request_duration_seconds_count\{[^}]*registrations"[^}]*status="(201|409)"|sms_sent_total)/,
      ))
        out(`    ${l}`);
    }
    for (const sk of sockets) sk.close();
    sender.close();

    await timeBackup('deployed database', stack.databaseUrl);
  } finally {
    await stack.stop();
  }

  // The same on a database with AUDIT_ROWS audit rows (the append-only trigger only guards updates and deletes).
  const name = uniqueName('xs_bench_audit');
  await adminQuery(ADMIN_URL, `CREATE DATABASE "${name}"`);
  const url = withDatabase(ADMIN_URL, name);
  try {
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query(`CREATE TABLE audit_log (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), actor_id uuid,
      actor_name varchar(100), action varchar(120) NOT NULL, target_type varchar(60), target_id varchar(100),
      result varchar(40) NOT NULL, ip varchar(64), detail jsonb, prev_hash varchar(64) NOT NULL, hash varchar(64) NOT NULL)`);
    await c.query(`INSERT INTO audit_log (actor_id, actor_name, action, target_type, target_id, result, ip, detail, prev_hash, hash)
      SELECT gen_random_uuid(), 'organiser' || (g % 50), 'POST /sessions/:id/registrations', 'session', gen_random_uuid()::text, 'ok',
             '10.0.' || (g % 250) || '.' || (g % 200), jsonb_build_object('n', g), md5(g::text) || md5((g+1)::text), md5((g+2)::text) || md5((g+3)::text)
        FROM generate_series(1, ${AUDIT_ROWS}) g`);
    await c.query('CREATE INDEX ON audit_log (at)');
    await c.end();
    await timeBackup(`${AUDIT_ROWS} audit rows`, url);
  } finally {
    await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function timeBackup(what: string, url: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-bench-backup-'));
  const target = uniqueName('xs_bench_restore');
  try {
    let t = performance.now();
    const b = await backup({
      databaseUrl: url,
      filesDir: path.join(dir, 'files'),
      backupDir: path.join(dir, 'out'),
      keep: 2,
    });
    const backupMs = performance.now() - t;
    await adminQuery(ADMIN_URL, `CREATE DATABASE "${target}"`);
    t = performance.now();
    const r = await restore({
      archive: b.archive,
      databaseUrl: withDatabase(ADMIN_URL, target),
      filesDir: path.join(dir, 'r', 'files'),
    });
    const restoreMs = performance.now() - t;
    const rows = Object.values(b.manifest.rowCounts).reduce((x, y) => x + y, 0);
    out(
      `backup/restore, ${what}: ${rows} rows, dump ${(b.manifest.database.bytes / 1e6).toFixed(1)} MB; backup ${(backupMs / 1000).toFixed(1)} s, restore ${(restoreMs / 1000).toFixed(1)} s, mismatches ${r.mismatches.length}`,
    );
  } finally {
    await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`${e.stack}\n`);
    process.exit(1);
  },
);
