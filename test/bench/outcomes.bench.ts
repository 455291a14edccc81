import 'reflect-metadata';
import { BenchApp, pct, startBenchApp } from './bench-app';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { buildWorkbookInMemory, ExportsService, suggestionColumns } from '@xs/exports';
import { OutcomeRowsRepository, StatsRepository } from '@xs/outcomes';
import type { Named, SuggestionExportRow } from '@xs/exports';
import { PiiCipher } from '@xs/platform';

/**
 * Outcomes figures (issue 7):
 * - export of 100,000 suggestions to XLSX over HTTP: time and peak RSS growth (goal ≤ 100 MB), beside
 *   the same workbook built in memory (ExcelJS.Workbook + writeBuffer) in the same run;
 * - GET /stats p99 at 10,000 sessions and 100,000 suggestions (goal < 200 ms), beside a baseline that
 *   loads the rows into JavaScript and computes the same figures there.
 */
const SESSIONS = 10_000;
const SUGGESTIONS = 100_000;
const STATS_RUNS = 200;
const BASELINE_RUNS = 20;
const MB = 1024 * 1024;
const COUNTIES = [
  '530102',
  '530103',
  '530111',
  '530112',
  '530113',
  '530114',
  '530115',
  '530124',
  '530125',
  '530181',
];

const gc = () => (global as { gc?: () => void }).gc?.();
async function fill(db: DataSource): Promise<void> {
  // Sessions over one year in ten counties (some at street level), with attendance.
  await db.query(
    `INSERT INTO session_outcomes (session_id, region_code, workstation_id, organiser_id, session_title, session_starts_at,
        session_ended_at, status, summary, consensus, registered_count, onsite_count, online_unique, online_peak, published_at)
     SELECT gen_random_uuid(),
            CASE WHEN i % 3 = 0 THEN c.code || lpad((i % 12 + 1)::text, 3, '0') ELSE c.code END,
            gen_random_uuid(), NULL, '协商会议' || i, timestamptz '2026-01-01 09:00+08' + (i % 360) * interval '1 day',
            timestamptz '2026-01-01 11:00+08' + (i % 360) * interval '1 day',
            CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'published' END, '纪要' || i, '["共识一","共识二"]'::jsonb,
            40 + i % 30, 30 + i % 40, 200 + i % 3000, 50 + i % 800, now()
       FROM generate_series(1, $1) AS i
       JOIN LATERAL (SELECT ($2::text[])[1 + i % array_length($2::text[], 1)] AS code) c ON true`,
    [SESSIONS, COUNTIES],
  );
  await db.query(
    `WITH o AS (
       SELECT (row_number() OVER (ORDER BY session_id) - 1)::int AS k, session_id, region_code, session_title, session_starts_at
         FROM session_outcomes
     )
     INSERT INTO suggestions (session_id, region_code, session_title, session_starts_at, organiser_id, content, status,
        due_at, created_by, assigned_at, replied_at, completed_at, reply_grade, reply_content, reply_adopted, reply_submitted_at,
        reply_contact_phone_enc)
     SELECT o.session_id, o.region_code, o.session_title, o.session_starts_at, NULL,
            '建议' || g.i || '：增设停车位、改善照明、延长服务时间',
            st.status, o.session_starts_at + interval '60 days', gen_random_uuid(),
            CASE WHEN st.status <> 'draft' THEN o.session_starts_at + interval '2 days' END,
            CASE WHEN st.status IN ('replied', 'completed') THEN o.session_starts_at + interval '20 days' END,
            CASE WHEN st.status = 'completed' THEN o.session_starts_at + interval '40 days' END,
            CASE WHEN st.status IN ('replied', 'completed') THEN (ARRAY['A','B','C'])[1 + g.i % 3] END,
            CASE WHEN st.status IN ('replied', 'completed') THEN '已研究办理，列入年度计划' END,
            CASE WHEN st.status IN ('replied', 'completed') THEN g.i % 5 <> 0 END,
            CASE WHEN st.status IN ('replied', 'completed') THEN o.session_starts_at + interval '20 days' END,
            NULL
       FROM generate_series(1, $1) AS g(i)
       JOIN o ON o.k = g.i % $2
       JOIN LATERAL (SELECT (ARRAY['draft','assigned','replied','completed','completed','completed','rejected'])[1 + g.i % 7] AS status) st ON true`,
    [SUGGESTIONS, SESSIONS],
  );
  await db.query(
    `INSERT INTO suggestion_departments (suggestion_id, department_id, role, department_name)
     SELECT id, gen_random_uuid(), 'lead', '住房和城乡建设局' FROM suggestions`,
  );
  await db.query(
    `INSERT INTO suggestion_ratings (suggestion_id, user_id, rating)
     SELECT s.id, gen_random_uuid(), (ARRAY['satisfied','satisfied','basically_satisfied','unsatisfied'])[1 + (r + length(s.content)) % 4]
       FROM suggestions s CROSS JOIN generate_series(1, 2) AS r WHERE s.status IN ('replied', 'completed')`,
  );
  await db.query(
    `UPDATE suggestions s SET rated_satisfied = r.a, rated_basically = r.b, rated_unsatisfied = r.c
       FROM (SELECT suggestion_id, count(*) FILTER (WHERE rating = 'satisfied') AS a,
                    count(*) FILTER (WHERE rating = 'basically_satisfied') AS b,
                    count(*) FILTER (WHERE rating = 'unsatisfied') AS c
               FROM suggestion_ratings GROUP BY suggestion_id) r
      WHERE r.suggestion_id = s.id`,
  );
  await db.query('VACUUM ANALYZE');
}

/** The same figures computed the naive way: rows loaded into JavaScript and counted there. */
async function statsInJs(db: DataSource, prefix: string) {
  const o: { region_code: string; onsite_count: number; online_unique: number; online_peak: number }[] =
    await db.query(
      `SELECT region_code, onsite_count, online_unique, online_peak FROM session_outcomes WHERE region_code LIKE $1`,
      [`${prefix}%`],
    );
  const s: { id: string; region_code: string; status: string; reply_adopted: boolean | null }[] =
    await db.query(
      `SELECT id, region_code, status, reply_adopted FROM suggestions WHERE region_code LIKE $1`,
      [`${prefix}%`],
    );
  const r: { suggestion_id: string; rating: string }[] = await db.query(
    `SELECT r.suggestion_id, r.rating FROM suggestion_ratings r JOIN suggestions s ON s.id = r.suggestion_id WHERE s.region_code LIKE $1`,
    [`${prefix}%`],
  );
  const child = (code: string) => code.slice(0, 6);
  const by = new Map<
    string,
    { sessions: number; onsite: number; assigned: number; replied: number; ratings: number; ok: number }
  >();
  const get = (k: string) =>
    by.get(k) ?? by.set(k, { sessions: 0, onsite: 0, assigned: 0, replied: 0, ratings: 0, ok: 0 }).get(k)!;
  for (const x of o) {
    const g = get(child(x.region_code));
    g.sessions++;
    g.onsite += x.onsite_count;
  }
  const regionOf = new Map<string, string>();
  for (const x of s) {
    regionOf.set(x.id, x.region_code);
    const g = get(child(x.region_code));
    if (x.status !== 'draft' && x.status !== 'rejected') g.assigned++;
    if (x.status === 'replied' || x.status === 'completed') g.replied++;
  }
  for (const x of r) {
    const g = get(child(regionOf.get(x.suggestion_id)!));
    g.ratings++;
    if (x.rating !== 'unsatisfied') g.ok++;
  }
  return by;
}

async function main(): Promise<void> {
  let bench: BenchApp | undefined;
  try {
    bench = await startBenchApp('outcomes');
    const { app, base } = bench;
    const { token } = bench;
    const auth = { Authorization: `Bearer ${token}` };
    const { db } = bench;

    let t0 = performance.now();
    await fill(db);
    const counts: { s: number; g: number; r: number }[] = await db.query(
      `SELECT (SELECT count(*) FROM session_outcomes)::int AS s, (SELECT count(*) FROM suggestions)::int AS g,
              (SELECT count(*) FROM suggestion_ratings)::int AS r`,
    );
    process.stdout.write(
      `machine load average (1/5/15 min): ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')} on ${os.cpus().length} cores\n`,
    );
    process.stdout.write(
      `filled ${counts[0].s} sessions, ${counts[0].g} suggestions, ${counts[0].r} ratings in ${((performance.now() - t0) / 1000).toFixed(1)} s\n\n`,
    );

    // ---- XLSX export of all suggestions: streamed over HTTP (the real endpoint) ----
    gc();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    t0 = performance.now();
    const res = await fetch(`${base}/api/v1/exports/suggestions.xlsx?region=530100`, { headers: auth });
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const streamMs = performance.now() - t0;
    clearInterval(sampler);
    const streamGrowth = (peak - rssBefore) / MB;
    process.stdout.write(`XLSX export of ${counts[0].g} suggestions (+ statistics sheet)\n`);
    process.stdout.write(
      `  streamed (GET /exports/suggestions.xlsx, keyset pages → WorkbookWriter → HTTP): ${(streamMs / 1000).toFixed(1)} s, ` +
        `${(bytes / MB).toFixed(1)} MB, peak RSS growth ${streamGrowth.toFixed(0)} MB (goal ≤ 100 MB: ${streamGrowth <= 100 ? 'met' : 'NOT met'}) [status ${res.status}]\n`,
    );

    // ---- Baseline: the same workbook built in memory, in the same process ----
    gc();
    const memBefore = process.memoryUsage().rss;
    let memPeak = memBefore;
    const sampler2 = setInterval(() => (memPeak = Math.max(memPeak, process.memoryUsage().rss)), 20);
    t0 = performance.now();
    const repo = app.get(OutcomeRowsRepository);
    const scope = { regionCode: '530100' };
    const rows: Named<SuggestionExportRow>[] = [];
    // The streamed export names each row's region (one lookup per region); the baseline keeps the code.
    for await (const batch of repo.suggestions(scope))
      rows.push(...batch.map((r) => ({ ...r, regionName: null })));
    const stats = await app.get(ExportsService).statsRows(scope);
    const buf = await buildWorkbookInMemory(
      '建议清单',
      suggestionColumns(app.get(PiiCipher), false),
      rows,
      stats,
    );
    const memMs = performance.now() - t0;
    clearInterval(sampler2);
    memPeak = Math.max(memPeak, process.memoryUsage().rss);
    const memGrowth = (memPeak - memBefore) / MB;
    process.stdout.write(
      `  baseline in memory (all rows loaded, ExcelJS.Workbook → writeBuffer): ${(memMs / 1000).toFixed(1)} s, ` +
        `${(buf.length / MB).toFixed(1)} MB, peak RSS growth ${memGrowth.toFixed(0)} MB\n\n`,
    );
    rows.length = 0;
    gc();

    // ---- GET /stats p99 ----
    const queries = [
      ['city 530100, one year, by county', '/api/v1/stats?region=530100&from=2026-01-01&to=2027-01-01'],
      ['county 530102, all time, by street', '/api/v1/stats?region=530102'],
      ['root, one quarter', '/api/v1/stats?from=2026-04-01&to=2026-07-01'],
    ] as const;
    process.stdout.write(
      `GET /stats over HTTP, ${STATS_RUNS} sequential requests each (ms)        p50    p99\n`,
    );
    let worst = 0;
    for (const [label, q] of queries) {
      const times: number[] = [];
      for (let i = 0; i < STATS_RUNS; i++) {
        const s = performance.now();
        const r = await fetch(`${base}${q}`, { headers: auth });
        await r.json();
        times.push(performance.now() - s);
      }
      worst = Math.max(worst, pct(times, 99));
      process.stdout.write(
        `  ${label.padEnd(40)} ${pct(times, 50).toFixed(1).padStart(16)} ${pct(times, 99).toFixed(1).padStart(6)}\n`,
      );
    }
    process.stdout.write(
      `  worst p99: ${worst.toFixed(1)} ms (goal < 200 ms: ${worst < 200 ? 'met' : 'NOT met'})\n`,
    );
    // The same statement without HTTP, JSON and auth, to tell the database's share from the server's.
    const statsRepo = app.get(StatsRepository);
    const sqlTimes: number[] = [];
    for (let i = 0; i < STATS_RUNS; i++) {
      const s = performance.now();
      await statsRepo.figures({
        regionCode: '530100',
        from: new Date('2026-01-01'),
        to: new Date('2027-01-01'),
      });
      sqlTimes.push(performance.now() - s);
    }
    process.stdout.write(
      `  the city query alone (StatsRepository.figures, no HTTP): p50 ${pct(sqlTimes, 50).toFixed(1)} ms, p99 ${pct(sqlTimes, 99).toFixed(1)} ms\n`,
    );
    const base1: number[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++) {
      const s = performance.now();
      await statsInJs(db, '5301');
      base1.push(performance.now() - s);
    }
    process.stdout.write(
      `  baseline: city 530100 figures by loading rows into JS and counting there, ${BASELINE_RUNS} runs: p50 ${pct(base1, 50).toFixed(1)} ms, p99 ${pct(base1, 99).toFixed(1)} ms\n`,
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
