import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { Namespace, Server, Socket as ServerSocket } from 'socket.io';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import WebSocket from 'ws';
import { adminQuery, uniqueName, withDatabase } from '../../apps/server/src/database/scratch-server';
import { resident } from '../support/factories/live';
import { liveSession } from '../support/factories/scheduling';
import type { TestApp } from '../support/test-app';
import { FramedPacket } from '../../libs/live/src/room/frame-writer';

/**
 * `npm run bench:live` — live-room fan-out under load, with a plain socket.io baseline in the same run.
 *
 * One server process (the built app, as `npm start` runs it); load from several child processes on
 * this machine (viewer sockets spread over 127.0.0.x source addresses). Senders chat room-wide at
 * LIVE_BENCH_RATE messages/s from LIVE_BENCH_SENDERS people for LIVE_BENCH_SECONDS, at each of
 * LIVE_BENCH_VIEWERS viewer counts. The baseline is a plain socket.io server with the same events
 * that emits once per message and stores nothing.
 *
 * Knobs (env): LIVE_BENCH_SECONDS=60 LIVE_BENCH_VIEWERS=5000,10000 LIVE_BENCH_RATE=100
 * LIVE_BENCH_SENDERS=50 LIVE_BENCH_PROCS=4 LIVE_BENCH_KINDS=live,floor,plain LIVE_BENCH_SERVER_NODE_ARGS
 * (node flags for the product's server, e.g. --trace-gc; its stdout is then shown); DATABASE_URL (an external
 * PostgreSQL; otherwise the server embeds one). LIVE_BENCH_ISOLATE=1 (root): server pinned to CPU 0, load
 * pinned to CPU 1 in its own network namespace (LIVE_BENCH_SERVER_CPU / LIVE_BENCH_LOAD_CPU). Kind `before`
 * runs the product from LIVE_BENCH_BEFORE_DIST (a dist/ built from an earlier commit) in the same run,
 * for a before/after comparison of a change. LIVE_BENCH_WARMUP_SECONDS=5: senders run this long before the
 * measured window opens.
 * Quick run: LIVE_BENCH_SECONDS=10 LIVE_BENCH_VIEWERS=500 npm run bench:live
 */

/** The checkout (config/ lives there) and the compiled tree this file runs from (a private copy, see main). */
const ROOT = process.env.XS_BENCH_ROOT ?? path.resolve(__dirname, '../../..');
const DIST = path.resolve(__dirname, '../..');
const HIST_MS = 60_000;
const MARK = '"text":"bench ';
const NAMESPACE = '/live';

type Kind = 'live' | 'before' | 'plain' | 'floor';
interface ViewerJob {
  url: string;
  sessionId: string;
  count: number;
  offset: number;
  /** Source addresses to spread the viewers' connections over. */
  sources: string[];
}
interface SenderJob {
  url: string;
  sessionId: string;
  tokens: string[];
  rate: number;
  senders: number;
}
interface ViewerReport {
  connected: number;
  failed: number;
  received: number;
  hist: number[];
  over: number;
  disconnects: number;
  /** p99 of this load process's own event-loop delay (ms): how late it may have read what arrived. */
  loopP99: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const out = (line: string) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------- child: viewers
async function runViewers(job: ViewerJob): Promise<void> {
  const hist = new Uint32Array(HIST_MS + 1);
  let over = 0;
  let received = 0;
  let window: [number, number] = [Number.MAX_SAFE_INTEGER, 0];
  let disconnects = 0;
  let failed = 0;
  const sockets: WebSocket[] = [];
  // Viewers speak the engine.io / socket.io wire protocol over a bare WebSocket and read the send
  // time out of each message by string scanning: a full client per socket would spend more CPU
  // than the server under test, on the same two cores.
  // Scans the raw bytes (no UTF-8 decode of every packet: 10,000 sockets × 10 packets/s is most of
  // this process's work) for each message's send time.
  const mark = Buffer.from(MARK);
  const onPacket = (buf: Buffer) => {
    const now = Date.now();
    for (let at = buf.indexOf(mark); at >= 0; at = buf.indexOf(mark, at)) {
      at += mark.length;
      let sentAt = 0;
      for (let c = buf[at]; c >= 0x30 && c <= 0x39; c = buf[++at]) sentAt = sentAt * 10 + (c - 0x30);
      if (!(sentAt >= window[0] && sentAt <= window[1])) continue;
      received++;
      const lat = now - sentAt;
      if (lat > HIST_MS) over++;
      else hist[Math.max(0, lat)]++;
    }
  };
  const eventPrefix = Buffer.from(`42${NAMESPACE},`);
  const wsUrl = job.url.replace(/^http/, 'ws');
  /** Milliseconds from opening the WebSocket to the `room:join` ack, per viewer that got in. */
  const joinMs: number[] = [];
  const connectOne = (i: number) =>
    new Promise<void>((resolve) => {
      const n = job.offset + i;
      const started = Date.now();
      const ws = new WebSocket(`${wsUrl}/socket.io/?EIO=4&transport=websocket`, {
        localAddress: job.sources[n % job.sources.length],
        perMessageDeflate: false,
        skipUTF8Validation: true,
      });
      let joined = false;
      const fail = () => {
        if (joined) return;
        joined = true;
        failed++;
        ws.terminate();
        resolve();
      };
      const done = setTimeout(fail, 60_000);
      ws.on('message', (data: Buffer) => {
        if (
          data.length > eventPrefix.length &&
          data.compare(eventPrefix, 0, eventPrefix.length, 0, eventPrefix.length) === 0
        ) {
          return onPacket(data);
        }
        const text = data.toString();
        if (text === '2') return ws.send('3'); // engine.io ping → pong
        if (text[0] === '0') return ws.send(`40${NAMESPACE},${JSON.stringify({ nickname: `观众${n}` })}`);
        if (text.startsWith(`40${NAMESPACE},`)) {
          return ws.send(`42${NAMESPACE},0${JSON.stringify(['room:join', { sessionId: job.sessionId }])}`);
        }
        if (text.startsWith(`43${NAMESPACE},0`) && !joined) {
          joined = true;
          clearTimeout(done);
          if (text.includes('"ok":true')) {
            sockets.push(ws);
            joinMs.push(Date.now() - started);
          } else failed++;
          resolve();
        }
        if (text.startsWith(`44${NAMESPACE},`)) fail();
      });
      ws.on('error', fail);
      ws.on('close', () => {
        if (joined) disconnects++;
        fail();
      });
    });
  for (let i = 0; i < job.count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, job.count - i) }, (_, k) => connectOne(i + k)));
  }
  const loop = monitorEventLoopDelay({ resolution: 10 });
  process.send!({ type: 'ready', connected: sockets.length, failed, joinMs });
  process.on('message', (msg: { type: string; window?: [number, number] }) => {
    if (msg.type === 'window') {
      window = msg.window!;
      loop.enable();
    }
    if (msg.type === 'report') {
      const report: ViewerReport = {
        connected: sockets.length,
        failed,
        received,
        hist: [],
        over,
        disconnects,
        loopP99: loop.percentile(99) / 1e6,
      };
      // Sparse histogram: [ms, count] pairs.
      for (let ms = 0; ms <= HIST_MS; ms++) if (hist[ms]) report.hist.push(ms, hist[ms]);
      process.send!({ type: 'report', report });
    }
    if (msg.type === 'exit') {
      for (const s of sockets) s.terminate();
      setTimeout(() => process.exit(0), 200);
    }
  });
}

// ---------------------------------------------------------------- child: senders
async function runSenders(job: SenderJob): Promise<void> {
  const socks: Socket[] = [];
  for (let i = 0; i < job.senders; i++) {
    const s = io(`${job.url}${NAMESPACE}`, {
      transports: ['websocket'],
      auth: job.tokens.length ? { token: job.tokens[i % job.tokens.length] } : { nickname: `发言人${i}` },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve) => s.on('connect', () => resolve()));
    await new Promise<void>((resolve) => s.emit('room:join', { sessionId: job.sessionId }, () => resolve()));
    socks.push(s);
  }
  process.send!({ type: 'ready' });
  let window: [number, number] = [0, 0];
  let ok = 0;
  let refused = 0;
  let n = 0;
  let pending = 0;
  const ackMs: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  process.on('message', (msg: { type: string; window?: [number, number]; from?: number }) => {
    if (msg.type === 'start') {
      window = msg.window!;
      // Sending starts `from` (a warm-up before the measured window); only the window is counted.
      const start = msg.from ?? window[0];
      // A steady rate from the window's start: each 10 ms, send what the clock says is due.
      timer = setInterval(() => {
        if (Date.now() < start) return;
        const due = Math.floor(((Date.now() - start) / 1000) * job.rate);
        while (n < due) {
          const sentAt = Date.now();
          const s = socks[n % socks.length];
          pending++;
          s.emit(
            'chat:send',
            { sessionId: job.sessionId, clientMsgId: `b${process.pid}-${n}`, text: `bench ${sentAt} ${n}` },
            (ack: { ok: boolean }) => {
              pending--;
              if (sentAt < window[0] || sentAt > window[1]) return;
              ackMs.push(Date.now() - sentAt);
              if (ack?.ok) ok++;
              else refused++;
            },
          );
          n++;
        }
      }, 10);
    }
    if (msg.type === 'stop') {
      clearInterval(timer);
      // Every message sent in the window counts once its ack is in (a slow server acks late).
      const deadline = Date.now() + 60_000;
      const wait = setInterval(() => {
        if (pending > 0 && Date.now() < deadline) return;
        clearInterval(wait);
        ackMs.sort((a, b) => a - b);
        const q = (p: number) =>
          ackMs[Math.min(ackMs.length - 1, Math.floor(ackMs.length * p))] ?? Number.NaN;
        process.send!({ type: 'sent', ok, refused, unacked: pending, ackP50: q(0.5), ackP99: q(0.99) });
      }, 100);
    }
    if (msg.type === 'exit') {
      for (const s of socks) s.disconnect();
      setTimeout(() => process.exit(0), 200);
    }
  });
}

// ---------------------------------------------------------------- children: baseline servers
/**
 * A bare socket.io server with the product's events: `room:join` puts everyone in one room and
 * `chat:send` is numbered, handed to `onChat` and acked at once (nothing is stored).
 */
function baselineServer(
  port: number,
  onChat: (s: ServerSocket, seq: number, text: string) => void,
): Namespace {
  const server = new Server(port, { maxHttpBufferSize: 64 * 1024, serveClient: false });
  const nsp = server.of(NAMESPACE);
  let seq = 0;
  nsp.on('connection', (s) => {
    s.on('room:join', (_p: unknown, ack?: (b: object) => void) => {
      void s.join('room');
      ack?.({ ok: true, seq });
    });
    s.on('chat:send', (p: { text: string }, ack?: (b: object) => void) => {
      onChat(s, ++seq, p.text);
      ack?.({ ok: true, seq });
    });
  });
  process.send!({ type: 'listening' });
  return nsp;
}

/** The plain baseline: one emit per message, the approach the tick batching replaces. */
function runPlainServer(port: number): void {
  const nsp = baselineServer(port, (_s, seq, text) =>
    nsp.to('room').emit('chat:batch', { messages: [{ seq, text, at: new Date().toISOString() }] }),
  );
}

/**
 * The least any server that batches per tick can spend here: the same handshake and joins as the
 * plain server, messages shaped as the product's, acked at once and never stored, and each 100 ms
 * tick framed once and written straight to every socket in one loop (the product's FramedPacket,
 * without its slicing, slow-client checks, sequencing or database). Its deliveries per CPU-second
 * against the plain server's show what tick batching alone reaches on this machine. It is not a hard
 * ceiling: a server that falls behind the tick (as the product does at 10,000 viewers here) sends
 * fewer, larger batches, and so fewer writes per message.
 */
function runFloorServer(port: number): void {
  const sessionId = randomUUID();
  const start = Date.now();
  let batch: object[] = [];
  const nsp = baselineServer(port, (s, seq, text) => {
    const author = { nickname: s.id.slice(0, 6), role: 'resident' };
    batch.push({
      seq,
      id: randomUUID(),
      author,
      text,
      at: new Date().toISOString(),
      offsetMs: Date.now() - start,
    });
  });
  setInterval(() => {
    if (!batch.length) return;
    const packet = new FramedPacket(nsp, 'chat:batch', { sessionId, messages: batch });
    batch = [];
    for (const id of nsp.adapter.rooms.get('room') ?? []) {
      const s = nsp.sockets.get(id);
      if (s) packet.writeTo(s);
    }
  }, 100);
}

// ---------------------------------------------------------------- isolation
/**
 * With LIVE_BENCH_ISOLATE=1 (needs root): the server under test runs on CPU 0 (`taskset`), the load
 * generators on CPU 1 inside their own network namespace, reaching the server over a veth pair, so
 * the viewers' receiving is not done inside the server's writes on loopback and the two never share a
 * core. The machine's other work still runs on both cores: compare kinds within one run only.
 */
const NETNS = `xsbench${process.pid}`;
const HOST_IP = '10.77.0.1';
const LOAD_IPS = Array.from({ length: 8 }, (_, i) => `10.77.0.${2 + i}`);
const isolated = process.env.LIVE_BENCH_ISOLATE === '1';
const SERVER_CPU = process.env.LIVE_BENCH_SERVER_CPU ?? '0';
const LOAD_CPU = process.env.LIVE_BENCH_LOAD_CPU ?? '1';

function sh(cmd: string[]): void {
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd.join(' ')}: ${r.stderr.toString().trim()}`);
}

function netnsUp(): void {
  const veth = `xsb${process.pid % 100000}`;
  sh(['ip', 'netns', 'add', NETNS]);
  sh(['ip', 'link', 'add', `${veth}h`, 'type', 'veth', 'peer', 'name', `${veth}l`]);
  sh(['ip', 'link', 'set', `${veth}l`, 'netns', NETNS]);
  sh(['ip', 'addr', 'add', `${HOST_IP}/24`, 'dev', `${veth}h`]);
  sh(['ip', 'link', 'set', `${veth}h`, 'up']);
  const inNs = (c: string[]) => sh(['ip', 'netns', 'exec', NETNS, ...c]);
  for (const ip of LOAD_IPS) inNs(['ip', 'addr', 'add', `${ip}/24`, 'dev', `${veth}l`]);
  inNs(['ip', 'link', 'set', `${veth}l`, 'up']);
  inNs(['ip', 'link', 'set', 'lo', 'up']);
  process.on('exit', () => {
    spawnSync('ip', ['link', 'del', `${veth}h`]);
    spawnSync('ip', ['netns', 'del', NETNS]);
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));
}

/** fork() for a load process: in the load namespace on the load core when isolated. */
function forkLoad(args: string[], execArgv: string[] = []): ChildProcess {
  const opts = { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] as ('ignore' | 'inherit' | 'ipc')[] };
  if (!isolated) return fork(__filename, args, { ...opts, execArgv });
  return fork(__filename, args, {
    ...opts,
    execPath: 'ip',
    execArgv: ['netns', 'exec', NETNS, 'taskset', '-c', LOAD_CPU, process.execPath, ...execArgv],
  });
}

/** The command prefix that pins a server to its core (nothing when not isolated). */
const serverPin = (): string[] => (isolated ? ['taskset', '-c', SERVER_CPU] : []);

/** The address the load reaches the server at. */
const serverHost = () => (isolated ? HOST_IP : '127.0.0.1');

/** Where the viewers' connections come from (spread so that no source runs out of ports). */
const loadSources = () => (isolated ? LOAD_IPS : Array.from({ length: 200 }, (_, i) => `127.0.0.${2 + i}`));

// ---------------------------------------------------------------- parent
function cpuSeconds(pid: number): number {
  const [user, system] = cpuSplit(pid);
  return user + system;
}

/** [user, system] CPU-seconds of a process (clock ticks, CLK_TCK 100). */
function cpuSplit(pid: number): [number, number] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [Number(fields[11]) / 100, Number(fields[12]) / 100];
}

/** Busy and total jiffies of all CPUs, from /proc/stat. */
function machineTicks(): [number, number] {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + f[4];
  const total = f.reduce((a, b) => a + b, 0);
  return [total - idle, total];
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
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

function once<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMsg = (m: { type: string } & T) => {
      if (m.type !== type) return;
      child.off('message', onMsg);
      resolve(m);
    };
    child.on('message', onMsg);
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before ${type}`)));
  });
}

interface LiveServer {
  proc: ChildProcess;
  url: string;
  cleanup: () => Promise<void>;
}

async function startLiveServer(dist: string): Promise<LiveServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-bench-'));
  let databaseUrl: string | undefined;
  let adminUrl: string | undefined;
  let dbName: string | undefined;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    dbName = uniqueName('xs_bench');
    await adminQuery(adminUrl, `CREATE DATABASE "${dbName}"`);
    databaseUrl = withDatabase(adminUrl, dbName);
  }
  // e.g. --trace-gc or --cpu-prof, to look inside the server under load.
  const nodeArgs = (process.env.LIVE_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const pin = serverPin();
  const argv = [process.execPath, ...nodeArgs, path.join(dist, 'apps/server/src/main.js')];
  // taskset execs the program, so the pid is the server's own.
  const proc = spawn(pin[0] ?? argv[0], [...pin.slice(1), ...(pin.length ? argv : argv.slice(1))], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_PATH: process.env.NODE_PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      DEMO_DATA: 'false',
      SMS_PROVIDER: 'fixed',
      SMS_FIXED_CODE: '246810',
      BOOTSTRAP_ADMIN_PASSWORD: 'Admin-Pass-2026',
      PII_KEY: '00112233445566778899aabbccddeeff',
      TOKEN_SECRET: 'ab'.repeat(32),
      LOG_LEVEL: 'error',
      SCHEDULING_JOBS_POLL_MS: '0',
      // Two messages a second per sender (100/s from 50 people), and every message pushed live
      // (the viewer cap would otherwise deliberately drop residents' chat above 30/s).
      LIVE_CHAT_BURST: '10',
      LIVE_CHAT_PER_SECOND: '5',
      LIVE_VIEWER_CAP_PER_SECOND: '0',
      // Every sender signs in by SMS from this one address: the per-address limits are for the public.
      SMS_PER_IP_PER_HOUR: '100000',
      LOGIN_RATE_PER_IP: '100000',
      WRITE_RATE_PER_MINUTE: '100000',
    },
    stdio: ['ignore', nodeArgs.length ? 'inherit' : 'ignore', 'inherit'],
  });
  const url = `http://${serverHost()}:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error('server exited during start');
    const res = await request(url)
      .get('/api/v1/health')
      .catch(() => null);
    if (res?.status === 200) break;
    if (Date.now() > deadline) throw new Error('server did not start');
    await sleep(300);
  }
  return {
    proc,
    url,
    cleanup: async () => {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
      if (adminUrl && dbName) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface RunResult {
  kind: Kind;
  viewers: number;
  connected: number;
  sent: number;
  refused: number;
  unacked: number;
  ackP50: number;
  ackP99: number;
  expected: number;
  delivered: number;
  p50: number;
  p99: number;
  max: number;
  cpu: number;
  rssIdle: number;
  rssLoaded: number;
  rssPeak: number;
  disconnects: number;
  /**
   * The server's user-space CPU alone. Over loopback the kernel also does the viewers' receiving
   * inside the server's writes, so system time here is more than a real network would cost.
   */
  cpuUser: number;
  /** CPU-seconds the load processes (viewers and senders) spent in the window, on the same cores. */
  loadCpu: number;
  /** Share of the machine's CPU time busy during the window (all processes, kernel included). */
  machineBusy: number;
  loopP99: number;
  /** Connecting everyone (4 processes, 50 at a time each): wall time and per-viewer join latency. */
  joinWall: number;
  joinP50: number;
  joinP99: number;
}

/** The p-quantile in ms, or Infinity when it lies beyond the histogram (over a minute late). */
function percentile(hist: Map<number, number>, over: number, p: number): number {
  let total = over;
  for (const n of hist.values()) total += n;
  const target = Math.ceil(total * p);
  let seen = 0;
  for (const ms of [...hist.keys()].sort((a, b) => a - b)) {
    seen += hist.get(ms)!;
    if (seen >= target) return ms;
  }
  return Number.POSITIVE_INFINITY;
}

async function run(
  kind: Kind,
  viewers: number,
  seconds: number,
  rate: number,
  senders: number,
  procs: number,
): Promise<RunResult> {
  const self = __filename;
  let serverPid: number;
  let url: string;
  let sessionId = '00000000-0000-4000-8000-000000000000';
  let tokens: string[] = [];
  let cleanup: () => Promise<void>;
  if (kind === 'live' || kind === 'before') {
    const dist = kind === 'before' ? path.resolve(process.env.LIVE_BENCH_BEFORE_DIST ?? '') : DIST;
    if (kind === 'before' && !process.env.LIVE_BENCH_BEFORE_DIST)
      throw new Error('kind "before" needs LIVE_BENCH_BEFORE_DIST (a dist/ built from the earlier commit)');
    const srv = await startLiveServer(dist);
    serverPid = srv.proc.pid!;
    url = srv.url;
    cleanup = srv.cleanup;
    const t = { http: () => request(url) } as unknown as TestApp;
    const login = await request(url)
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: 'Admin-Pass-2026' });
    const admin = login.body.accessToken as string;
    const session = await liveSession(t, admin, { allowAnonymousViewing: true, capacity: 100 });
    sessionId = session.id;
    for (let i = 0; i < senders; i++) tokens.push((await resident(t, `发言人${i}`)).token);
  } else {
    const port = await freePort();
    const pin = serverPin();
    const child = fork(self, [`${kind}-server`, String(port)], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      ...(pin.length ? { execPath: pin[0], execArgv: [...pin.slice(1), process.execPath] } : {}),
    });
    await once(child, 'listening');
    serverPid = child.pid!;
    url = `http://${serverHost()}:${port}`;
    tokens = [];
    cleanup = async () => {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    };
  }
  await sleep(1000);
  const rssIdle = rssMb(serverPid);
  const per = Math.ceil(viewers / procs);
  const viewerProcs = Array.from({ length: procs }, (_, i) =>
    forkLoad(
      [
        'viewers',
        JSON.stringify({
          url,
          sessionId,
          count: Math.min(per, viewers - i * per),
          offset: i * per,
          sources: loadSources(),
        } satisfies ViewerJob),
      ],
      ['--max-old-space-size=2048'],
    ),
  );
  const joinStart = Date.now();
  const ready = await Promise.all(
    viewerProcs.map((c) => once<{ connected: number; failed: number; joinMs: number[] }>(c, 'ready')),
  );
  const joinWall = Date.now() - joinStart;
  const connected = ready.reduce((n, r) => n + r.connected, 0);
  const joins = ready.flatMap((r) => r.joinMs).sort((a, b) => a - b);
  const joinQ = (p: number) => joins[Math.min(joins.length - 1, Math.floor(joins.length * p))] ?? Number.NaN;
  const senderProc = forkLoad(['senders', JSON.stringify({ url, sessionId, tokens, rate, senders })]);
  await once(senderProc, 'ready');
  await sleep(1000);
  const rssLoaded = rssMb(serverPid);
  // The same warm-up for every kind: the server's JIT and caches settle before the window opens.
  const warmupMs = Number(process.env.LIVE_BENCH_WARMUP_SECONDS ?? 5) * 1000;
  const t0 = Date.now() + 500 + warmupMs;
  const t1 = t0 + seconds * 1000;
  for (const c of viewerProcs) c.send({ type: 'window', window: [t0, t1] });
  senderProc.send({ type: 'start', window: [t0, t1], from: t0 - warmupMs });
  await sleep(t0 - Date.now());
  const cpu0 = cpuSeconds(serverPid);
  const user0 = cpuSplit(serverPid)[0];
  const loadPids = [...viewerProcs, senderProc].map((c) => c.pid!);
  const loadCpu0 = loadPids.reduce((n, pid) => n + cpuSeconds(pid), 0);
  const ticks0 = machineTicks();
  let rssPeak = rssLoaded;
  while (Date.now() < t1) {
    await sleep(1000);
    rssPeak = Math.max(rssPeak, rssMb(serverPid));
  }
  senderProc.send({ type: 'stop' });
  const sent = await once<{ ok: number; refused: number; unacked: number; ackP50: number; ackP99: number }>(
    senderProc,
    'sent',
  );
  // Give what was sent in the window up to 5 s more to arrive (it counts as late, not lost, in the latency).
  await sleep(5000);
  const cpu = cpuSeconds(serverPid) - cpu0;
  const cpuUser = cpuSplit(serverPid)[0] - user0;
  const loadCpu = loadPids.reduce((n, pid) => n + cpuSeconds(pid), 0) - loadCpu0;
  const ticks1 = machineTicks();
  const machineBusy = (ticks1[0] - ticks0[0]) / Math.max(1, ticks1[1] - ticks0[1]);
  const reports = await Promise.all(
    viewerProcs.map((c) => {
      const p = once<{ report: ViewerReport }>(c, 'report');
      c.send({ type: 'report' });
      return p;
    }),
  );
  const hist = new Map<number, number>();
  let delivered = 0;
  let max = 0;
  let over = 0;
  let disconnects = 0;
  let loopP99 = 0;
  for (const { report } of reports) {
    loopP99 = Math.max(loopP99, report.loopP99);
    delivered += report.received;
    disconnects += report.disconnects;
    for (let i = 0; i < report.hist.length; i += 2) {
      hist.set(report.hist[i], (hist.get(report.hist[i]) ?? 0) + report.hist[i + 1]);
      max = Math.max(max, report.hist[i]);
    }
    over += report.over;
    if (report.over) max = Math.max(max, HIST_MS + 1);
  }
  for (const c of [...viewerProcs, senderProc]) c.send({ type: 'exit' });
  await sleep(500);
  await cleanup();
  await sleep(2000);
  return {
    kind,
    viewers,
    connected,
    sent: sent.ok,
    refused: sent.refused,
    unacked: sent.unacked,
    ackP50: sent.ackP50,
    ackP99: sent.ackP99,
    // Messages still unacknowledged a minute after the run are counted as expected too (they may yet be stored).
    expected: (sent.ok + sent.unacked) * connected,
    delivered,
    p50: percentile(hist, over, 0.5),
    p99: percentile(hist, over, 0.99),
    max,
    cpu,
    rssIdle,
    rssLoaded,
    rssPeak,
    disconnects,
    cpuUser,
    loadCpu,
    machineBusy,
    loopP99,
    joinWall,
    joinP50: joinQ(0.5),
    joinP99: joinQ(0.99),
  };
}

const fmt = (ms: number) => (Number.isFinite(ms) ? String(ms) : `>${HIST_MS}`);
const cpuPer = (cpu: number, delivered: number) => ((1e6 * cpu) / Math.max(1, delivered)).toFixed(2);
const perMsg = (r: RunResult) => r.cpu / Math.max(1, r.delivered);
/**
 * Server CPU per delivered message over every run of one kind: kinds may be listed more than once
 * (LIVE_BENCH_KINDS=before,live,before,live) so that the machine's changing load falls on both alike.
 */
const pooled = (rs: RunResult[]): RunResult =>
  rs.reduce((a, r) => ({
    ...a,
    cpu: a.cpu + r.cpu,
    delivered: a.delivered + r.delivered,
    expected: a.expected + r.expected,
    p99: Math.max(a.p99, r.p99),
  }));

async function main(): Promise<void> {
  const seconds = Number(process.env.LIVE_BENCH_SECONDS ?? 60);
  const sizes = (process.env.LIVE_BENCH_VIEWERS ?? '5000,10000').split(',').map(Number);
  const rate = Number(process.env.LIVE_BENCH_RATE ?? 100);
  const senders = Number(process.env.LIVE_BENCH_SENDERS ?? 50);
  const procs = Number(process.env.LIVE_BENCH_PROCS ?? 4);
  const kinds = (process.env.LIVE_BENCH_KINDS ?? 'live,floor,plain').split(',') as Kind[];
  if (isolated) netnsUp();
  out(
    `live rooms: ${rate} msg/s from ${senders} senders for ${seconds} s; viewers ${sizes.join(', ')}; ${procs} viewer processes; ${os.cpus().length} CPUs; ` +
      (isolated
        ? `isolated: server on CPU ${SERVER_CPU}, load on CPU ${LOAD_CPU} in netns ${NETNS} over veth`
        : 'not isolated (LIVE_BENCH_ISOLATE=1 pins cores and puts the load in its own netns)') +
      `; load average at start ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
  const results: RunResult[] = [];
  const floor_ = (viewers: number) => results.find((x) => x.kind === 'floor' && x.viewers === viewers);
  for (const viewers of sizes) {
    for (const kind of kinds) {
      const r = await run(kind, viewers, seconds, rate, senders, procs);
      results.push(r);
      out(
        `${kind.padEnd(5)} viewers ${String(r.connected).padStart(6)}/${r.viewers}  sent ${r.sent} (refused ${r.refused}, unacked ${r.unacked}; ack p50 ${r.ackP50} ms p99 ${r.ackP99} ms)  ` +
          `delivered ${r.delivered}/${r.expected} (${((100 * r.delivered) / Math.max(1, r.expected)).toFixed(1)}%)  ` +
          `p50 ${fmt(r.p50)} ms  p99 ${fmt(r.p99)} ms  max ${r.max > HIST_MS ? '>60000' : r.max} ms  ` +
          `CPU ${r.cpu.toFixed(1)} s, of it user ${r.cpuUser.toFixed(1)} s (${Math.round(r.delivered / Math.max(0.01, r.cpu))} deliveries/CPU-s, ${Math.round(r.delivered / Math.max(0.01, r.cpuUser))} per user CPU-s)  ` +
          `RSS idle ${r.rssIdle.toFixed(0)} MB, loaded ${r.rssLoaded.toFixed(0)} MB, peak ${r.rssPeak.toFixed(0)} MB ` +
          `(${((1024 * (r.rssLoaded - r.rssIdle)) / Math.max(1, r.connected)).toFixed(1)} KB/socket)  disconnects ${r.disconnects}  ` +
          `| load processes CPU ${r.loadCpu.toFixed(1)} s, their event-loop delay p99 ${r.loopP99.toFixed(0)} ms; machine ${(100 * r.machineBusy).toFixed(0)}% busy, load average ${os.loadavg()[0].toFixed(2)}`,
      );
      out(
        `      joins: ${r.connected} in ${(r.joinWall / 1000).toFixed(1)} s (${Math.round(r.connected / Math.max(0.001, r.joinWall / 1000))}/s), join p50 ${r.joinP50} ms p99 ${r.joinP99} ms`,
      );
      out(
        `      server CPU per delivered message: ${cpuPer(r.cpu, r.delivered)} µs user+system, ${cpuPer(r.cpuUser, r.delivered)} µs user; per 100 ms of the window: ${((1000 * r.cpu) / Math.max(1, 10 * seconds)).toFixed(1)} ms`,
      );
    }
    const all = (k: Kind) => results.filter((x) => x.kind === k && x.viewers === viewers);
    const live = all('live').length ? pooled(all('live')) : undefined;
    const before = all('before').length ? pooled(all('before')) : undefined;
    if (live && floor_(viewers))
      out(
        `  → at ${viewers} viewers: the product spends ${(perMsg(live) / perMsg(floor_(viewers)!)).toFixed(2)}× the floor's server CPU per delivered message (goal ≤ 1.3×); p99 ${fmt(live.p99)} ms (goal ≤ 500 ms) → ${live.p99 <= 500 && perMsg(live) / perMsg(floor_(viewers)!) <= 1.3 ? 'MET' : 'NOT MET'}`,
      );
    if (live && before)
      out(
        `  → at ${viewers} viewers: this build against the earlier one (LIVE_BENCH_BEFORE_DIST), same run (${all('live').length} and ${all('before').length} runs pooled): CPU per delivered message ${(perMsg(live) / perMsg(before)).toFixed(2)}× (${cpuPer(live.cpu, live.delivered)} vs ${cpuPer(before.cpu, before.delivered)} µs), worst p99 ${fmt(live.p99)} vs ${fmt(before.p99)} ms, delivered ${live.delivered}/${live.expected} vs ${before.delivered}/${before.expected}`,
      );
    const plain = results.find((x) => x.kind === 'plain' && x.viewers === viewers);
    const floor = results.find((x) => x.kind === 'floor' && x.viewers === viewers);
    if (floor && plain) {
      out(
        `  → at ${viewers} viewers: the floor (batching and nothing else) delivers ` +
          `${(floor.delivered / Math.max(0.01, floor.cpu) / (plain.delivered / Math.max(0.01, plain.cpu))).toFixed(1)}× ` +
          `the plain server's messages per CPU-second (user + system), ` +
          `${(floor.delivered / Math.max(0.01, floor.cpuUser) / (plain.delivered / Math.max(0.01, plain.cpuUser))).toFixed(1)}× per user-space CPU-second`,
      );
    }
    if (live && plain) {
      const l = live.delivered / Math.max(0.01, live.cpu);
      const p = plain.delivered / Math.max(0.01, plain.cpu);
      const lu = live.delivered / Math.max(0.01, live.cpuUser);
      const pu = plain.delivered / Math.max(0.01, plain.cpuUser);
      out(
        `  → at ${viewers} viewers: tick batching delivers ${(l / p).toFixed(1)}× the plain server's messages per CPU-second ` +
          `(user + system), ${(lu / pu).toFixed(1)}× per user-space CPU-second`,
      );
    }
  }
}

/**
 * Runs from a private copy of dist/ so that another build (other work in the same checkout) cannot
 * pull compiled files away from under a run that takes minutes.
 */
function fromPrivateCopy(): boolean {
  if (process.env.XS_BENCH_ROOT) return false;
  const copy = mkdtempSync(path.join(os.tmpdir(), 'xs-bench-dist-'));
  cpSync(DIST, copy, { recursive: true });
  const r = spawnSync(process.execPath, [path.join(copy, 'test/bench/live.bench.js')], {
    stdio: 'inherit',
    env: { ...process.env, XS_BENCH_ROOT: ROOT, NODE_PATH: path.join(ROOT, 'node_modules') },
  });
  rmSync(copy, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}

const role = process.argv[2];
if (role === 'viewers') void runViewers(JSON.parse(process.argv[3]) as ViewerJob);
else if (role === 'senders') void runSenders(JSON.parse(process.argv[3]) as SenderJob);
else if (role === 'plain-server') runPlainServer(Number(process.argv[3]));
else if (role === 'floor-server') runFloorServer(Number(process.argv[3]));
else if (!fromPrivateCopy())
  main().catch((e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  });
