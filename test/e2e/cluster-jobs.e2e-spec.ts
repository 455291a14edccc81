import type { INestApplication } from '@nestjs/common';
import { ClusterJobs } from '@xs/platform';
import { createApp } from '../../apps/server/src/bootstrap';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/** Polls the database until `done` holds (cron ticks come on their own schedule); fails after 20 s. */
async function until(check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in 20 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Issue 15 point 5: cron jobs on two replicas of one database, each tick run by exactly one. */
describe('scheduled tasks once per cluster', () => {
  let t: TestApp;
  let replica: INestApplication;
  let admin: string;
  beforeAll(async () => {
    // The purge ticks every second here, on both replicas.
    t = await startTestApp({ CRON_ENABLED: 'true', CRON_PURGE: '* * * * * *', JOB_RETENTION_DAYS: '30' });
    replica = await createApp(t.config, t.databaseUrl, false);
    await replica.init();
    admin = await t.login('admin');
  });
  afterAll(async () => {
    await replica?.close();
    await t?.close();
  });

  it('two replicas racing for one slot: one runs it, the other finds it taken', async () => {
    const slot = new Date('2030-01-01T03:00:00+08:00');
    const outcomes = await Promise.all([
      t.app.get(ClusterJobs).fire('audit-retention', slot),
      replica.get(ClusterJobs).fire('audit-retention', slot),
    ]);
    expect(outcomes.sort()).toEqual(['ran', 'taken']);
    const rows: { replica: string; status: string }[] = await t.db.query(
      `SELECT replica, status FROM job_runs WHERE job = 'audit-retention' AND slot = $1`,
      [slot],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('ok');
    expect([t.app.get(ClusterJobs).replicaId, replica.get(ClusterJobs).replicaId]).toContain(rows[0].replica);
  });

  it('the cron ticks on both replicas run each slot once, and purge old jobs and used SMS codes', async () => {
    await t.db.query(
      `INSERT INTO scheduling_jobs (kind, payload, run_at, dedupe_key, status, done_at)
       VALUES ('session.reminder', '{}', now() - interval '41 days', 'old-done', 'done', now() - interval '40 days'),
              ('session.reminder', '{}', now() - interval '2 days', 'recent-done', 'done', now() - interval '1 day'),
              ('session.reminder', '{}', now() - interval '60 days', 'old-pending', 'pending', NULL)`,
    );
    await t.db.query(
      `INSERT INTO sms_codes (phone_bidx, code_hash, expires_at, consumed_at, created_at)
       VALUES ('bidx-old', 'h1', now() - interval '3 days', now() - interval '3 days', now() - interval '3 days'),
              ('bidx-live', 'h2', now() + interval '5 minutes', NULL, now())`,
    );
    // Ticks that started after the rows above went in (earlier ones may have run during setup).
    const [{ since }]: { since: Date }[] = await t.db.query(`SELECT now() AS since`);
    await until(async () => {
      const [{ n }]: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM job_runs WHERE job = 'job-purge' AND status = 'ok' AND started_at > $1`,
        [since],
      );
      return n >= 2;
    });
    const perSlot: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM job_runs WHERE job IN ('job-purge', 'sms-code-purge') GROUP BY job, slot`,
    );
    expect(perSlot.every((r) => r.n === 1)).toBe(true);
    const keys: { dedupe_key: string }[] = await t.db.query(
      `SELECT dedupe_key FROM scheduling_jobs WHERE dedupe_key IN ('old-done', 'recent-done', 'old-pending') ORDER BY 1`,
    );
    expect(keys.map((k) => k.dedupe_key)).toEqual(['old-pending', 'recent-done']);
    await until(async () => {
      const rows: { phone_bidx: string }[] = await t.db.query(
        `SELECT phone_bidx FROM sms_codes WHERE phone_bidx IN ('bidx-old', 'bidx-live')`,
      );
      return rows.length === 1 && rows[0].phone_bidx === 'bidx-live';
    });
  });

  it('admins see each task, its schedule and its last run; others may not', async () => {
    const res = await t.http().get('/api/v1/admin/jobs').set(bearer(admin)).expect(200);
    const items = res.body.items as {
      name: string;
      cron: string;
      timeZone: string;
      nextRunAt: string | null;
      lastRun: {
        replica: string;
        status: string;
        startedAt: string;
        finishedAt: string;
        result: object;
      } | null;
    }[];
    expect(items.map((i) => i.name)).toEqual([
      'audit-retention',
      'erasure-sweep',
      'job-purge',
      'phone-retention',
      'sms-code-purge',
      'suggestion-follow-ups',
      'suggestion-reminders',
    ]);
    const purge = items.find((i) => i.name === 'job-purge')!;
    expect(purge).toMatchObject({ cron: '* * * * * *', timeZone: 'Asia/Shanghai' });
    expect(purge.nextRunAt).toEqual(expect.any(String));
    expect(purge.lastRun).toMatchObject({ status: 'ok', result: { jobs: expect.any(Number) } });
    expect(new Date(purge.lastRun!.finishedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(purge.lastRun!.startedAt).getTime(),
    );
    expect(items.find((i) => i.name === 'phone-retention')).toMatchObject({ cron: '0 30 2 * * *' });
    // The erasure sweep re-delivers user.erased with the purge (CRON_PURGE) and reports what it re-sent.
    expect(items.find((i) => i.name === 'erasure-sweep')).toMatchObject({ cron: '* * * * * *' });

    const run = await t.http().post('/api/v1/admin/jobs/phone-retention/run').set(bearer(admin)).expect(200);
    expect(run.body).toEqual({ outcome: 'ran' });
    const unknown = await t.http().post('/api/v1/admin/jobs/nothing/run').set(bearer(admin));
    expect(unknown.status).toBe(404);
    const organiser = await staff(t, admin, {
      username: 'jobs_org',
      roles: ['organiser'],
      regionCode: '530102',
    });
    expect((await t.http().get('/api/v1/admin/jobs').set(bearer(organiser.token))).status).toBe(403);
  });
});
