import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { netnsUp as netns } from './netns';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { adminQuery, scratchServer, uniqueName } from '../../apps/server/src/database/scratch-server';
import { renderTemplate, startNginx } from '../support/deploy-stack';
import { pct } from './bench-app';
import { cpuShareFromEnv, limitCpu, nodeVersion } from './machine';

/**
 * `npm run bench -- registration` — the registration storm (issue 16 point 1): 2,000 residents, each
 * signed in by SMS code, register themselves for 500 seats within one second (POST
 * /sessions/:id/registrations with an Idempotency-Key, as the web client sends it; one keep-alive
 * socket each, sent evenly over REG_BENCH_SPREAD_MS, default 1000; 0 sends all at once).
 *
 * Baseline in the same run: today's code path is the build of REG_BENCH_BEFORE (a commit, default the
 * one before the registration queue) compiled into a temporary directory, or REG_BENCH_BEFORE_DIST (a
 * dist/ built from it). Each build runs as its own server process (`main.js`, as `npm start` runs it)
 * on its own fresh database; the load comes from a child process. Both get the same scenario, and the
 * bench checks each one's result in its database: exactly 500 confirmed, the rest waitlisted, the
 * positions handed out equal to the waitlist order in the database, no 5xx, repeats idempotent.
 *
 * REG_BENCH_ISOLATE=1 (root): server pinned to CPU 0, load pinned to CPU 1 in its own network namespace.
 * REG_BENCH_REPLICAS=2: each build runs as that many server processes on one database (the replica layout
 * behind nginx), replica k pinned to CPU k mod 2 when isolated; resident i is sent to replica i mod n, as a
 * round-robin proxy would, and the load then runs unpinned in its namespace. Both builds get the same layout.
 * Each server gets the node flags of its build's `start:server` script (package.json beside its dist/),
 * then REG_BENCH_SERVER_NODE_ARGS: more node flags for the servers (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
 * DATABASE_URL: an external PostgreSQL (else an embedded one).
 *
 * The floor (registration-floor.ts, one process on CPU 0 like a build's server) takes the same rush in
 * each round: the same route on Nest and Express with the product's validation pipe, DTO and helmet and
 * none of its work (no token check, database, queue or audit), warmed with as many requests as a build's
 * server gets before its storm. Its CPU per request is what the framework alone costs on this machine;
 * the verdict reads both builds against it. REG_BENCH_FLOOR=0 leaves it out (it is left out with replicas).
 * REG_BENCH_WARM (default 200): the warm-up rush before each storm, on a session of its own.
 * REG_BENCH_NGINX=1: every server (and the floor) behind nginx as deployed, see frontWithNginx.
 *
 * REG_BENCH_ROUNDS=3: each build runs this many times, the order alternating (baseline first, then this
 * build first, …): a storm lasts about a second, so one run of each is at the mercy of the moment (the same
 * code measured 955–1,715/s over a morning), and the build that runs second in a pair was slower even with
 * identical code. The verdict is on the medians. BENCH_SERVER_CPU_SHARE=0.6: every server held to that
 * share of its core (test/bench/machine.ts).
 */
const REQUESTS = Number(process.env.REG_BENCH_REQUESTS ?? 2_000);
const SEATS = Number(process.env.REG_BENCH_SEATS ?? 500);
const WARM = Number(process.env.REG_BENCH_WARM ?? 200);
const SPREAD_MS = Number(process.env.REG_BENCH_SPREAD_MS ?? 1000);
const GOAL_P99_MS = 1000;
const GOAL_RATE = 1500;
const FLOOR_LABEL = 'floor: Nest+Express, no product';
const ROUNDS = Number(process.env.REG_BENCH_ROUNDS ?? 3);
const SERVER_NODE = process.env.REG_BENCH_NODE || process.execPath;
const BEFORE_NODE = process.env.REG_BENCH_BEFORE_NODE || SERVER_NODE;
const CPU_SHARE = cpuShareFromEnv();
/** main before the registration queue: "today's code path" of issue 16. */
const BEFORE_COMMIT = process.env.REG_BENCH_BEFORE ?? '83090fbf7d8736dbe0f782e8d5327ebaa4bfc516';
const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.resolve(__dirname, '../..');
const ADMIN_PASSWORD = 'Bench-Admin-2026';

const out = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- child: the rush
interface RushJob {
  /** One per replica: request i goes to urls[i mod n]. */
  urls: string[];
  sessionId: string;
  tokens: string[];
  keys: string[];
  spreadMs: number;
}
interface Sent {
  /** Index in sending order. */
  i: number;
  status: number;
  body: { id?: string; status?: string; position?: number; code?: string } | null;
  replayed: boolean;
  ms: number;
}
interface RushReport {
  results: Sent[];
  wallMs: number;
}

function post(
  agent: http.Agent,
  url: string,
  token: string,
  key: string | undefined,
  body: object,
): Promise<Omit<Sent, 'i'>> {
  const payload = Buffer.from(JSON.stringify(body));
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': payload.length,
          Authorization: `Bearer ${token}`,
          ...(key ? { 'Idempotency-Key': key } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let parsed: Sent['body'] = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Sent['body'];
          } catch {
            parsed = null;
          }
          resolve({
            status: res.statusCode ?? 0,
            body: parsed,
            replayed: res.headers['idempotent-replayed'] === 'true',
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({
        status: 0,
        body: { code: e.code ?? e.message },
        replayed: false,
        ms: performance.now() - started,
      }),
    );
    req.end(payload);
  });
}

async function rush(job: RushJob): Promise<RushReport> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.tokens.length });
  const urls = job.urls.map((u) => `${u}/api/v1/sessions/${job.sessionId}/registrations`);
  const body = { name: '压测居民', consent: true };
  const gap = job.tokens.length > 1 ? job.spreadMs / (job.tokens.length - 1) : 0;
  const t0 = performance.now();
  const pending: Promise<Sent>[] = [];
  for (let i = 0; i < job.tokens.length; i++) {
    // Evenly over the spread: wait until this request's moment (a busy loop would steal the server's core).
    const due = t0 + i * gap;
    const now = performance.now();
    if (due - now >= 1) await sleep(due - now);
    pending.push(
      post(agent, urls[i % urls.length], job.tokens[i], job.keys[i], body).then((r) => ({ i, ...r })),
    );
  }
  const results = await Promise.all(pending);
  const wallMs = performance.now() - t0;
  agent.destroy();
  return { results, wallMs };
}

// ---------------------------------------------------------------- isolation (as live.bench.ts)
const NETNS = `xsregbench${process.pid}`;
/** REG_BENCH_SUBNET (default 10.78.0): the veth pair's /24, so two isolated benches can run side by side. */
const SUBNET = process.env.REG_BENCH_SUBNET ?? '10.78.0';
const HOST_IP = `${SUBNET}.1`;
const LOAD_IP = `${SUBNET}.2`;
const isolated = process.env.REG_BENCH_ISOLATE === '1';
const REPLICAS = Math.max(1, Number(process.env.REG_BENCH_REPLICAS ?? 1));
const viaNginx = process.env.REG_BENCH_NGINX === '1';

function netnsUp(): void {
  netns({ ns: NETNS, veth: `xsr${process.pid % 100000}`, hostIp: HOST_IP, loadIps: [LOAD_IP] });
}

function forkRush(): ChildProcess {
  const opts = { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] as ('ignore' | 'inherit' | 'ipc')[] };
  if (!isolated) return fork(__filename, ['rush'], opts);
  return fork(__filename, ['rush'], {
    ...opts,
    execPath: 'ip',
    // With replicas on both cores the load is not pinned (it would crowd replica 1 alone).
    execArgv: ['netns', 'exec', NETNS, ...(REPLICAS > 1 ? [] : ['taskset', '-c', '1']), process.execPath],
  });
}

// ---------------------------------------------------------------- the builds and their servers
/** dist/ of the baseline: given, or compiled from BEFORE_COMMIT into a temporary checkout. */
function beforeDist(): { dist: string; root: string; cleanup: () => void } {
  const given = process.env.REG_BENCH_BEFORE_DIST;
  if (given) return { dist: path.resolve(given), root: ROOT, cleanup: () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-regbench-before-'));
  const archive = spawnSync('sh', ['-c', `git -C "${ROOT}" archive ${BEFORE_COMMIT} | tar -x -C "${dir}"`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (archive.status !== 0) throw new Error(`git archive ${BEFORE_COMMIT}: ${archive.stderr.toString()}`);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (build.status !== 0) throw new Error(`building ${BEFORE_COMMIT}: ${build.stderr.toString()}`);
  return {
    dist: path.join(dir, 'dist'),
    root: dir,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** [user, system] CPU-seconds of a process. */
function cpuOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

interface Server {
  /** One process per replica. */
  procs: ChildProcess[];
  /** For the setup, from this process (the first replica). */
  local: string;
  /** For the load (the veth address when isolated), one per replica. */
  remotes: string[];
  dbUrl: string;
  stop(): Promise<void>;
}

/**
 * The node flags `npm run start:server` gives the build (its package.json, beside its dist/): each
 * server runs as deployed, e.g. with the young generation sized there. None when there is no such file.
 */
function startFlags(dist: string): string[] {
  const file = path.join(dist, '..', 'package.json');
  if (!existsSync(file)) return [];
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.['start:server'] ?? '').split(/\s+/);
  const node = words.indexOf('node');
  return node < 0 ? [] : words.slice(node + 1).filter((w) => w.startsWith('--'));
}

/** One server process of a build on `dbUrl`, started and healthy. */
async function startProcess(
  dist: string,
  cwd: string,
  dbUrl: string,
  dataDir: string,
  cpu: number,
  node: string,
  script = path.join(dist, 'apps/server/src/main.js'),
): Promise<{ proc: ChildProcess; port: number }> {
  const port = await freePort();
  const nodeArgs = [
    ...startFlags(dist),
    ...(process.env.REG_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ];
  const argv = [...nodeArgs, script];
  // REG_BENCH_SERVER_LOG=1 shows the servers' error log (e.g. a batch that fell back to one by one).
  const logs = process.env.REG_BENCH_SERVER_LOG === '1' ? 'inherit' : 'ignore';
  const opts = { cwd, env: serverEnv(port, dataDir, dbUrl), stdio: ['ignore', logs, 'inherit'] as const };
  const proc = isolated
    ? spawn('taskset', ['-c', String(cpu), node, ...argv], { ...opts, stdio: [...opts.stdio] })
    : spawn(node, argv, { ...opts, stdio: [...opts.stdio] });
  if (CPU_SHARE) limitCpu(proc.pid!, CPU_SHARE);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error('server exited during start');
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      // Not left running behind the failed bench (it would take CPU from every run after it).
      proc.kill('SIGKILL');
      throw new Error('server did not start');
    }
    await sleep(300);
  }
  return { proc, port };
}

/** SIGTERM, then the exit. */
async function stopProcess(proc: ChildProcess): Promise<void> {
  proc.kill('SIGTERM');
  await new Promise((r) => (proc.exitCode !== null ? r(undefined) : proc.once('exit', r)));
}

/** A build's REPLICAS processes on one fresh database (the first migrates it before the others start). */
async function startServer(
  dist: string,
  cwd: string,
  db: { adminUrl: string; urlFor(n: string): string },
  node: string,
): Promise<Server> {
  const name = uniqueName('xs_bench_reg');
  await adminQuery(db.adminUrl, `CREATE DATABASE "${name}"`);
  const dbUrl = db.urlFor(name);
  // Each replica has its own DATA_DIR (a server locks its own); registrations keep nothing there.
  const dataDirs = Array.from({ length: REPLICAS }, () =>
    mkdtempSync(path.join(os.tmpdir(), 'xs-regbench-')),
  );
  const started: { proc: ChildProcess; port: number }[] = [];
  try {
    for (let k = 0; k < REPLICAS; k++)
      started.push(await startProcess(dist, cwd, dbUrl, dataDirs[k], k % 2, node));
  } catch (e) {
    for (const s of started) s.proc.kill('SIGKILL');
    throw e;
  }
  const procs = started.map((s) => s.proc);
  return {
    procs,
    local: `http://127.0.0.1:${started[0].port}`,
    remotes: started.map((s) => `http://${isolated ? HOST_IP : '127.0.0.1'}:${s.port}`),
    dbUrl,
    stop: async () => {
      for (const proc of procs) await stopProcess(proc);
      await adminQuery(db.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * REG_BENCH_NGINX=1: the deployed layout, `deploy/nginx/xieshang.conf.template` in front of the
 * server (keep-alive connections to it, `keepalive 32`), nginx on the load's core (CPU 1). The load
 * then talks to nginx; setup still goes to the server directly.
 */
async function frontWithNginx(server: Server): Promise<Server> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-regbench-nginx-'));
  const ports = server.procs.map((_, k) => new URL(server.remotes[k]).port);
  const listen = await freePort();
  const site = renderTemplate(readFileSync(path.join(ROOT, 'deploy/nginx/xieshang.conf.template'), 'utf8'), {
    XS_LISTEN: `0.0.0.0:${listen}`,
    XS_APP_A: `127.0.0.1:${ports[0]}`,
    // One server: the template's second upstream entry names it again.
    XS_APP_B: `127.0.0.1:${ports[1] ?? ports[0]}`,
    XS_WEB_ROOT: path.join(ROOT, 'apps/web/dist'),
  });
  const nginx = await startNginx(dir, site, `http://127.0.0.1:${listen}`, isolated ? 1 : undefined).catch(
    (e: unknown) => {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    },
  );
  return {
    ...server,
    remotes: [`http://${isolated ? HOST_IP : '127.0.0.1'}:${listen}`],
    stop: async () => {
      await nginx.stop();
      rmSync(dir, { recursive: true, force: true });
      await server.stop();
    },
  };
}

/** The floor (registration-floor.ts): one process on CPU 0 like a build's server, no database. */
async function startFloor(): Promise<Server> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-regbench-'));
  const { proc, port } = await startProcess(
    DIST,
    ROOT,
    '',
    dataDir,
    0,
    SERVER_NODE,
    path.join(DIST, 'test/bench/registration-floor.js'),
  );
  return {
    procs: [proc],
    local: `http://127.0.0.1:${port}`,
    remotes: [`http://${isolated ? HOST_IP : '127.0.0.1'}:${port}`],
    dbUrl: '',
    stop: async () => {
      await stopProcess(proc);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function serverEnv(port: number, dataDir: string, dbUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: dbUrl,
    DEMO_DATA: 'false',
    SMS_PROVIDER: 'fixed',
    SMS_FIXED_CODE: '246810',
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PII_KEY: '00112233445566778899aabbccddeeff',
    TOKEN_SECRET: 'cd'.repeat(32),
    LOG_LEVEL: 'error',
    SCHEDULING_JOBS_POLL_MS: '0',
    // Residents sign in from many addresses (X-Forwarded-For from the bench), as from many phones.
    TRUSTED_PROXIES: '127.0.0.0/8,::1',
  };
}

// ---------------------------------------------------------------- one build, one storm
interface Run {
  label: string;
  report: RushReport;
  cpuMs: number;
  counts: { confirmed: number; waitlisted: number; rows: number; counter: number; waitCounter: number };
  /** Waitlisted answers whose position equals their rank in the database's waitlist order. */
  positionsInOrder: number;
  /** Rows in the database's order whose status breaks "the first SEATS confirmed, then the waitlist". */
  outOfOrder: number;
  /** Spearman correlation of sending order with the database's order (1 = served exactly as sent). */
  sendOrderRho: number;
  replays: { same: number; conflicts: number; after: { rows: number } };
}

async function api(base: string, p: string, token: string | null, body: object, headers: object = {}) {
  const r = await fetch(`${base}/api/v1${p}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const json = (await r.json()) as Record<string, unknown>;
  if (r.status >= 300) throw new Error(`${p}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

let phoneN = 0;
async function residents(base: string, n: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < n; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, async () => {
        const k = ++phoneN;
        const phone = `135${String(k).padStart(8, '0')}`;
        const h = { 'X-Forwarded-For': `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}` };
        await api(base, '/auth/sms', null, { phone }, h);
        return (await api(base, '/auth/resident', null, { phone, code: '246810' }, h)).accessToken as string;
      }),
    );
    tokens.push(...batch);
  }
  return tokens;
}

async function newSession(base: string, token: string, n: number, capacity: number): Promise<string> {
  const ws = await api(base, '/workstations', token, {
    name: `压测议事厅${n}`,
    kind: 'forum_square',
    regionCode: '530102',
    address: '昆明市五华区压测路 1 号',
    location: { lat: 25.04, lng: 102.71, crs: 'GCJ02' },
    capacity: 3000,
  });
  const start = new Date(Date.now() + (3 + n) * 86_400_000);
  const s = await api(base, '/sessions', token, {
    title: `压测协商会 ${n}`,
    workstationId: ws.id,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    format: 'onsite',
    capacity,
  });
  await api(base, `/sessions/${String(s.id)}/publish`, token, {});
  return String(s.id);
}

function runRush(job: RushJob): Promise<RushReport> {
  const child = forkRush();
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as RushReport));
    child.once('exit', (code) => (code ? reject(new Error(`rush exited ${code}`)) : undefined));
    child.send(job);
  });
}

function spearman(xs: number[], ys: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    order.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const n = xs.length;
  const d2 = rx.reduce((s, r, i) => s + (r - ry[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

async function storm(label: string, server: Server): Promise<Run> {
  const base = server.local;
  const admin = (await api(base, '/auth/login', null, { username: 'admin', password: ADMIN_PASSWORD }))
    .accessToken as string;
  const [warmTokens, tokens] = [await residents(base, WARM), await residents(base, REQUESTS)];
  const keys = tokens.map(() => randomUUID());
  // Warm-up: JIT, pool connections, prepared plans (its own session).
  const warm = await newSession(base, admin, 0, WARM / 2);
  await runRush({
    urls: server.remotes,
    sessionId: warm,
    tokens: warmTokens,
    keys: warmTokens.map(() => randomUUID()),
    spreadMs: 0,
  });
  const sessionId = await newSession(base, admin, 1, SEATS);

  const cpuAll = () => server.procs.reduce((sum, p) => sum + cpuOf(p.pid!), 0);
  const cpu0 = cpuAll();
  const report = await runRush({ urls: server.remotes, sessionId, tokens, keys, spreadMs: SPREAD_MS });
  const cpuMs = (cpuAll() - cpu0) * 1000;

  // Correctness of this run, from the database.
  const db = new Client({ connectionString: server.dbUrl });
  await db.connect();
  try {
    const rows: { id: string; status: string }[] = (
      await db.query(`SELECT id, status FROM registrations WHERE session_id = $1 ORDER BY seq`, [sessionId])
    ).rows;
    const c = (
      await db.query(`SELECT confirmed, waitlisted FROM registration_capacity WHERE session_id = $1`, [
        sessionId,
      ])
    ).rows[0] as { confirmed: number; waitlisted: number };
    const counts = {
      confirmed: rows.filter((r) => r.status === 'confirmed').length,
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      rows: rows.length,
      counter: c.confirmed,
      waitCounter: c.waitlisted,
    };
    const outOfOrder = rows.filter((r, k) =>
      k < SEATS ? r.status !== 'confirmed' : r.status !== 'waitlisted',
    ).length;
    const rankOf = new Map(rows.map((r, k) => [r.id, k]));
    const waitRank = new Map(rows.filter((r) => r.status === 'waitlisted').map((r, k) => [r.id, k + 1]));
    const ok = report.results.filter((r) => r.status === 201 && r.body?.id);
    const positionsInOrder = ok.filter(
      (r) => r.body!.status === 'waitlisted' && waitRank.get(r.body!.id!) === r.body!.position,
    ).length;
    const sendOrderRho = spearman(
      ok.map((r) => r.i),
      ok.map((r) => rankOf.get(r.body!.id!) ?? -1),
    );

    // Repeats: 100 residents send again with their key (a replay), 100 without one (a duplicate → 409).
    const again = await runRush({
      urls: server.remotes,
      sessionId,
      tokens: tokens.slice(0, 100),
      keys: keys.slice(0, 100),
      spreadMs: 0,
    });
    const dup = await runRush({
      urls: server.remotes,
      sessionId,
      tokens: tokens.slice(100, 200),
      keys: [],
      spreadMs: 0,
    });
    const byI = new Map(report.results.map((r) => [r.i, r]));
    const same = again.results.filter(
      (r) => r.status === 201 && r.replayed && r.body?.id === byI.get(r.i)?.body?.id,
    ).length;
    const conflicts = dup.results.filter(
      (r) => r.status === 409 && r.body?.code === 'ALREADY_REGISTERED',
    ).length;
    const after = (
      await db.query(`SELECT count(*)::int AS rows FROM registrations WHERE session_id = $1`, [sessionId])
    ).rows[0] as { rows: number };
    return {
      label,
      report,
      cpuMs,
      counts,
      positionsInOrder,
      outOfOrder,
      sendOrderRho,
      replays: { same, conflicts, after },
    };
  } finally {
    await db.end();
  }
}

interface FloorRun {
  label: string;
  report: RushReport;
  cpuMs: number;
}

/**
 * The floor's storm: as many requests before it as a build's server gets (each resident's two sign-in
 * requests, 25 at a time, then the warm-up rush), so its JIT and heap are as warm; then the same rush.
 * Its tokens are random strings of an access token's length; there is no database to check.
 */
async function floorStorm(label: string, server: Server): Promise<FloorRun> {
  const token = () => randomBytes(96).toString('base64url');
  const sessionId = randomUUID();
  const before = 2 * (WARM + REQUESTS);
  for (let i = 0; i < before; i += 25)
    await Promise.all(
      Array.from({ length: Math.min(25, before - i) }, () =>
        api(server.local, `/sessions/${sessionId}/registrations`, token(), {
          name: '压测居民',
          consent: true,
        }),
      ),
    );
  const tokens = Array.from({ length: REQUESTS }, token);
  const warmTokens = Array.from({ length: WARM }, token);
  const keys = (n: number) => Array.from({ length: n }, () => randomUUID());
  await runRush({ urls: server.remotes, sessionId, tokens: warmTokens, keys: keys(WARM), spreadMs: 0 });
  const cpu0 = cpuOf(server.procs[0].pid!);
  const report = await runRush({
    urls: server.remotes,
    sessionId,
    tokens,
    keys: keys(REQUESTS),
    spreadMs: SPREAD_MS,
  });
  return { label, report, cpuMs: (cpuOf(server.procs[0].pid!) - cpu0) * 1000 };
}

/** A run's first line: rate, latency, errors and server CPU per request (a build's or the floor's). */
function headline(r: { label: string; report: RushReport; cpuMs: number }, per: string): string {
  const res = r.report.results;
  const lat = res.map((x) => x.ms);
  const failed = res.filter((x) => x.status !== 201);
  const kinds = [...new Set(failed.map((x) => `${x.status} ${x.body?.code ?? ''}`.trim()))].join(', ');
  return (
    `  ${r.label.padEnd(34)} ${String(res.length).padStart(5)} req ${(res.length / (r.report.wallMs / 1000)).toFixed(0).padStart(6)} req/s  ` +
    `p50 ${pct(lat, 50).toFixed(0).padStart(5)} ms  p99 ${pct(lat, 99).toFixed(0).padStart(5)} ms  ` +
    `max ${Math.max(...lat)
      .toFixed(0)
      .padStart(5)} ms  errors ${failed.length}${failed.length ? ` (${kinds})` : ''}  ` +
    `server CPU ${(r.cpuMs / res.length).toFixed(2)} ms/${per}`
  );
}

function describe(r: Run): string[] {
  const res = r.report.results;
  const by = (s: string) => res.filter((x) => x.body?.status === s).length;
  const exact =
    r.counts.confirmed === SEATS &&
    r.counts.waitlisted === REQUESTS - SEATS &&
    r.counts.counter === SEATS &&
    r.counts.waitCounter === REQUESTS - SEATS;
  return [
    headline(r, 'registration'),
    `    answers: confirmed ${by('confirmed')}, waitlisted ${by('waitlisted')}; in the database: confirmed ${r.counts.confirmed}, ` +
      `waitlisted ${r.counts.waitlisted}, counter ${r.counts.counter}/${r.counts.waitCounter} — ${exact ? 'exact' : 'WRONG'}`,
    `    arrival order: ${r.outOfOrder} rows out of order in the database (first ${SEATS} confirmed, then the waitlist); ` +
      `${r.positionsInOrder}/${by('waitlisted')} waitlist positions answered = place in the database's waitlist; ` +
      `served vs sent order ρ = ${r.sendOrderRho.toFixed(3)}`,
    `    repeats: ${r.replays.same}/100 with their key replayed the same registration, ${r.replays.conflicts}/100 without → 409 ALREADY_REGISTERED; rows ${r.replays.after.rows} (was ${r.counts.rows})`,
  ];
}

function correct(r: Run): boolean {
  const res = r.report.results;
  return (
    r.counts.confirmed === SEATS &&
    r.counts.waitlisted === REQUESTS - SEATS &&
    r.counts.counter === SEATS &&
    r.counts.waitCounter === REQUESTS - SEATS &&
    res.every((x) => x.status === 201) &&
    r.outOfOrder === 0 &&
    r.positionsInOrder === REQUESTS - SEATS &&
    r.replays.same === 100 &&
    r.replays.conflicts === 100 &&
    r.replays.after.rows === r.counts.rows
  );
}

const fronted = async (server: Server): Promise<Server> => {
  if (!viaNginx) return server;
  try {
    return await frontWithNginx(server);
  } catch (e) {
    await server.stop();
    throw e;
  }
};

async function main(): Promise<void> {
  const uptime = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const loadBefore = uptime();
  if (isolated) netnsUp();
  const only = process.env.REG_BENCH_ONLY === 'this';
  const before = only ? { dist: '', root: '', cleanup: () => undefined } : beforeDist();
  const db = await scratchServer(process.env.DATABASE_URL || undefined);
  const baseLabel = process.env.REG_BENCH_BEFORE_DIST
    ? `baseline: ${path.basename(path.dirname(path.resolve(process.env.REG_BENCH_BEFORE_DIST)))}/dist`
    : `baseline: ${BEFORE_COMMIT.slice(0, 7)} (today)`;
  // Two runtimes: each build's label names its Node.
  const on = (node: string) => (BEFORE_NODE === SERVER_NODE ? '' : ` on Node ${nodeVersion(node)}`);
  const builds = [
    {
      label: baseLabel + on(BEFORE_NODE),
      dist: before.dist,
      cwd: before.root,
      node: BEFORE_NODE,
      runs: [] as Run[],
    },
    {
      label: 'this build (registration queue)' + on(SERVER_NODE),
      dist: DIST,
      cwd: ROOT,
      node: SERVER_NODE,
      runs: [] as Run[],
    },
  ];
  // The floor is one process: with replicas it would not be the same layout.
  const withFloor = !only && REPLICAS === 1 && process.env.REG_BENCH_FLOOR !== '0';
  const floorRuns: FloorRun[] = [];
  try {
    out(
      `${REQUESTS} residents (SMS sign-in, Idempotency-Key) register for ${SEATS} seats, sent over ${SPREAD_MS} ms, one socket each; ` +
        (viaNginx ? 'through nginx (keep-alive to the server, nginx on CPU 1 with the load); ' : '') +
        (REPLICAS > 1 ? `${REPLICAS} server processes per build on one database; ` : '') +
        (isolated
          ? REPLICAS > 1
            ? 'replica k on CPU k mod 2, load in its own netns'
            : 'server on CPU 0, load on CPU 1 in its own netns'
          : 'not isolated (REG_BENCH_ISOLATE=1 pins them)') +
        (CPU_SHARE ? `; each server held to ${CPU_SHARE} of a core` : '') +
        `; ${ROUNDS} round(s), the order alternating; servers on Node ${nodeVersion(SERVER_NODE)}` +
        (BEFORE_NODE === SERVER_NODE ? '' : `, the baseline on Node ${nodeVersion(BEFORE_NODE)}`),
    );
    // REG_BENCH_ONLY=this skips the baseline and the floor (while profiling); the verdict needs both builds.
    const wanted: ((typeof builds)[number] | 'floor')[] = only ? builds.slice(1) : [...builds];
    if (withFloor) wanted.push('floor');
    for (let round = 0; round < ROUNDS; round++) {
      for (const b of round % 2 ? [...wanted].reverse() : wanted) {
        if (b === 'floor') {
          const server = await fronted(await startFloor());
          try {
            const run = await floorStorm(`${FLOOR_LABEL} #${round + 1}`, server);
            floorRuns.push(run);
            out(headline(run, 'request'));
          } finally {
            await server.stop();
          }
          continue;
        }
        if (!existsSync(path.join(b.dist, 'apps/server/src/main.js')))
          throw new Error(`no build in ${b.dist}`);
        const server = await fronted(await startServer(b.dist, b.cwd, db, b.node));
        try {
          const run = await storm(`${b.label} #${round + 1}`, server);
          b.runs.push(run);
          for (const line of describe(run)) out(line);
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    await db.stop();
    before.cleanup();
  }
  out(`load average before ${loadBefore}, after ${uptime()} (2 cores)`);
  if (only) return;
  const [base, now] = builds;
  const rate = (r: { report: RushReport }) => r.report.results.length / (r.report.wallMs / 1000);
  const p99 = (r: { report: RushReport }) =>
    pct(
      r.report.results.map((x) => x.ms),
      99,
    );
  const cpu = (r: Run) => r.cpuMs / r.report.results.length;
  const median = (xs: number[]) => {
    const a = [...xs].sort((x, y) => x - y);
    return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  };
  const figures = (b: (typeof builds)[number]) => ({
    rate: median(b.runs.map(rate)),
    p99: median(b.runs.map(p99)),
    cpu: median(b.runs.map(cpu)),
  });
  const [f0, f1] = [figures(base), figures(now)];
  for (const [b, f] of [
    [base, f0],
    [now, f1],
  ] as const)
    out(
      `  median of ${b.runs.length}: ${b.label.padEnd(34)} ${f.rate.toFixed(0)} req/s, p99 ${f.p99.toFixed(0)} ms, ` +
        `server CPU ${f.cpu.toFixed(2)} ms/registration (runs: ${b.runs.map((r) => rate(r).toFixed(0)).join(', ')} req/s)`,
    );
  const floorCpu = floorRuns.length
    ? median(floorRuns.map((r) => r.cpuMs / r.report.results.length))
    : undefined;
  if (floorCpu !== undefined)
    out(
      `  median of ${floorRuns.length}: ${FLOOR_LABEL.padEnd(34)} ${median(floorRuns.map(rate)).toFixed(0)} req/s, ` +
        `p99 ${median(floorRuns.map(p99)).toFixed(0)} ms, server CPU ${floorCpu.toFixed(2)} ms/request; ` +
        `this build spends ${(f1.cpu / floorCpu).toFixed(2)}× the floor's CPU` +
        // The floor runs on REG_BENCH_NODE: a baseline on another runtime is not read against it.
        (BEFORE_NODE === SERVER_NODE ? `, the baseline ${(f0.cpu / floorCpu).toFixed(2)}×` : ''),
    );
  const exact = now.runs.every(correct);
  const met = f1.p99 <= GOAL_P99_MS && f1.rate >= GOAL_RATE && exact;
  out(
    `  → goal p99 ≤ ${GOAL_P99_MS} ms and ≥ ${GOAL_RATE} registrations/s, exact and in order, 0 errors: ${met ? 'MET' : 'NOT MET'} ` +
      `(medians: p99 ${f1.p99.toFixed(0)} ms vs ${f0.p99.toFixed(0)} ms, ${f1.rate.toFixed(0)}/s vs ${f0.rate.toFixed(0)}/s, ` +
      `server CPU ${(f1.cpu / f0.cpu).toFixed(2)}× the baseline's${exact ? '; exact in every run' : '; CORRECTNESS FAILED'})`,
  );
  if (!exact) throw new Error('registration bench: counts, order, statuses or repeats not exact');
}

if (process.argv[2] === 'rush') {
  process.once('message', (job: RushJob) => {
    void rush(job).then((r) => {
      process.send!(r, () => process.exit(0));
    });
  });
} else {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
