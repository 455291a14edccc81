import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { Namespace, Server, Socket as ServerSocket } from 'socket.io';
import Redis from 'ioredis';
import { io, Socket } from 'socket.io-client';
import { netnsUp as netns } from './netns';
import { SinkReader } from './ws-sink';
import { cpuShareFromEnv, limitCpu, nodeVersion } from './machine';
import request from 'supertest';
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
 * for a before/after comparison of a change. BENCH_SERVER_CPU_SHARE=0.6 (root): every server kind gets only
 * that share of its core (a cgroup CPU quota; test/bench/machine.ts), a machine that much slower than this
 * one, to see a goal's headroom. LIVE_BENCH_WARMUP_SECONDS=5: senders run this long before the
 * measured window opens. Viewers are raw-socket sinks (test/bench/ws-sink.ts): all count what they
 * get, one in LIVE_BENCH_SAMPLE=20 times it (the latency figures); the load processes' CPU share and
 * event-loop delay are printed beside each run, to show whether the load, not the server, was the limit.
 * LIVE_BENCH_NODE: the Node.js binary every server kind runs on (default the one running the bench, which
 * also runs the load); LIVE_BENCH_BEFORE_NODE: kind `before`'s, default LIVE_BENCH_NODE. With
 * LIVE_BENCH_BEFORE_DIST=dist the two compare runtimes on one build (`scripts/node-runtime.mjs`).
 * Quick run: LIVE_BENCH_SECONDS=10 LIVE_BENCH_VIEWERS=500 npm run bench:live
 *
 * LIVE_BENCH_SCENARIO picks issue 16's other live scenarios (or run their files: live-storm, live-memory,
 * live-replicas): `storm` (LIVE_BENCH_VIEWERS join paced over LIVE_BENCH_STORM_SECONDS=30, a share
 * LIVE_BENCH_SIGNED_IN=0.1 signed in, while LIVE_BENCH_IN_ROOM=500 watch LIVE_BENCH_RATE=20 msg/s; baseline:
 * their chat latency in a quiet window of LIVE_BENCH_SECONDS before), `memory` (RSS after a forced GC before
 * and after LIVE_BENCH_VIEWERS join, kinds plain,live[,before]; LIVE_BENCH_HEAP=1 diffs heap snapshots) and
 * `replicas` (LIVE_BENCH_REPLICA_RUNS=3,1 replicas on one database and one Redis, a private redis-server
 * unless LIVE_BENCH_REDIS_URL; LIVE_BENCH_REPLICA_CPUS, LIVE_BENCH_REDIS_CPU; needs DATABASE_URL).
 */

/** The checkout (config/ lives there) and the compiled tree this file runs from (a private copy, see main). */
const ROOT = process.env.XS_BENCH_ROOT ?? path.resolve(__dirname, '../../..');
const DIST = path.resolve(__dirname, '../..');
const HIST_MS = 60_000;
const MARK = '"text":"bench ';
const NAMESPACE = '/live';

type Kind = 'live' | 'before' | 'plain' | 'floor';
const SERVER_NODE = process.env.LIVE_BENCH_NODE || process.execPath;
const BEFORE_NODE = process.env.LIVE_BENCH_BEFORE_NODE || SERVER_NODE;
interface ViewerJob {
  url: string;
  sessionId: string;
  count: number;
  offset: number;
  /** Source addresses to spread the viewers' connections over. */
  sources: string[];
  /** Viewers signed in with these tokens (the first tokens.length of this process); the rest are guests. */
  tokens?: string[];
  /**
   * Connect at a steady pace (a storm): this process's viewer i is number i × stride + phase of `total`
   * and opens at start + that / total × spreadMs, so the processes' viewers interleave in time.
   */
  pace?: { start: number; spreadMs: number; total: number; stride: number; phase: number };
  /** Track which message ids each socket got (loss counting); ids are below this bound. */
  trackIds?: number;
  /** One viewer in this many records latency (all count deliveries); default LIVE_BENCH_SAMPLE=20. */
  sample?: number;
}
interface SenderJob {
  url: string;
  sessionId: string;
  tokens: string[];
  rate: number;
  senders: number;
  /** This sender process's number among `procs` (message ids are n × procs + index). */
  index?: number;
  procs?: number;
}
interface ViewerReport {
  connected: number;
  failed: number;
  /** In-window messages delivered to every viewer here; `sampled` of them were timed (the histogram). */
  received: number;
  sampled: number;
  /** Bytes and reads after the joins, since the window opened. */
  bytes: number;
  reads: number;
  hist: number[];
  over: number;
  disconnects: number;
  /** p99 and max of this load process's own event-loop delay (ms): how late it may have read what arrived. */
  loopP99: number;
  loopMax: number;
  /** This process's CPU (user + system) since the window opened, as a share of one core. */
  cpuShare: number;
  /** With trackIds and the acked ids given: acked messages some socket here never got, and the sockets short. */
  missing?: number;
  socketsMissing?: number;
  duplicates?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const out = (line: string) => process.stdout.write(`${line}\n`);
/** LIVE_BENCH_VERBOSE=1: each step of a scenario on stderr, to see where a slow run is. */
const step = (what: string) => {
  if (process.env.LIVE_BENCH_VERBOSE === '1')
    process.stderr.write(`  [${new Date().toISOString().slice(11, 19)}] ${what}\n`);
};

/** A client-to-server WebSocket text frame: masked, as RFC 6455 requires of clients. */
function clientFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const len = payload.length;
  const head = len < 126 ? 2 : len < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + 4 + len);
  frame[0] = 0x81;
  if (len < 126) frame[1] = 0x80 | len;
  else if (len < 65536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(len, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(len), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, head);
  for (let k = 0; k < len; k++) frame[head + 4 + k] = payload[k] ^ mask[k & 3];
  return frame;
}
const PONG = clientFrame('3');

/** One viewer's reading state, kept between reads (a frame, a header or a message may span two). */
interface Viewer {
  i: number;
  sock: net.Socket;
  /** Before the upgrade's response is complete: its bytes so far. */
  http?: Buffer;
  /** Up to the join ack: whole frames are collected here (the handshake's packets). */
  pending?: Buffer;
  joined: boolean;
  closed: boolean;
  /** After the join: frames and messages read in place (test/bench/ws-sink.ts). */
  reader: SinkReader;
  sampled: boolean;
}

// ---------------------------------------------------------------- child: viewers
/**
 * Viewers on raw TCP sockets: the WebSocket upgrade is done by hand, then every read lands in one
 * static buffer per process (net's `onread`, no Buffer allocated per read) and is scanned in place:
 * frame headers are followed only to answer engine.io pings, and the bytes for each chat message's
 * send time and id. Every viewer counts the messages it got (and which ids, for loss); one in
 * `sample` also records the latency. A `ws` client per socket parsed and copied every frame and made
 * the load core, not the server, the bottleneck at 10,000 viewers (event-loop delay p99 of seconds).
 */
async function runViewers(job: ViewerJob): Promise<void> {
  const hist = new Uint32Array(HIST_MS + 1);
  let over = 0;
  let received = 0;
  let sampledReceived = 0;
  let bytes = 0;
  let reads = 0;
  let window: [number, number] = [Number.MAX_SAFE_INTEGER, 0];
  let disconnects = 0;
  let failed = 0;
  let duplicates = 0;
  const sample = Math.max(1, job.sample ?? Number(process.env.LIVE_BENCH_SAMPLE ?? 20));
  const viewers: Viewer[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let cpu0 = process.cpuUsage();
  let wall0 = Date.now();
  // Loss counting: one bit per (socket, message id).
  const idBytes = job.trackIds ? Math.ceil(job.trackIds / 8) : 0;
  const seen = idBytes ? new Uint8Array(idBytes * job.count) : undefined;
  const joinedAt: number[] = [];
  const mark = Buffer.from(MARK);
  let now = 0;
  /** One message read by viewer v: counted when sent in the window, timed when v is sampled, its id marked. */
  const record = (v: Viewer, sentAt: number, id: number) => {
    if (!(sentAt >= window[0] && sentAt <= window[1])) return;
    received++;
    if (v.sampled) {
      sampledReceived++;
      const lat = now - sentAt;
      if (lat > HIST_MS) over++;
      else hist[Math.max(0, lat)]++;
    }
    if (!seen || id < 0 || id >= job.trackIds!) return;
    const byte = v.i * idBytes + (id >> 3);
    const bit = 1 << (id & 7);
    if (seen[byte] & bit) duplicates++;
    seen[byte] |= bit;
  };
  const send = (v: Viewer, text: string) => {
    if (!v.closed) v.sock.write(clientFrame(text));
  };
  const close = (v: Viewer) => {
    if (v.closed) return;
    v.closed = true;
    v.sock.destroy();
  };
  const fb = Buffer.alloc(64 * 1024);
  const wsUrl = new URL(job.url);
  /** Milliseconds from opening the connection to the `room:join` ack, per viewer that got in. */
  const joinMs: number[] = [];
  /** How late this process opened paced viewers against their schedule (its own lag, not the server's). */
  let lateMax = 0;
  const connectOne = (i: number) =>
    new Promise<void>((resolve) => {
      const n = job.offset + i;
      const started = Date.now();
      const token = job.tokens?.[i];
      const auth = token ? { token } : { nickname: `观众${n}` };
      let settled = false;
      const settle = (ok: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(done);
        if (ok) {
          viewers.push(v);
          joinedAt.push(i);
          joinMs.push(Date.now() - started);
        } else {
          failed++;
          close(v);
        }
        resolve();
      };
      const done = setTimeout(() => settle(false), 60_000);
      /** One whole handshake frame's text (before the join). */
      const onText = (text: string) => {
        if (text === '2') return v.sock.write(PONG);
        if (text[0] === '0') return send(v, `40${NAMESPACE},${JSON.stringify(auth)}`);
        if (text.startsWith(`40${NAMESPACE},`))
          return send(v, `42${NAMESPACE},0${JSON.stringify(['room:join', { sessionId: job.sessionId }])}`);
        if (text.startsWith(`43${NAMESPACE},0`)) {
          v.joined = true;
          return settle(text.includes('"ok":true'));
        }
        if (text.startsWith(`44${NAMESPACE},`)) settle(false);
      };
      /** Before the join: whole frames, copied (a handful per viewer). */
      const handshake = (chunk: Buffer) => {
        let buf = v.pending ? Buffer.concat([v.pending, chunk]) : chunk;
        v.pending = undefined;
        while (!v.joined && !v.closed) {
          if (buf.length < 2) break;
          const len7 = buf[1] & 0x7f;
          const need = len7 === 126 ? 4 : len7 === 127 ? 10 : 2;
          if (buf.length < need) break;
          const len =
            len7 === 126 ? buf.readUInt16BE(2) : len7 === 127 ? Number(buf.readBigUInt64BE(2)) : len7;
          if (buf.length < need + len) break;
          const opcode = buf[0] & 0x0f;
          if (opcode === 0x8) return settle(false);
          if (opcode === 0x1) onText(buf.toString('utf8', need, need + len));
          buf = buf.subarray(need + len);
        }
        if (!v.joined) {
          if (buf.length) v.pending = Buffer.from(buf);
        } else if (buf.length) {
          // What came with the join ack in the same read: streamed like the rest.
          now = Date.now();
          v.reader.feed(buf, 0, buf.length);
        }
      };
      const sock = net.connect({
        host: wsUrl.hostname,
        port: Number(wsUrl.port),
        localAddress: job.sources[n % job.sources.length],
        onread: {
          buffer: fb,
          callback: (nread: number, buf: Uint8Array) => {
            // A view that ends where this read does (past it lie an earlier read's bytes).
            const b = (buf as Buffer).subarray(0, nread);
            if (v.joined) {
              reads++;
              bytes += nread;
              now = Date.now();
              v.reader.feed(b, 0, nread);
              return true;
            }
            // The upgrade's response, then the handshake's frames (copied: the buffer is reused).
            let chunk = Buffer.from(b);
            if (v.http) {
              const all = Buffer.concat([v.http, chunk]);
              const end = all.indexOf('\r\n\r\n');
              if (end < 0) {
                v.http = all;
                return true;
              }
              v.http = undefined;
              if (!all.subarray(0, 13).toString().includes(' 101')) {
                settle(false);
                return false;
              }
              chunk = all.subarray(end + 4);
            }
            if (chunk.length) handshake(chunk);
            return true;
          },
        },
      });
      const v: Viewer = {
        i,
        sock,
        http: Buffer.alloc(0),
        joined: false,
        closed: false,
        reader: new SinkReader(mark, {
          message: (sentAt, id) => record(v, sentAt, id),
          ping: () => v.sock.write(PONG),
          // The server's close frame: the socket closes (and counts as a disconnect).
          close: () => v.sock.destroy(),
        }),
        sampled: (job.offset + i) % sample === 0,
      };
      sock.setNoDelay(true);
      sock.on('connect', () => {
        sock.write(
          `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: ${wsUrl.host}\r\n` +
            `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
            `Sec-WebSocket-Version: 13\r\n\r\n`,
        );
      });
      sock.on('error', () => undefined);
      sock.on('close', () => {
        if (settled && v.joined && !v.closed) disconnects++;
        v.closed = true;
        settle(false);
      });
    });
  process.on('message', (msg: { type: string; window?: [number, number]; acked?: number[] }) => {
    if (msg.type === 'window') {
      // A new window starts a new count (the storm measures a quiet window, then the storm's).
      window = msg.window!;
      hist.fill(0);
      over = 0;
      received = 0;
      sampledReceived = 0;
      bytes = 0;
      reads = 0;
      cpu0 = process.cpuUsage();
      wall0 = Date.now();
      loop.reset();
      loop.enable();
    }
    if (msg.type === 'report') {
      const cpu = process.cpuUsage(cpu0);
      const report: ViewerReport = {
        connected: viewers.length,
        failed,
        received,
        sampled: sampledReceived,
        bytes,
        reads,
        hist: [],
        over,
        disconnects,
        loopP99: loop.percentile(99) / 1e6,
        loopMax: loop.max / 1e6,
        cpuShare: (cpu.user + cpu.system) / 1000 / Math.max(1, Date.now() - wall0),
      };
      // Sparse histogram: [ms, count] pairs.
      for (let ms = 0; ms <= HIST_MS; ms++) if (hist[ms]) report.hist.push(ms, hist[ms]);
      if (seen && msg.acked) {
        let missing = 0;
        let socketsMissing = 0;
        for (const i of joinedAt) {
          let short = 0;
          for (const id of msg.acked) if (!(seen[i * idBytes + (id >> 3)] & (1 << (id & 7)))) short++;
          missing += short;
          if (short) socketsMissing++;
        }
        Object.assign(report, { missing, socketsMissing, duplicates });
      }
      process.send!({ type: 'report', report });
    }
    if (msg.type === 'exit') {
      for (const v of viewers) close(v);
      setTimeout(() => process.exit(0), 200);
    }
  });
  if (job.pace) {
    // A storm: each viewer opens at its own moment, whatever the others are doing.
    const { start, spreadMs, total, stride, phase } = job.pace;
    const pending: Promise<void>[] = [];
    for (let i = 0; i < job.count; i++) {
      const due = start + ((i * stride + phase) / total) * spreadMs;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      lateMax = Math.max(lateMax, Date.now() - due);
      pending.push(connectOne(i));
    }
    await Promise.all(pending);
  } else {
    for (let i = 0; i < job.count; i += 50) {
      await Promise.all(Array.from({ length: Math.min(50, job.count - i) }, (_, k) => connectOne(i + k)));
    }
  }
  process.send!({ type: 'ready', connected: viewers.length, failed, joinMs, lateMax });
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
  const ackedIds: number[] = [];
  const procs = job.procs ?? 1;
  const index = job.index ?? 0;
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
          const id = n * procs + index;
          pending++;
          s.emit(
            'chat:send',
            { sessionId: job.sessionId, clientMsgId: `b${process.pid}-${n}`, text: `bench ${sentAt} ${id}` },
            (ack: { ok: boolean }) => {
              pending--;
              if (sentAt < window[0] || sentAt > window[1]) return;
              ackMs.push(Date.now() - sentAt);
              if (ack?.ok) {
                ok++;
                ackedIds.push(id);
              } else refused++;
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
        process.send!({
          type: 'sent',
          ok,
          refused,
          unacked: pending,
          ackP50: q(0.5),
          ackP99: q(0.99),
          ackedIds,
        });
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
  // The same counters as the product's GET /api/v1/live/node, asked for over IPC.
  const stats = { batches: 0, batchesOverTick: 0, maxBatchMs: 0, slowCuts: 0 };
  process.on('message', (m: { type: string }) => {
    if (m.type === 'stats') process.send!({ type: 'stats', stats });
  });
  setInterval(() => {
    if (!batch.length) return;
    const t0 = Date.now();
    const packet = new FramedPacket(nsp, 'chat:batch', { sessionId, messages: batch });
    batch = [];
    for (const id of nsp.adapter.rooms.get('room') ?? []) {
      const s = nsp.sockets.get(id);
      if (s) packet.writeTo(s);
    }
    const took = Date.now() - t0;
    stats.batches++;
    if (took >= 100) stats.batchesOverTick++;
    stats.maxBatchMs = Math.max(stats.maxBatchMs, took);
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
/** LIVE_BENCH_SUBNET (default 10.77.0): the veth pair's /24, so two isolated benches can run side by side. */
const SUBNET = process.env.LIVE_BENCH_SUBNET ?? '10.77.0';
const HOST_IP = `${SUBNET}.1`;
const LOAD_IPS = Array.from({ length: 8 }, (_, i) => `${SUBNET}.${2 + i}`);
const isolated = process.env.LIVE_BENCH_ISOLATE === '1';
const SERVER_CPU = process.env.LIVE_BENCH_SERVER_CPU ?? '0';
const LOAD_CPU = process.env.LIVE_BENCH_LOAD_CPU ?? '1';
/** BENCH_SERVER_CPU_SHARE: each server gets only this share of a core (a slower machine; machine.ts). */
const CPU_SHARE = cpuShareFromEnv();
const shareNote = () => (CPU_SHARE ? `; each server held to ${CPU_SHARE} of a core (a slower machine)` : '');

function netnsUp(): void {
  netns({ ns: NETNS, veth: `xsb${process.pid % 100000}`, hostIp: HOST_IP, loadIps: LOAD_IPS });
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

interface ServerOptions {
  /** More environment for the server (REDIS_URL, LIVE_REDIS_PREFIX, REPLICA_ID, the GC hook's file). */
  env?: Record<string, string>;
  /** More node flags (the GC hook). */
  nodeArgs?: string[];
  /** A database the caller made and drops (replicas share one); otherwise one per server. */
  databaseUrl?: string;
  /** The CPU list to pin this server to (default LIVE_BENCH_SERVER_CPU when isolated). */
  cpu?: string;
}

/** Node flags that load the bench's GC hook (gc-hook.ts): SIGWINCH → full GC → memory figures in a file. */
const gcHookArgs = () => ['--expose-gc', '--require', path.join(__dirname, 'gc-hook.js')];

async function startLiveServer(dist: string, opts: ServerOptions = {}): Promise<LiveServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-bench-'));
  // Run as root, the server's embedded PostgreSQL runs as "postgres" and must reach into DATA_DIR.
  chmodSync(dataDir, 0o711);
  let databaseUrl: string | undefined = opts.databaseUrl;
  let adminUrl: string | undefined;
  let dbName: string | undefined;
  if (!databaseUrl && process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    dbName = uniqueName('xs_bench');
    await adminQuery(adminUrl, `CREATE DATABASE "${dbName}"`);
    databaseUrl = withDatabase(adminUrl, dbName);
  }
  // e.g. --trace-gc or --cpu-prof, to look inside the server under load.
  const userArgs = (process.env.LIVE_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const nodeArgs = [...userArgs, ...(opts.nodeArgs ?? [])];
  const pin = isolated && opts.cpu ? ['taskset', '-c', opts.cpu] : serverPin();
  const node = dist === DIST ? SERVER_NODE : BEFORE_NODE;
  const argv = [node, ...nodeArgs, path.join(dist, 'apps/server/src/main.js')];
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
      // The bench signs people in with X-Forwarded-For addresses (test/support's resident()): the
      // per-address SMS-verify limit (60 in 5 min) would stop a storm's signed-in viewers otherwise.
      TRUSTED_PROXIES: `127.0.0.0/8,::1,${HOST_IP}/32`,
      ...opts.env,
    },
    stdio: ['ignore', userArgs.length ? 'inherit' : 'ignore', 'inherit'],
  });
  if (CPU_SHARE) limitCpu(proc.pid!, CPU_SHARE);
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
  loopMax: number;
  /** Deliveries timed (the sampled viewers'), of `delivered`. */
  sampled: number;
  /** Share of the window that the load processes kept their core busy (user + system). */
  loadShare: number;
  /** The product's fan-out in the window: batches, those that outlasted a tick, the longest (since start). */
  node?: NodeFigures;
  /** Connecting everyone (4 processes, 50 at a time each): wall time and per-viewer join latency. */
  joinWall: number;
  joinP50: number;
  joinP99: number;
}

interface NodeFigures {
  batches: number;
  batchesOverTick: number;
  maxBatchMs: number;
  slowCuts: number;
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
  /** The product's own fan-out counters (GET /api/v1/live/node), read around the window. */
  let nodeStats: () => Promise<NodeFigures | undefined> = () => Promise.resolve(undefined);
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
    nodeStats = async () =>
      (
        await request(url)
          .get('/api/v1/live/node')
          .set('Authorization', `Bearer ${admin}`)
          .catch(() => undefined)
      )?.body as NodeFigures | undefined;
    const session = await liveSession(t, admin, { allowAnonymousViewing: true, capacity: 100 });
    sessionId = session.id;
    for (let i = 0; i < senders; i++) tokens.push((await resident(t, `发言人${i}`)).token);
  } else {
    const port = await freePort();
    const pin = serverPin();
    const child = fork(self, [`${kind}-server`, String(port)], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      ...(pin.length
        ? { execPath: pin[0], execArgv: [...pin.slice(1), SERVER_NODE] }
        : { execPath: SERVER_NODE }),
    });
    if (CPU_SHARE) limitCpu(child.pid!, CPU_SHARE);
    await once(child, 'listening');
    if (kind === 'floor')
      nodeStats = () => {
        const p = once<{ stats: NodeFigures }>(child, 'stats').then((m) => m.stats);
        child.send({ type: 'stats' });
        return p;
      };
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
  const node0 = await nodeStats();
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
  const loadWall = (Date.now() - t0) / 1000;
  const ticks1 = machineTicks();
  const machineBusy = (ticks1[0] - ticks0[0]) / Math.max(1, ticks1[1] - ticks0[1]);
  const node1 = await nodeStats();
  const node =
    node0 && node1
      ? {
          batches: node1.batches - node0.batches,
          batchesOverTick: node1.batchesOverTick - node0.batchesOverTick,
          maxBatchMs: node1.maxBatchMs,
          slowCuts: node1.slowCuts - node0.slowCuts,
        }
      : undefined;
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
  let loopMax = 0;
  let sampled = 0;
  for (const { report } of reports) {
    loopP99 = Math.max(loopP99, report.loopP99);
    loopMax = Math.max(loopMax, report.loopMax);
    sampled += report.sampled;
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
    loopMax,
    sampled,
    loadShare: loadCpu / Math.max(0.001, loadWall),
    node,
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
      shareNote() +
      `; servers on Node ${nodeVersion(SERVER_NODE)}` +
      (BEFORE_NODE === SERVER_NODE ? '' : ` (kind before on Node ${nodeVersion(BEFORE_NODE)})`) +
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
          `| load processes CPU ${r.loadCpu.toFixed(1)} s (${(100 * r.loadShare).toFixed(0)}% of their core), their event-loop delay p99 ${r.loopP99.toFixed(0)} ms max ${r.loopMax.toFixed(0)} ms; latency from ${r.sampled} timed deliveries; machine ${(100 * r.machineBusy).toFixed(0)}% busy, load average ${os.loadavg()[0].toFixed(2)}`,
      );
      if (r.node)
        out(
          `      fan-out: ${r.node.batches} batches in the window, ${r.node.batchesOverTick} of them over the 100 ms tick, longest ${r.node.maxBatchMs} ms since start; slow sockets cut ${r.node.slowCuts}; ` +
            `server CPU per socket write ${cpuPer(r.cpu, r.node.batches * r.connected)} µs (the fair measure when batches differ in size)`,
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

// ---------------------------------------------------------------- scenarios beside the fan-out run
/*
 * LIVE_BENCH_SCENARIO selects one (each also has its own bench file, so `npm run bench -- <name>` runs it):
 * - fanout (default): the run above (scenario 4's CPU and latency);
 * - storm (`live-storm`): issue 16 scenario 3, a connection storm while the room chats;
 * - memory (`live-memory`): scenario 4's memory, RSS per socket after a forced GC;
 * - replicas (`live-replicas`): scenario 5, three replicas on the Redis Streams adapter.
 */

interface MemFigures {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  snapshot?: string;
}

/** SIGWINCH to a server started with the GC hook: a full GC there, then its memory figures. */
async function forcedGc(pid: number, file: string): Promise<MemFigures> {
  rmSync(file, { force: true });
  process.kill(pid, 'SIGWINCH');
  const deadline = Date.now() + 300_000;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error('the server did not answer the GC hook');
    await sleep(200);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as MemFigures;
}

/** Self size by object kind in a V8 heap snapshot (constructor name for objects, one bucket per string type). */
function heapByKind(file: string): Map<string, { count: number; size: number }> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + iType]];
    const key = /string|number/.test(type)
      ? `(${type})`
      : `${type}:${snap.strings[snap.nodes[i + iName]].slice(0, 50)}`;
    const e = out.get(key) ?? { count: 0, size: 0 };
    e.count++;
    e.size += snap.nodes[i + iSize];
    out.set(key, e);
  }
  return out;
}

/** The kinds of object that grew most between two snapshots, per socket. */
function heapGrowth(before: string, after: string, sockets: number, top = 18): string[] {
  const a = heapByKind(before);
  const b = heapByKind(after);
  const rows = [...b.entries()].map(([k, v]) => {
    const was = a.get(k) ?? { count: 0, size: 0 };
    return { k, count: v.count - was.count, size: v.size - was.size };
  });
  rows.sort((x, y) => y.size - x.size);
  return rows
    .slice(0, top)
    .map(
      (r) =>
        `        ${(r.size / sockets).toFixed(0).padStart(6)} B/socket  ${(r.count / sockets).toFixed(2).padStart(6)} objects/socket  ${r.k}`,
    );
}

/** A live room on a server, and signed-in people for it (senders first, then signed-in viewers). */
async function liveRoom(url: string, people: number): Promise<{ sessionId: string; tokens: string[] }> {
  const t = { http: () => request(url) } as unknown as TestApp;
  const login = await request(url)
    .post('/api/v1/auth/login')
    .send({ username: 'admin', password: 'Admin-Pass-2026' });
  const session = await liveSession(t, login.body.accessToken as string, {
    allowAnonymousViewing: true,
    capacity: 100,
  });
  const tokens: string[] = [];
  // Ten sign-ins at a time: signing people in is not what is measured.
  let next = 0;
  const worker = async () => {
    while (next < people) {
      const i = next++;
      tokens[i] = (await resident(t, `居民${i}`)).token;
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
  return { sessionId: session.id, tokens };
}

function viewerProcs(
  count: number,
  procs: number,
  base: Omit<ViewerJob, 'count' | 'offset' | 'sources'>,
  tokens: string[] = [],
): ChildProcess[] {
  const per = Math.ceil(count / procs);
  const tokPer = Math.ceil(tokens.length / procs);
  return Array.from({ length: procs }, (_, i) => {
    const n = Math.max(0, Math.min(per, count - i * per));
    const job: ViewerJob = {
      ...base,
      count: n,
      offset: i * per,
      sources: loadSources(),
      tokens: tokens.slice(i * tokPer, (i + 1) * tokPer),
      ...(base.pace ? { pace: { ...base.pace, stride: procs, phase: i } } : {}),
    };
    return forkLoad(['viewers', JSON.stringify(job)], ['--max-old-space-size=2048']);
  });
}

interface Ready {
  connected: number;
  failed: number;
  joinMs: number[];
  lateMax: number;
}

async function ready(procs: ChildProcess[]): Promise<Ready> {
  const rs = await Promise.all(procs.map((c) => once<Ready>(c, 'ready')));
  return {
    connected: rs.reduce((n, r) => n + r.connected, 0),
    failed: rs.reduce((n, r) => n + r.failed, 0),
    joinMs: rs.flatMap((r) => r.joinMs).sort((a, b) => a - b),
    lateMax: Math.max(0, ...rs.map((r) => r.lateMax)),
  };
}

interface Merged {
  connected: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  disconnects: number;
  loopP99: number;
  missing: number;
  socketsMissing: number;
  duplicates: number;
}

async function reportOf(procs: ChildProcess[], acked?: number[]): Promise<Merged> {
  const reports = await Promise.all(
    procs.map((c) => {
      const p = once<{ report: ViewerReport }>(c, 'report');
      c.send({ type: 'report', acked });
      return p;
    }),
  );
  const hist = new Map<number, number>();
  const m: Merged = {
    connected: 0,
    received: 0,
    p50: 0,
    p99: 0,
    max: 0,
    disconnects: 0,
    loopP99: 0,
    missing: 0,
    socketsMissing: 0,
    duplicates: 0,
  };
  let over = 0;
  for (const { report: r } of reports) {
    m.connected += r.connected;
    m.received += r.received;
    m.disconnects += r.disconnects;
    m.loopP99 = Math.max(m.loopP99, r.loopP99);
    m.missing += r.missing ?? 0;
    m.socketsMissing += r.socketsMissing ?? 0;
    m.duplicates += r.duplicates ?? 0;
    over += r.over;
    for (let i = 0; i < r.hist.length; i += 2) {
      hist.set(r.hist[i], (hist.get(r.hist[i]) ?? 0) + r.hist[i + 1]);
      m.max = Math.max(m.max, r.hist[i]);
    }
  }
  m.p50 = percentile(hist, over, 0.5);
  m.p99 = percentile(hist, over, 0.99);
  return m;
}

const q = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : Number.NaN;
const loadLine = () =>
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;

interface Sent {
  ok: number;
  refused: number;
  unacked: number;
  ackP50: number;
  ackP99: number;
  ackedIds: number[];
}

async function stopSenders(procs: ChildProcess[]): Promise<Sent> {
  const all = await Promise.all(
    procs.map((c) => {
      const p = once<Sent>(c, 'sent');
      c.send({ type: 'stop' });
      return p;
    }),
  );
  return {
    ok: all.reduce((n, s) => n + s.ok, 0),
    refused: all.reduce((n, s) => n + s.refused, 0),
    unacked: all.reduce((n, s) => n + s.unacked, 0),
    ackP50: Math.max(...all.map((s) => s.ackP50)),
    ackP99: Math.max(...all.map((s) => s.ackP99)),
    ackedIds: all.flatMap((s) => s.ackedIds),
  };
}

async function exitAll(procs: ChildProcess[]): Promise<void> {
  for (const c of procs) c.send({ type: 'exit' });
  await sleep(500);
}

/**
 * Scenario 3: `inRoom` viewers are in the room while senders chat; their chat latency is measured in
 * a quiet window (the baseline), then while `storm` more viewers (a share of them signed in) open
 * their connections and join at a steady pace over `stormSeconds`.
 */
async function storm(): Promise<void> {
  const total = Number((process.env.LIVE_BENCH_VIEWERS ?? '10000').split(',')[0]);
  const inRoom = Number(process.env.LIVE_BENCH_IN_ROOM ?? 500);
  const spread = Number(process.env.LIVE_BENCH_STORM_SECONDS ?? 30) * 1000;
  const quiet = Number(process.env.LIVE_BENCH_SECONDS ?? 20) * 1000;
  const rate = Number(process.env.LIVE_BENCH_RATE ?? 20);
  const senders = Number(process.env.LIVE_BENCH_SENDERS ?? 20);
  const procs = Number(process.env.LIVE_BENCH_PROCS ?? 4);
  const signedIn = Math.round(total * Number(process.env.LIVE_BENCH_SIGNED_IN ?? 0.1));
  const kinds = (process.env.LIVE_BENCH_KINDS ?? 'live')
    .split(',')
    .filter((k) => k === 'live' || k === 'before');
  if (isolated) netnsUp();
  out(
    `connection storm: ${total} viewers (${signedIn} signed in) join within ${spread / 1000} s while ${inRoom} viewers watch ` +
      `${rate} msg/s from ${senders} senders; baseline: the same room's chat latency in a ${quiet / 1000} s window without the storm; ` +
      `${isolated ? `isolated (server CPU ${SERVER_CPU}, load CPU ${LOAD_CPU}, netns)` : 'not isolated'}${shareNote()}; ${loadLine()}`,
  );
  for (const kind of kinds) {
    const dist = kind === 'before' ? path.resolve(process.env.LIVE_BENCH_BEFORE_DIST ?? '') : DIST;
    const srv = await startLiveServer(dist);
    const pid = srv.proc.pid!;
    try {
      const { sessionId, tokens } = await liveRoom(srv.url, senders + signedIn);
      const senderTokens = tokens.slice(0, senders);
      const viewerTokens = tokens.slice(senders);
      const watchers = viewerProcs(inRoom, 1, { url: srv.url, sessionId, sample: 1 });
      const w = await ready(watchers);
      const sender = forkLoad([
        'senders',
        JSON.stringify({ url: srv.url, sessionId, tokens: senderTokens, rate, senders }),
      ]);
      await once(sender, 'ready');
      const warm = Number(process.env.LIVE_BENCH_WARMUP_SECONDS ?? 5) * 1000;
      const q0 = Date.now() + 500 + warm;
      const q1 = q0 + quiet;
      const s0 = q1 + 4000;
      const s1 = s0 + spread + 5000;
      sender.send({ type: 'start', window: [q0, s1], from: q0 - warm });
      for (const c of watchers) c.send({ type: 'window', window: [q0, q1] });
      // The storm's processes start now and wait for s0 (a process takes a moment to boot).
      const stormProcs = viewerProcs(
        total,
        procs,
        { url: srv.url, sessionId, pace: { start: s0, spreadMs: spread, total, stride: 1, phase: 0 } },
        viewerTokens,
      );
      await sleep(q0 - Date.now());
      const cpuQ0 = cpuSeconds(pid);
      await sleep(q1 - Date.now());
      const cpuQ = cpuSeconds(pid) - cpuQ0;
      await sleep(3000);
      const baseline = await reportOf(watchers);
      for (const c of [...watchers, ...stormProcs]) c.send({ type: 'window', window: [s0, s1] });
      await sleep(s0 - Date.now());
      const rss0 = rssMb(pid);
      const cpu0 = cpuSeconds(pid);
      const ticks0 = machineTicks();
      const joined = await ready(stormProcs);
      const joinWall = Date.now() - s0;
      await sleep(Math.max(0, s1 - Date.now()));
      const cpuStorm = cpuSeconds(pid) - cpu0;
      // Until the last joiner got in or gave up, if that was after the window closed.
      const cpuWallS = (Date.now() - s0) / 1000;
      const ticks1 = machineTicks();
      const sent = await stopSenders([sender]);
      await sleep(3000);
      const rss1 = rssMb(pid);
      const during = await reportOf(watchers);
      const joiners = await reportOf(stormProcs);
      await exitAll([...watchers, ...stormProcs, sender]);
      const busy = (ticks1[0] - ticks0[0]) / Math.max(1, ticks1[1] - ticks0[1]);
      const disc = during.disconnects + joiners.disconnects;
      out(
        `${kind.padEnd(6)} in room ${w.connected}/${inRoom}; chat sent ${sent.ok} (refused ${sent.refused}, unacked ${sent.unacked}; ack p99 ${sent.ackP99} ms)`,
      );
      out(
        `       baseline (no storm): in-room chat p50 ${fmt(baseline.p50)} ms p99 ${fmt(baseline.p99)} ms max ${baseline.max} ms (${baseline.received} deliveries; server CPU ${cpuQ.toFixed(1)} s, ${(cpuQ / (quiet / 1000)).toFixed(2)} cores)`,
      );
      out(
        `       storm: joined ${joined.connected}/${total} (failed ${joined.failed}) in ${(joinWall / 1000).toFixed(1)} s from its start (paced over ${spread / 1000} s; load processes up to ${Math.round(joined.lateMax)} ms behind their schedule); ` +
          `join p50 ${q(joined.joinMs, 0.5)} ms p99 ${q(joined.joinMs, 0.99)} ms max ${joined.joinMs.at(-1) ?? NaN} ms; ` +
          `in-room chat p50 ${fmt(during.p50)} ms p99 ${fmt(during.p99)} ms max ${during.max} ms; joiners' chat p99 ${fmt(joiners.p99)} ms; disconnects ${disc}`,
      );
      out(
        `       server CPU ${cpuStorm.toFixed(1)} s over the storm (${(cpuStorm / cpuWallS).toFixed(2)} of a core over ${cpuWallS.toFixed(0)} s), ${((1e3 * cpuStorm) / Math.max(1, joined.connected)).toFixed(2)} ms per join; ` +
          `RSS ${rss0.toFixed(0)} → ${rss1.toFixed(0)} MB; machine ${(100 * busy).toFixed(0)}% busy; load processes' event-loop delay p99 ${Math.max(during.loopP99, joiners.loopP99).toFixed(0)} ms; ${loadLine()}`,
      );
      const met =
        joined.connected === total && q(joined.joinMs, 0.99) <= 2000 && disc === 0 && during.p99 <= 1000;
      out(
        `  → storm (${kind}): all joined ${joined.connected === total ? 'yes' : 'NO'}, join p99 ${q(joined.joinMs, 0.99)} ms (goal ≤ 2000), disconnects ${disc} (goal 0), ` +
          `in-room chat p99 ${fmt(during.p99)} ms during the storm vs ${fmt(baseline.p99)} ms without (goal ≤ 1000) → ${met ? 'MET' : 'NOT MET'}`,
      );
    } finally {
      await srv.cleanup();
    }
  }
}

/** A bare socket.io server (the plain baseline) with the GC hook, for the memory scenario. */
async function plainServerWithHook(
  file: string,
): Promise<{ pid: number; url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const pin = serverPin();
  const child = fork(__filename, ['plain-server', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, XS_BENCH_GC_FILE: file },
    ...(pin.length
      ? { execPath: pin[0], execArgv: [...pin.slice(1), SERVER_NODE, ...gcHookArgs()] }
      : { execPath: SERVER_NODE, execArgv: gcHookArgs() }),
  });
  await once(child, 'listening');
  return {
    pid: child.pid!,
    url: `http://${serverHost()}:${port}`,
    stop: async () => {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/**
 * Scenario 4's memory: RSS after a forced GC in the server, before the viewers connect and after
 * they joined (idle), and again after chat has flowed to them; the bare socket.io server is the
 * baseline (what a socket costs before any of our code). LIVE_BENCH_HEAP=1 also diffs heap snapshots.
 */
async function memory(): Promise<void> {
  const viewers = Number((process.env.LIVE_BENCH_VIEWERS ?? '10000').split(',')[0]);
  const procs = Number(process.env.LIVE_BENCH_PROCS ?? 4);
  const seconds = Number(process.env.LIVE_BENCH_SECONDS ?? 10);
  const rate = Number(process.env.LIVE_BENCH_RATE ?? 100);
  const senders = Number(process.env.LIVE_BENCH_SENDERS ?? 50);
  const heap = process.env.LIVE_BENCH_HEAP === '1';
  const kinds = (process.env.LIVE_BENCH_KINDS ?? 'plain,live').split(',').filter((k) => k !== 'floor');
  if (isolated) netnsUp();
  out(
    `memory per socket: ${viewers} viewers, RSS after a forced GC in the server (before, joined and idle, after ${seconds} s of ${rate} msg/s); ` +
      `baseline: a bare socket.io server with the same events; ${isolated ? 'isolated' : 'not isolated'}; ${loadLine()}`,
  );
  const per: Record<string, number> = {};
  for (const kind of kinds) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-bench-gc-'));
    const file = path.join(dir, 'gc.json');
    let pid: number;
    let url: string;
    let stop: () => Promise<void>;
    let sessionId = '00000000-0000-4000-8000-000000000000';
    let tokens: string[] = [];
    if (kind === 'plain') {
      ({ pid, url, stop } = await plainServerWithHook(file));
    } else {
      const dist = kind === 'before' ? path.resolve(process.env.LIVE_BENCH_BEFORE_DIST ?? '') : DIST;
      const srv = await startLiveServer(dist, {
        nodeArgs: gcHookArgs(),
        env: { XS_BENCH_GC_FILE: file, ...(heap ? { XS_BENCH_HEAP_SNAPSHOT: '1' } : {}) },
      });
      ({ url } = srv);
      pid = srv.proc.pid!;
      stop = srv.cleanup;
      step('server up');
      ({ sessionId, tokens } = await liveRoom(url, senders));
      step('room and people ready');
    }
    try {
      // One viewer first, so that the room and the code paths exist before the baseline figure.
      const warm = viewerProcs(1, 1, { url, sessionId });
      await ready(warm);
      step('first viewer in');
      await sleep(1000);
      const m0 = await forcedGc(pid, file);
      step('GC before');
      const vs = viewerProcs(viewers, procs, { url, sessionId });
      const r = await ready(vs);
      step('viewers in');
      await sleep(2000);
      const m1 = await forcedGc(pid, file);
      step('GC joined');
      const sender = forkLoad(['senders', JSON.stringify({ url, sessionId, tokens, rate, senders })]);
      await once(sender, 'ready');
      step('senders in');
      const t0 = Date.now() + 500;
      for (const c of [...warm, ...vs]) c.send({ type: 'window', window: [t0, t0 + seconds * 1000] });
      sender.send({ type: 'start', window: [t0, t0 + seconds * 1000] });
      await sleep(seconds * 1000 + 500);
      const sent = await stopSenders([sender]);
      await sleep(2000);
      const m2 = await forcedGc(pid, file);
      step('GC after chat');
      const got = await reportOf([...warm, ...vs]);
      await exitAll([...warm, ...vs, sender]);
      const kb = (a: number, b: number) => ((b - a) / 1024 / Math.max(1, r.connected)).toFixed(1);
      const line = (label: string, m: MemFigures) =>
        `${label} RSS ${kb(m0.rss, m.rss)} KB/socket (heap used ${kb(m0.heapUsed, m.heapUsed)}, heap total ${kb(m0.heapTotal, m.heapTotal)}, external ${kb(m0.external, m.external)}, outside the JS heap ${kb(m0.rss - m0.heapTotal - m0.external, m.rss - m.heapTotal - m.external)})`;
      out(
        `${kind.padEnd(6)} ${r.connected}/${viewers} joined (disconnects ${got.disconnects}); RSS ${(m0.rss / 2 ** 20).toFixed(0)} MB before, ${(m1.rss / 2 ** 20).toFixed(0)} MB joined, ${(m2.rss / 2 ** 20).toFixed(0)} MB after chat (${sent.ok} messages, ${got.received} deliveries); ${loadLine()}`,
      );
      out(`       ${line('joined, idle:', m1)}`);
      out(`       ${line('after chat:  ', m2)}`);
      per[kind] = Math.max(m1.rss - m0.rss, m2.rss - m0.rss) / 1024 / Math.max(1, r.connected);
      if (heap && m0.snapshot && m2.snapshot) {
        try {
          out('       heap growth by kind of object (after chat against before):');
          for (const l of heapGrowth(m0.snapshot, m2.snapshot, r.connected)) out(l);
        } catch (e) {
          out(`       (heap snapshots not read: ${(e as Error).message})`);
        }
        for (const m of [m0, m1, m2]) if (m.snapshot) rmSync(m.snapshot, { force: true });
      }
    } finally {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const kind of kinds.filter((k) => k !== 'plain')) {
    if (per[kind] === undefined) continue;
    out(
      `  → memory (${kind}): ${per[kind].toFixed(1)} KB RSS per socket after a forced GC at ${viewers} viewers` +
        (per.plain !== undefined ? ` (bare socket.io: ${per.plain.toFixed(1)} KB)` : '') +
        ` (goal ≤ 20 KB) → ${per[kind] <= 20 ? 'MET' : 'NOT MET'}` +
        // Writing a snapshot leaves its own native memory in the process (measured: RSS 216 → 592 MB
        // before any viewer), and a bigger heap leaves more: RSS is only meaningful without snapshots.
        (heap ? ' (RSS inflated by the heap snapshots: take RSS from a run without LIVE_BENCH_HEAP)' : ''),
    );
  }
}

/** Redis's own CPU-seconds (user + system, `INFO cpu`). */
async function redisCpu(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const f = (k: string) => Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return f('used_cpu_user') + f('used_cpu_sys');
}

/** A private redis-server for the run (its CPU is then the bench's alone), pinned where the servers are. */
async function privateRedis(): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const pin = isolated ? ['taskset', '-c', process.env.LIVE_BENCH_REDIS_CPU ?? SERVER_CPU] : [];
  const argv = [
    'redis-server',
    '--port',
    String(port),
    '--bind',
    '0.0.0.0',
    '--save',
    '',
    '--appendonly',
    'no',
    '--protected-mode',
    'no',
  ];
  const proc = spawn(pin[0] ?? argv[0], [...pin.slice(1), ...(pin.length ? argv : argv.slice(1))], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (
    spawnSync('redis-cli', ['-p', String(port), 'ping'])
      .stdout?.toString()
      .trim() !== 'PONG'
  ) {
    if (Date.now() > deadline) throw new Error('redis-server did not start');
    await sleep(200);
  }
  return { url, proc };
}

/**
 * Scenario 5: LIVE_BENCH_REPLICAS (3) app processes on one database and one Redis (Redis Streams
 * adapter), viewers spread evenly over them and a sender process on each; every acked message is
 * looked for at every viewer. The baseline in the same run is one replica with the same viewers
 * and senders on the same Redis.
 */
async function replicas(): Promise<void> {
  const viewers = Number((process.env.LIVE_BENCH_VIEWERS ?? '10000').split(',')[0]);
  const n = Number(process.env.LIVE_BENCH_REPLICAS ?? 3);
  const seconds = Number(process.env.LIVE_BENCH_SECONDS ?? 60);
  const rate = Number(process.env.LIVE_BENCH_RATE ?? 100);
  const senders = Number(process.env.LIVE_BENCH_SENDERS ?? 48);
  const procs = Math.max(n, Number(process.env.LIVE_BENCH_PROCS ?? 4));
  const cpus = (process.env.LIVE_BENCH_REPLICA_CPUS ?? '').split(',').filter(Boolean);
  const counts = (process.env.LIVE_BENCH_REPLICA_RUNS ?? `${n},1`).split(',').map(Number);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error('the replicas scenario needs DATABASE_URL (the replicas share one database)');
  if (isolated) netnsUp();
  const own = process.env.LIVE_BENCH_REDIS_URL ? undefined : await privateRedis();
  const redisUrl = process.env.LIVE_BENCH_REDIS_URL ?? own!.url;
  const redis = new Redis(redisUrl);
  out(
    `replicas: ${viewers} viewers spread over ${counts.join(' then ')} replica(s), ${rate} msg/s from ${senders} senders spread likewise, ${seconds} s; ` +
      `Redis ${own ? 'private (its CPU is this run’s alone)' : redisUrl}; ${isolated ? `isolated: replicas on CPU ${cpus.length ? cpus.join('/') : SERVER_CPU}, load on CPU ${LOAD_CPU} in a netns` : 'not isolated'}; ${loadLine()}`,
  );
  try {
    for (const count of counts) {
      const dbName = uniqueName('xs_bench');
      await adminQuery(adminUrl, `CREATE DATABASE "${dbName}"`);
      const databaseUrl = withDatabase(adminUrl, dbName);
      const prefix = `xsbench${process.pid}r${count}`;
      const servers: LiveServer[] = [];
      try {
        // One after the other: the first runs the migrations.
        for (let i = 0; i < count; i++)
          servers.push(
            await startLiveServer(DIST, {
              databaseUrl,
              cpu: cpus[i % Math.max(1, cpus.length)],
              env: {
                REDIS_URL: redisUrl.replace('127.0.0.1', isolated ? HOST_IP : '127.0.0.1'),
                LIVE_REDIS_PREFIX: prefix,
                REPLICA_ID: `bench-${i}`,
              },
            }),
          );
        const { sessionId, tokens } = await liveRoom(servers[0].url, senders);
        const warm = Number(process.env.LIVE_BENCH_WARMUP_SECONDS ?? 5) * 1000;
        // Ids of everything sent (warm-up included) stay below this: the viewers keep one bit per id.
        const trackIds = Math.ceil(rate * (seconds + warm / 1000 + 30)) + 100;
        const vprocs: ChildProcess[] = [];
        for (let p = 0; p < procs; p++) {
          const url = servers[p % count].url;
          const share = Math.floor(viewers / procs) + (p < viewers % procs ? 1 : 0);
          vprocs.push(...viewerProcs(share, 1, { url, sessionId, trackIds }));
        }
        const joined = await ready(vprocs);
        const sprocs = servers.map((s, i) =>
          forkLoad([
            'senders',
            JSON.stringify({
              url: s.url,
              sessionId,
              tokens: tokens.filter((_, k) => k % count === i),
              rate: rate / count,
              senders: Math.ceil(senders / count),
              index: i,
              procs: count,
            } satisfies SenderJob),
          ]),
        );
        await Promise.all(sprocs.map((c) => once(c, 'ready')));
        const t0 = Date.now() + 500 + warm;
        const t1 = t0 + seconds * 1000;
        for (const c of vprocs) c.send({ type: 'window', window: [t0, t1] });
        for (const c of sprocs) c.send({ type: 'start', window: [t0, t1], from: t0 - warm });
        await sleep(t0 - Date.now());
        const pids = servers.map((s) => s.proc.pid!);
        const cpu0 = pids.map(cpuSeconds);
        const r0 = await redisCpu(redis);
        const ticks0 = machineTicks();
        await sleep(t1 - Date.now());
        const r1 = await redisCpu(redis);
        const cpu1 = pids.map(cpuSeconds);
        const ticks1 = machineTicks();
        const sent = await stopSenders(sprocs);
        await sleep(5000);
        const stream = `${prefix}:sio`;
        const xlen = await redis.xlen(stream);
        const xinfo = ((await redis.call('XINFO', 'STREAM', stream).catch(() => [])) ?? []) as (
          string | number
        )[];
        // What the replicas asked of Redis in the run (stream writes and reads, pub/sub, presence).
        const cmds = [...(await redis.info('commandstats')).matchAll(/cmdstat_(\w+):calls=(\d+)/g)]
          .map((m) => `${m[1]} ${m[2]}`)
          .join(', ');
        const field = (k: string) => String(xinfo[xinfo.indexOf(k) + 1] ?? '?');
        const mem = /used_memory:(\d+)/.exec(await redis.info('memory'))?.[1];
        const got = await reportOf(vprocs, sent.ackedIds);
        await exitAll([...vprocs, ...sprocs]);
        const expected = sent.ok * joined.connected;
        const cpus_ = cpu1.map((c, i) => c - cpu0[i]);
        const busy = (ticks1[0] - ticks0[0]) / Math.max(1, ticks1[1] - ticks0[1]);
        out(
          `${String(count).padStart(2)} replica(s): viewers ${joined.connected}/${viewers}; sent ${sent.ok} acked (refused ${sent.refused}, unacked ${sent.unacked}; ack p50 ${sent.ackP50} ms p99 ${sent.ackP99} ms); ` +
            `delivered ${got.received}/${expected}; acked messages missing at a viewer ${got.missing} (viewers short ${got.socketsMissing}), duplicates ${got.duplicates}; ` +
            `latency p50 ${fmt(got.p50)} ms p99 ${fmt(got.p99)} ms max ${got.max} ms; disconnects ${got.disconnects}`,
        );
        out(
          `       server CPU per replica ${cpus_.map((c) => c.toFixed(1)).join(' / ')} s (${((1e6 * cpus_.reduce((a, b) => a + b, 0)) / Math.max(1, got.received)).toFixed(2)} µs per delivery in all); ` +
            `Redis CPU ${(r1 - r0).toFixed(2)} s over ${seconds} s (${((100 * (r1 - r0)) / seconds).toFixed(1)}% of a core), stream ${stream} XLEN ${xlen} ` +
            `(entries added ${field('entries-added')}), Redis memory ${mem ? (Number(mem) / 2 ** 20).toFixed(1) : '?'} MB; Redis commands since its start: ${cmds}; ` +
            `machine ${(100 * busy).toFixed(0)}% busy; load processes' event-loop delay p99 ${got.loopP99.toFixed(0)} ms; ${loadLine()}`,
        );
        if (count > 1)
          out(
            `  → replicas (${count}): loss of acked messages ${got.missing} (goal 0), p99 ${fmt(got.p99)} ms, Redis ${((100 * (r1 - r0)) / seconds).toFixed(1)}% of a core → ${got.missing === 0 && got.disconnects === 0 ? 'MET (no loss)' : 'NOT MET'}`,
          );
      } finally {
        for (const s of servers) await s.cleanup();
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
        await redis.del(`${prefix}:sio`);
      }
    }
  } finally {
    redis.disconnect();
    own?.proc.kill('SIGTERM');
  }
}

const scenarios: Record<string, () => Promise<void>> = { fanout: main, storm, memory, replicas };

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
  (scenarios[process.env.LIVE_BENCH_SCENARIO ?? 'fanout'] ?? main)().catch((e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  });
