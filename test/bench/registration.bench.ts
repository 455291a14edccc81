import 'reflect-metadata';
import { BENCH_ADMIN_PASSWORD, BenchApp, pct, startBenchApp } from './bench-app';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';

/**
 * Registration figures: 2,000 residents (each logged in by SMS code) registering themselves at once for
 * 500 seats against the real app (POST /sessions/:id/registrations, seat counter locked per session):
 * throughput, p50/p99 latency and
 * the exact confirmed/waitlisted counts. Baselines in the same run: (a) the same 2,000 concurrent
 * requests against a naive read-then-insert handler on a scratch table (same process, same pool, no
 * lock), which shows what the lock costs and what it prevents (overbooking); (b) the real endpoint
 * with requests one after another (no contention).
 */
const REQUESTS = 2_000;
const SEATS = 500;
const SEQUENTIAL = 300;
const PASSWORD = BENCH_ADMIN_PASSWORD;

interface Res {
  status: number;
  body: { status?: string; code?: string } | null;
  ms: number;
}

function post(agent: http.Agent, url: string, token: string | null, body: object): Promise<Res> {
  const payload = Buffer.from(JSON.stringify(body));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': payload.length,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: Res['body'] = null;
          try {
            parsed = JSON.parse(text) as Res['body'];
          } catch {
            parsed = null;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - started });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

let phoneN = 0;
const phone = () => `135${String(++phoneN).padStart(8, '0')}`;

function summary(label: string, results: Res[], wallMs: number): string {
  const lat = results.map((r) => r.ms);
  const by = (s: string) => results.filter((r) => r.body?.status === s).length;
  const fivexx = results.filter((r) => r.status >= 500 || r.status === 0).length;
  return (
    `  ${label.padEnd(44)} ${String(results.length).padStart(5)} req ` +
    `${(results.length / (wallMs / 1000)).toFixed(0).padStart(6)} req/s  ` +
    `p50 ${pct(lat, 50).toFixed(0).padStart(5)} ms  p99 ${pct(lat, 99).toFixed(0).padStart(5)} ms  ` +
    `confirmed ${String(by('confirmed')).padStart(4)}  waitlisted ${String(by('waitlisted')).padStart(4)}  5xx ${fivexx}\n`
  );
}

/** The naive way: read the count, then insert; nothing stops two requests reading the same count. */
function naiveServer(db: DataSource): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const b = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { name: string; phone: string };
          const [{ n }]: { n: number }[] = await db.query(
            `SELECT count(*)::int AS n FROM bench_naive_registrations WHERE status = 'confirmed'`,
          );
          const status = n < SEATS ? 'confirmed' : 'waitlisted';
          await db.query(`INSERT INTO bench_naive_registrations (name, phone, status) VALUES ($1, $2, $3)`, [
            b.name,
            b.phone,
            status,
          ]);
          res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status }));
        } catch (e) {
          res.writeHead(500).end(JSON.stringify({ error: (e as Error).message }));
        }
      })();
    });
  });
}

async function main(): Promise<void> {
  let bench: BenchApp | undefined;
  let naive: http.Server | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: REQUESTS, maxFreeSockets: REQUESTS });
  try {
    bench = await startBenchApp('reg');
    const { base } = bench;
    const api = async (p: string, token: string | null, body: object) => {
      const r = await fetch(`${base}/api/v1${p}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      const json = (await r.json()) as Record<string, unknown>;
      if (r.status >= 300) throw new Error(`${p}: ${r.status} ${JSON.stringify(json)}`);
      return json;
    };
    const token = (await api('/auth/login', null, { username: 'admin', password: PASSWORD }))
      .accessToken as string;
    const newSession = async (n: number) => {
      const ws = await api('/workstations', token, {
        name: `压测议事厅${n}`,
        kind: 'forum_square',
        regionCode: '530102',
        address: '昆明市五华区压测路 1 号',
        location: { lat: 25.04, lng: 102.71, crs: 'GCJ02' },
        capacity: 3000,
      });
      const start = new Date(Date.now() + (3 + n) * 86_400_000);
      const s = await api('/sessions', token, {
        title: `压测协商会 ${n}`,
        workstationId: ws.id,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        format: 'onsite',
        capacity: SEATS,
      });
      await api(`/sessions/${String(s.id)}/publish`, token, {});
      return String(s.id);
    };
    const { db } = bench;
    const body = () => ({ name: '压测居民', consent: true });
    /** Residents log in by SMS code, each from its own address so the per-IP SMS limits do not bite. */
    const residents = async (n: number): Promise<string[]> => {
      const tokens: string[] = [];
      for (let i = 0; i < n; i += 25) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(25, n - i) }, async () => {
            const p = phone();
            const ip = `10.${(phoneN >> 16) & 255}.${(phoneN >> 8) & 255}.${phoneN & 255}`;
            const h = { 'Content-Type': 'application/json', 'X-Forwarded-For': ip };
            await fetch(`${base}/api/v1/auth/sms`, {
              method: 'POST',
              headers: h,
              body: JSON.stringify({ phone: p }),
            });
            const r = await fetch(`${base}/api/v1/auth/resident`, {
              method: 'POST',
              headers: h,
              body: JSON.stringify({ phone: p, code: '246810' }),
            });
            if (r.status !== 200) throw new Error(`resident login: ${r.status} ${await r.text()}`);
            return ((await r.json()) as { accessToken: string }).accessToken;
          }),
        );
        tokens.push(...batch);
      }
      return tokens;
    };
    const t1 = performance.now();
    const [warmTokens, rushTokens, seqTokens] = [
      await residents(100),
      await residents(REQUESTS),
      await residents(SEQUENTIAL),
    ];
    process.stdout.write(
      `${100 + REQUESTS + SEQUENTIAL} residents logged in by SMS code in ${((performance.now() - t1) / 1000).toFixed(1)} s\n`,
    );
    process.stdout.write(
      `${REQUESTS} residents register themselves at once for ${SEATS} seats (keep-alive, one socket each)\n`,
    );

    // Warm-up: JIT, pool connections, prepared plans (its own session).
    const warm = await newSession(0);
    await Promise.all(
      warmTokens.map((tk) => post(agent, `${base}/api/v1/sessions/${warm}/registrations`, tk, body())),
    );

    const real = await newSession(1);
    let t0 = performance.now();
    const results = await Promise.all(
      rushTokens.map((tk) => post(agent, `${base}/api/v1/sessions/${real}/registrations`, tk, body())),
    );
    const realMs = performance.now() - t0;
    const [counts]: { confirmed: number; waitlisted: number }[] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
         FROM registrations WHERE session_id = $1`,
      [real],
    );

    await db.query(
      `CREATE TABLE bench_naive_registrations (id bigserial PRIMARY KEY, name varchar(100), phone varchar(20), status varchar(16))`,
    );
    naive = naiveServer(db);
    await new Promise<void>((r) => naive!.listen(0, '127.0.0.1', r));
    const naiveUrl = `http://127.0.0.1:${(naive.address() as { port: number }).port}/`;
    t0 = performance.now();
    const naiveResults = await Promise.all(
      Array.from({ length: REQUESTS }, () => post(agent, naiveUrl, null, { ...body(), phone: phone() })),
    );
    const naiveMs = performance.now() - t0;
    const [naiveCounts]: { confirmed: number }[] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed FROM bench_naive_registrations`,
    );

    const seq = await newSession(2);
    const seqResults: Res[] = [];
    t0 = performance.now();
    for (const tk of seqTokens) {
      seqResults.push(await post(agent, `${base}/api/v1/sessions/${seq}/registrations`, tk, body()));
    }
    const seqMs = performance.now() - t0;

    process.stdout.write(summary('real endpoint, 2,000 at once', results, realMs));
    process.stdout.write(
      `    in the database: confirmed ${counts.confirmed} (seats ${SEATS}), waitlisted ${counts.waitlisted} — ` +
        `${counts.confirmed === SEATS && counts.waitlisted === REQUESTS - SEATS ? 'exact' : 'WRONG'}\n`,
    );
    process.stdout.write(summary('baseline: naive read-then-insert, 2,000 at once', naiveResults, naiveMs));
    process.stdout.write(
      `    in the database: confirmed ${naiveCounts.confirmed} for ${SEATS} seats — overbooked by ${naiveCounts.confirmed - SEATS}\n`,
    );
    process.stdout.write(
      summary(`baseline: real endpoint, ${SEQUENTIAL} one after another`, seqResults, seqMs),
    );
    if (counts.confirmed !== SEATS || results.some((r) => r.status !== 201)) {
      throw new Error('registration bench: counts or statuses not exact');
    }
  } finally {
    agent.destroy();
    await new Promise((r) => (naive ? naive.close(r) : r(undefined)));
    await bench?.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
