import { fork } from 'node:child_process';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, Socket } from 'socket.io-client';
import { APP_CONFIG, type AppConfig } from '@xs/platform';
import { ConsensusEngine } from '@xs/live';
import { signAccessToken } from '../../libs/identity/src/auth/tokens';
import { ConsensusRepository } from '../../libs/live/src/consensus/consensus.repository';
import { startBenchApp, type BenchApp } from './bench-app';

/**
 * Consensus finder (issue 18): vote intake over the live socket (`statement:vote`, acked) at
 * INTAKE_RATE votes/s (goal 2,000/s with p99 ack ≤ 200 ms) while the background recomputation of a
 * 10,000 × 300 room with 40 % of the cells voted runs. Baseline in the same run: the same load on a
 * room whose recomputation is trivial (no prior votes), so the difference is what the big recompute
 * costs intake. Voters keep to the product's rate limit (1 vote/s per person after a burst of 5): the
 * load is spread over INTAKE_VOTERS people, each with their own socket, in a separate load process.
 *
 * Knobs (env): INTAKE_RATE=2000 INTAKE_VOTERS=2500 INTAKE_SECONDS=15 INTAKE_PARTICIPANTS=10000
 * INTAKE_STATEMENTS=300; DATABASE_URL (an external PostgreSQL; otherwise an embedded one).
 */
const RATE = Number(process.env.INTAKE_RATE ?? 2000);
const VOTERS = Number(process.env.INTAKE_VOTERS ?? 2500);
const SECONDS = Number(process.env.INTAKE_SECONDS ?? 15);
const PARTICIPANTS = Number(process.env.INTAKE_PARTICIPANTS ?? 10_000);
const STATEMENTS = Number(process.env.INTAKE_STATEMENTS ?? 300);
const VOTES = ['agree', 'disagree', 'pass'] as const;

interface LoadJob {
  url: string;
  tokens: string[];
}
/** What the load process saw: per vote its send time (epoch ms), ack latency (-1: never acked) and outcome. */
interface PhaseResult {
  seconds: number;
  sentAt: number[];
  latency: number[];
  ok: boolean[];
  refused: Record<string, number>;
  /** consensus:update messages the voters' sockets received, and the load process's longest stall. */
  updates: number;
  loadLagMaxMs: number;
}

const out = (line: string) => process.stdout.write(`${line}\n`);
/** Progress on stderr (setup takes a while on a busy machine). */
const step = (what: string) =>
  process.stderr.write(`[intake] ${new Date().toISOString().slice(11, 19)} ${what}\n`);

// ---------------------------------------------------------------- child: the voters
async function runVoters(job: LoadJob): Promise<void> {
  // Connected a hundred at a time (each connection is authenticated against the database).
  const socks: Socket[] = [];
  for (let i = 0; i < job.tokens.length; i += 100) {
    const batch = job.tokens.slice(i, i + 100).map(
      (token) =>
        new Promise<Socket>((resolve, reject) => {
          const s = io(`${job.url}/live`, {
            transports: ['websocket'],
            auth: { token },
            reconnection: false,
            forceNew: true,
          });
          s.on('connect', () => resolve(s));
          s.on('connect_error', (e) => reject(e));
        }),
    );
    socks.push(...(await Promise.all(batch)));
  }
  process.send!({ type: 'ready' });
  process.on(
    'message',
    (
      msg:
        | { type: 'phase'; sessionId: string; statementIds: string[]; rate: number; seconds: number }
        | { type: 'exit' },
    ) => {
      if (msg.type === 'exit') {
        for (const s of socks) s.disconnect();
        setTimeout(() => process.exit(0), 200);
        return;
      }
      step(`phase message for ${msg.sessionId.slice(0, 8)}`);
      void phase(socks, msg).then((r) => process.send!({ type: 'result', result: r }));
    },
  );
}

async function phase(
  socks: Socket[],
  job: { sessionId: string; statementIds: string[]; rate: number; seconds: number },
): Promise<PhaseResult> {
  await Promise.all(
    socks.map(
      (s) =>
        new Promise<void>((resolve) => s.emit('room:join', { sessionId: job.sessionId }, () => resolve())),
    ),
  );
  step(`voters joined ${job.sessionId.slice(0, 8)}`);
  // The load process's own stalls (decoding every socket's consensus:update) delay the acks it times.
  let updates = 0;
  const count = () => updates++;
  for (const s of socks) s.on('consensus:update', count);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const sentAt: number[] = [];
  const latency: number[] = [];
  const ok: boolean[] = [];
  const refused: Record<string, number> = {};
  let n = 0;
  let pending = 0;
  const start = Date.now() + 500;
  const end = start + job.seconds * 1000;
  await new Promise<void>((resolve) => {
    // A steady rate: every 5 ms, send what the clock says is due, round-robin over the voters.
    const timer = setInterval(() => {
      const now = Date.now();
      if (now < start) return;
      const due = Math.floor(((Math.min(now, end) - start) / 1000) * job.rate);
      while (n < due) {
        const i = n % socks.length;
        const round = Math.floor(n / socks.length);
        const statementId = job.statementIds[(i * 7 + round) % job.statementIds.length];
        const k = n;
        const t0 = performance.now();
        sentAt[k] = performance.timeOrigin + t0;
        latency[k] = -1;
        ok[k] = false;
        pending++;
        socks[i].emit(
          'statement:vote',
          { statementId, vote: VOTES[(i + round) % 3] },
          (ack: { ok: boolean; error?: { code: string } }) => {
            pending--;
            latency[k] = performance.now() - t0;
            ok[k] = ack.ok;
            if (!ack.ok) refused[ack.error?.code ?? '?'] = (refused[ack.error?.code ?? '?'] ?? 0) + 1;
          },
        );
        n++;
      }
      if (now >= end) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  step(`sent ${n}, waiting for ${pending} acks`);
  const deadline = Date.now() + 30_000;
  while (pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  lag.disable();
  for (const s of socks) s.off('consensus:update', count);
  return { seconds: job.seconds, sentAt, latency, ok, refused, updates, loadLagMaxMs: lag.max / 1e6 };
}

/** The p-quantile of ascending-sorted values (NaN when there are none). */
function quantile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * The phase's real rates: offered = votes sent over the time it took to send them; acked = votes acked
 * ok over the time from the first send to the last ok ack (acks that drain after the sending stopped
 * count at the time they came, so a backlog lowers the rate instead of flattering it). Ack latency
 * overall, and for the votes sent while a recomputation of the room was running.
 */
function summarise(r: PhaseResult, recomputing: [number, number][]) {
  const n = r.sentAt.length;
  const first = n ? r.sentAt[0] : 0;
  const lastSent = n ? r.sentAt[n - 1] : 0;
  let lastOk = first;
  let okCount = 0;
  let unacked = 0;
  const all: number[] = [];
  const during: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = r.latency[i];
    if (l < 0) {
      unacked++;
      continue;
    }
    all.push(l);
    if (r.ok[i]) {
      okCount++;
      lastOk = Math.max(lastOk, r.sentAt[i] + l);
    }
    if (recomputing.some(([a, b]) => r.sentAt[i] >= a && r.sentAt[i] <= b)) during.push(l);
  }
  all.sort((a, b) => a - b);
  during.sort((a, b) => a - b);
  const sendSeconds = Math.max(0.001, (lastSent - first) / 1000);
  const ackSeconds = Math.max(0.001, (lastOk - first) / 1000);
  return {
    sent: n,
    okCount,
    unacked,
    offered: n / sendSeconds,
    acked: okCount / ackSeconds,
    ackSeconds,
    p50: quantile(all, 0.5),
    p99: quantile(all, 0.99),
    max: all[all.length - 1] ?? Number.NaN,
    during: during.length,
    duringP99: quantile(during, 0.99),
    recomputingSeconds: recomputing.reduce((s, [a, b]) => s + (b - a), 0) / 1000,
  };
}

// ---------------------------------------------------------------- parent: the server and the rooms
async function api(b: BenchApp, path: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(`${b.base}/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${b.token}` },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** A started session in a fresh workstation, with STATEMENTS statements. */
async function room(
  b: BenchApp,
  title: string,
  hour: number,
): Promise<{ id: string; statementIds: string[] }> {
  const ws = await api(b, '/workstations', {
    name: `${title}工作室`,
    kind: 'member_studio',
    regionCode: '530102',
    address: '测试路 1 号',
    location: { lat: 25.04, lng: 102.7, crs: 'GCJ02' },
  });
  const startsAt = new Date(Date.now() + (48 + hour) * 3_600_000);
  const s = await api(b, '/sessions', {
    title,
    format: 'online',
    capacity: 50,
    workstationId: ws.id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
  });
  await api(b, `/sessions/${String(s.id)}/publish`, {});
  await api(b, `/sessions/${String(s.id)}/start`, {});
  const rows: { id: string }[] = await b.db.query(
    `INSERT INTO consensus_statements (session_id, text, status, origin)
     SELECT $1, '观点 ' || g, 'published', 'moderator' FROM generate_series(1, $2) g RETURNING id`,
    [s.id, STATEMENTS],
  );
  return { id: String(s.id), statementIds: rows.map((r) => r.id) };
}

/** PARTICIPANTS people in three planted camps voted 40 % of the cells (10 % pass, 10 % against their camp). */
async function seedVotes(b: BenchApp, sessionId: string): Promise<number> {
  const [{ n }]: { n: number }[] = await b.db.query(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM consensus_statements WHERE session_id = $1),
          p AS (SELECT gen_random_uuid() AS id, g FROM generate_series(1, $2) g),
          v AS (INSERT INTO consensus_votes (statement_id, voter_key, user_id, session_id, vote)
                SELECT s.id, p.id::text, p.id, $1,
                       CASE WHEN r < 0.04 THEN 3 WHEN r < 0.08 THEN 1 + ((p.g + s.k) % 2)::int
                            ELSE 2 - ((p.g % 3 + s.k) % 2)::int END
                  FROM p CROSS JOIN s CROSS JOIN LATERAL (SELECT random() AS r) x
                 WHERE x.r < 0.4
                RETURNING 1)
     SELECT count(*)::int AS n FROM v`,
    [sessionId, PARTICIPANTS],
  );
  return n;
}

/** VOTERS residents with a login each (rows and tokens made directly: the intake, not sign-in, is measured). */
async function voters(b: BenchApp): Promise<string[]> {
  const config = b.app.get<AppConfig>(APP_CONFIG);
  const rows: { user_id: string; session_id: string }[] = await b.db.query(
    `WITH u AS (INSERT INTO users (display_name, nickname, roles)
                SELECT '投票人' || g, '投票人' || g, '{resident}' FROM generate_series(1, $1) g RETURNING id)
     INSERT INTO auth_sessions (user_id) SELECT id FROM u RETURNING user_id, id AS session_id`,
    [VOTERS],
  );
  const now = Math.floor(Date.now() / 1000);
  return rows.map((r) =>
    signAccessToken(config.tokenSecret, {
      sub: r.user_id,
      sid: r.session_id,
      kind: 'resident',
      iat: now,
      exp: now + 3600,
    }),
  );
}

async function main(): Promise<void> {
  if (process.argv[2] === 'voters') {
    // The job (thousands of tokens) comes over IPC: it is too big for a command line.
    const job = await new Promise<LoadJob>((resolve) =>
      process.once('message', (m) => resolve(m as LoadJob)),
    );
    return runVoters(job);
  }
  const b = await startBenchApp('intake');
  const engine = b.app.get(ConsensusEngine);
  try {
    step('app up; creating rooms');
    const small = await room(b, '基线会议', 1);
    const big = await room(b, '万人会议', 5);
    step('seeding votes');
    const seeded = await seedVotes(b, big.id);
    // A room's votes arrive over hours and autovacuum keeps up; one bulk insert is vacuumed here, or the
    // first reads set a million rows' hint bits and the phases measure that instead of the intake.
    await b.db.query(`VACUUM ANALYZE consensus_votes`);
    step(`seeded ${seeded}; making voters`);
    const tokens = await voters(b);
    step('loading the big room once');
    // Its votes read once on their own (the first read after a bulk insert also sets the rows' hint bits).
    const l0 = performance.now();
    await b.app.get(ConsensusRepository).matrixRows(big.id);
    const loadMs = performance.now() - l0;
    step('first recomputation');
    // The big room's first analysis, timed on its own (the worker thread, as in production).
    const t0 = performance.now();
    const first = await engine.recompute(big.id);
    const recomputeMs = performance.now() - t0;
    step(`first recomputation took ${recomputeMs.toFixed(0)} ms`);

    const child = fork(__filename, ['voters'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.send({ url: b.base, tokens } satisfies LoadJob);
    const next = <T>(type: string) =>
      new Promise<T>((resolve) => {
        const on = (m: { type: string; result?: T }) => {
          if (m.type !== type) return;
          child.off('message', on);
          resolve(m.result as T);
        };
        child.on('message', on);
      });
    step('connecting voters');
    await next('ready');
    step('voters connected');
    let watched = '';
    let recomputes = 0;
    let busiest = 0;
    // When each recomputation of the watched room ran, loading its votes included (epoch ms).
    let recomputing: [number, number][] = [];
    const recompute = engine.recompute.bind(engine);
    engine.recompute = async (sessionId: string) => {
      // Open until it ends: one still running when the phase ends counts up to then.
      const span: [number, number] = [Date.now(), Number.POSITIVE_INFINITY];
      if (sessionId === watched) recomputing.push(span);
      try {
        return await recompute(sessionId);
      } finally {
        span[1] = Date.now();
      }
    };
    engine.onAnalysis((a) => {
      if (a.sessionId !== watched) return;
      recomputes++;
      busiest = Math.max(busiest, a.tookMs);
    });
    const runPhase = async (r: { id: string; statementIds: string[] }) => {
      watched = r.id;
      recomputes = 0;
      busiest = 0;
      recomputing = [];
      const serverLag = monitorEventLoopDelay({ resolution: 10 });
      serverLag.enable();
      const c0 = process.cpuUsage();
      child.send({
        type: 'phase',
        sessionId: r.id,
        statementIds: r.statementIds,
        rate: RATE,
        seconds: SECONDS,
      });
      const result = await next<PhaseResult>('result');
      const cpu = process.cpuUsage(c0);
      serverLag.disable();
      const now = Date.now();
      const spans = recomputing.map(([a, b]): [number, number] => [a, Math.min(b, now)]);
      return {
        result,
        figures: summarise(result, spans),
        recomputes,
        busiest,
        serverCpuS: (cpu.user + cpu.system) / 1e6,
        serverLagMaxMs: serverLag.max / 1e6,
      };
    };
    step('baseline phase');
    const baseline = await runPhase(small);
    step('loaded phase');
    const loaded = await runPhase(big);
    child.send({ type: 'exit' });

    const line = (label: string, p: Awaited<ReturnType<typeof runPhase>>) => {
      const f = p.figures;
      const refused = Object.entries(p.result.refused)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      return (
        `${label}: offered ${f.offered.toFixed(0)} votes/s (${f.sent} sent, asked for ${RATE}/s), ` +
        `acked ok ${f.acked.toFixed(0)} votes/s (${f.okCount} over ${f.ackSeconds.toFixed(1)} s from the first send ` +
        `to the last ack)${refused ? `, refused: ${refused}` : ''}${f.unacked ? `, ${f.unacked} never acked` : ''}; ` +
        `ack p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(0)} ms; ` +
        `${p.recomputes} recomputations of this room (${f.recomputingSeconds.toFixed(1)} s, longest analysis ` +
        `${p.busiest.toFixed(0)} ms), ${f.during} votes sent during one: p99 ack ${f.duringP99.toFixed(1)} ms; ` +
        `server process CPU ${p.serverCpuS.toFixed(1)} s, its longest stall ${p.serverLagMaxMs.toFixed(0)} ms; the voters received ${p.result.updates} consensus:update ` +
        `messages, the load process stalled up to ${p.result.loadLagMaxMs.toFixed(0)} ms`
      );
    };
    /** The goal, judged on the votes sent while the big room recomputed. */
    const verdict = (p: Awaited<ReturnType<typeof runPhase>>) => {
      const f = p.figures;
      if (!f.during) return 'verdict: not judged (no vote was sent while a recomputation ran)';
      const misses: string[] = [];
      if (f.offered < RATE * 0.98) misses.push(`the load offered only ${f.offered.toFixed(0)}/s`);
      if (f.acked < RATE * 0.98) misses.push(`acked ${f.acked.toFixed(0)}/s < ${RATE}/s`);
      if (f.unacked || f.okCount < f.sent) misses.push(`${f.sent - f.okCount} votes not acked ok`);
      if (!(f.duringP99 <= 200)) misses.push(`p99 ack ${f.duringP99.toFixed(0)} ms > 200 ms`);
      return misses.length
        ? `verdict: MISSES the goal (${misses.join('; ')})`
        : `verdict: MEETS the goal (${f.acked.toFixed(0)} votes/s acked, p99 ack ${f.duringP99.toFixed(0)} ms while recomputing)`;
    };
    out(
      `machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)} (shared with other work: ` +
        `figures are pessimistic); server and ${VOTERS} voter sockets (one load process) on this machine`,
    );
    out(
      `big room: ${PARTICIPANTS} × ${STATEMENTS}, ${seeded} votes seeded (${((seeded / (PARTICIPANTS * STATEMENTS)) * 100).toFixed(0)} %), ` +
        `votes loaded once alone in ${loadMs.toFixed(0)} ms; a recomputation ${recomputeMs.toFixed(0)} ms wall ` +
        `(loading and packing the votes, then the analysis ${first.tookMs.toFixed(0)} ms in the worker, k = ${first.result.k})`,
    );
    out(line('baseline (room with a trivial recomputation)', baseline));
    out(line(`while the ${PARTICIPANTS} × ${STATEMENTS} room recomputes`, loaded));
    out(`goal: ${RATE} votes/s with p99 ack ≤ 200 ms while a recomputation runs`);
    out(verdict(loaded));
  } finally {
    await b.close();
  }
}

void main().then(
  // The load process stays until the parent says `exit`.
  () => (process.argv[2] === 'voters' ? undefined : process.exit(0)),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
