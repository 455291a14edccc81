import 'reflect-metadata';
import { BenchApp, pct, startBenchApp, timedGet } from './bench-app';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobWorker } from '@xs/scheduling';

/**
 * Scheduling figures: session listing (region, 简/繁 text, near) at 50,000 sessions, with the
 * baseline of the same queries after dropping the trigram and region indexes; and the job table
 * draining 4,000 notice jobs with one worker (baseline) and with four racing workers.
 */
const SESSIONS = 50_000;
const JOBS = 4_000;
const RUNS = 200;

const QUERIES: [string, string][] = [
  ['region subtree 530100, upcoming', '/api/v1/sessions?region=530100&from=2026-01-01T00:00:00Z'],
  ['text 停车 (simplified)', `/api/v1/sessions?region=530000&q=${encodeURIComponent('停车')}`],
  ['text 農貿市場 (traditional)', `/api/v1/sessions?region=530000&q=${encodeURIComponent('農貿市場')}`],
  ['near + 5 km', '/api/v1/sessions?region=530000&near=25.04,102.71&radiusKm=5'],
  ['public listing', '/api/v1/public/sessions?region=530102'],
];

async function listing(base: string, token: string): Promise<Map<string, number[]>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const out = new Map<string, number[]>();
  for (const [label, p] of QUERIES) {
    for (let i = 0; i < 10; i++) await timedGet(base, token, p, agent);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timedGet(base, token, p, agent));
    out.set(label, times);
  }
  agent.destroy();
  return out;
}

async function fill(db: DataSource): Promise<void> {
  // Bulk, in SQL: 50,000 sessions over 5,000 places and five years, never overlapping at a place.
  await db.query(
    `INSERT INTO sessions (title, search_norm, workstation_id, region_code, place_name, place_address, lat, lng,
                           starts_at, ends_at, blocked_until, status, format, capacity)
     SELECT t, t, ws, rc, '工作室', '地址', 25.0 + (g % 100) / 500.0, 102.7 + (g % 77) / 500.0,
            s, s + interval '2 hours', s + interval '2 hours',
            (ARRAY['published','ended','draft','cancelled'])[1 + g % 4], 'onsite', 30
       FROM (SELECT g,
                    (ARRAY['老旧小区停车难协商','农贸市场环境整治','社区养老服务','加装电梯推进','背街小巷整治'])[1 + g % 5] || g AS t,
                    md5('ws' || (g % 5000))::uuid AS ws,
                    (ARRAY['530102','530103','530111','530112','520102'])[1 + (g % 5000) % 5] AS rc,
                    timestamptz '2024-01-01 01:00+00' + ((g / 5000) * interval '3 days') AS s
               FROM generate_series(1, $1) AS g) x`,
    [SESSIONS],
  );
  await db.query('ANALYZE sessions');
}

async function drain(app: INestApplication, db: DataSource, workers: number): Promise<number> {
  await db.query(
    `INSERT INTO scheduling_jobs (kind, payload, run_at, dedupe_key)
     SELECT 'session.published', jsonb_build_object('sessionId', id), now(), 'bench:' || $2 || ':' || id
       FROM sessions WHERE status = 'published' LIMIT $1`,
    [JOBS, workers],
  );
  const worker = app.get(JobWorker);
  const t0 = performance.now();
  const done = await Promise.all(
    Array.from({ length: workers }, (_, i) => worker.runDue(JOBS, `bench-${i}`)),
  );
  const ms = performance.now() - t0;
  const total = done.reduce((a, b) => a + b, 0);
  if (total !== JOBS) throw new Error(`expected ${JOBS} jobs done exactly once, got ${total}`);
  return ms;
}

async function main(): Promise<void> {
  let bench: BenchApp | undefined;
  try {
    bench = await startBenchApp('sch', { SCHEDULING_JOBS_POLL_MS: '0' });
    const { app, base } = bench;
    const { token } = bench;
    const { db } = bench;
    const t0 = performance.now();
    await fill(db);
    process.stdout.write(
      `filled ${SESSIONS} sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s\n\n`,
    );

    const withIdx = await listing(base, token);
    await db.query(
      `DROP INDEX "IDX_sessions_search_norm_trgm"; DROP INDEX "IDX_sessions_region"; ANALYZE sessions`,
    );
    const without = await listing(base, token);
    process.stdout.write(
      `listing over HTTP, ${RUNS} sequential requests (ms)     with indexes p50   p99 | baseline without p50   p99\n`,
    );
    for (const [label] of QUERIES) {
      const a = withIdx.get(label)!;
      const b = without.get(label)!;
      process.stdout.write(
        `  ${label.padEnd(34)} ${pct(a, 50).toFixed(1).padStart(20)} ${pct(a, 99).toFixed(1).padStart(5)} | ${pct(b, 50).toFixed(1).padStart(20)} ${pct(b, 99).toFixed(1).padStart(5)}\n`,
      );
    }
    const one = await drain(app, db, 1);
    const four = await drain(app, db, 4);
    process.stdout.write(
      `\njob table, ${JOBS} notice jobs each run exactly once:\n` +
        `  baseline 1 worker:  ${(one / 1000).toFixed(2)} s (${Math.round(JOBS / (one / 1000))} jobs/s)\n` +
        `  4 racing workers:   ${(four / 1000).toFixed(2)} s (${Math.round(JOBS / (four / 1000))} jobs/s)\n`,
    );
  } finally {
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
