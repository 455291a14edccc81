import { parse } from 'csv-parse/sync';
import { bearer, startTestApp, TestApp } from '@test/test-app';
import { StatsWorld, statsWorld } from '@test/factories/outcomes';
import { LIVE_STATS_PORT } from '@xs/contracts';
import type { LiveStatsPort } from '@xs/contracts';
import { emitAck, open, until } from '@test/factories/live';

// Setting up a year of figures takes longer than Jest's default 5 s per hook.
jest.setTimeout(120_000);

describe('outcomes: statistics', () => {
  let t: TestApp;
  let world: StatsWorld;

  beforeAll(async () => {
    t = await startTestApp();
    const base = await t.listen();
    world = await statsWorld(t, async (sessionId, token) => {
      const s = await open(base, { token });
      const ack = await emitAck(s, 'room:join', { sessionId });
      if (!ack.ok) throw new Error(`join: ${JSON.stringify(ack)}`);
      // The live room records its peak on its presence tick; leave once it has.
      const live = t.app.get<LiveStatsPort>(LIVE_STATS_PORT);
      await until(async () => (await live.onlineStats(sessionId)).peak >= 1, 20_000);
      return () => s.disconnect();
    });
  });
  afterAll(() => t.close());

  const stats = (token: string, query: string) => t.http().get(`/api/v1/stats?${query}`).set(bearer(token));

  it('computes the year figures of a city with its districts broken down', async () => {
    const res = await stats(
      world.cityViewer.token,
      'region=530100&from=2026-01-01T00:00:00%2B08:00&to=2027-01-01T00:00:00%2B08:00',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      region: '530100',
      sessions: 2,
      participants: { onsite: 2, onlineUnique: 1, onlinePeak: 1 },
      suggestions: { total: 6, assigned: 4, replied: 3, completed: 1, adopted: 2 },
      rates: { reply: 0.75, completion: 0.25, adoption: 0.5, satisfaction: 0.6667 },
    });
    expect(res.body.byRegion).toEqual([
      expect.objectContaining({
        regionCode: '530102',
        sessions: 1,
        participants: { onsite: 2, onlineUnique: 1, onlinePeak: 1 },
        suggestions: { total: 5, assigned: 3, replied: 2, completed: 1, adopted: 1 },
        rates: { reply: 0.6667, completion: 0.3333, adoption: 0.3333, satisfaction: 0.6667 },
      }),
      expect.objectContaining({
        regionCode: '530103',
        sessions: 1,
        suggestions: { total: 1, assigned: 1, replied: 1, completed: 0, adopted: 1 },
        rates: { reply: 1, completion: 0, adoption: 1, satisfaction: null },
      }),
    ]);
    // The months (Beijing calendar, oldest first) add up to the year's figures.
    const months = res.body.byMonth as {
      month: string;
      sessions: number;
      suggestions: { total: number; assigned: number; replied: number };
      rates: { reply: number | null };
    }[];
    expect(months.length).toBeGreaterThan(0);
    expect(months.map((m) => m.month)).toEqual(months.map((m) => m.month).sort());
    for (const m of months) {
      expect(m.month).toMatch(/^2026-(0[1-9]|1[0-2])$/);
      expect(m.rates.reply).toBe(
        m.suggestions.assigned
          ? Math.round((m.suggestions.replied / m.suggestions.assigned) * 1e4) / 1e4
          : null,
      );
    }
    expect(months.reduce((n, m) => n + m.sessions, 0)).toBe(2);
    expect(months.reduce((n, m) => n + m.suggestions.total, 0)).toBe(6);
  });

  it('filters by period and region subtree', async () => {
    const all = await stats(world.w.organiser.token, 'region=530102').expect(200);
    expect(all.body.sessions).toBe(2);
    expect(all.body.suggestions.total).toBe(6);
    const lastYear = await stats(world.w.organiser.token, 'from=2025-01-01&to=2026-01-01').expect(200);
    expect(lastYear.body).toMatchObject({
      region: '530102',
      sessions: 1,
      suggestions: { total: 1, assigned: 0 },
    });
    expect(lastYear.body.rates).toEqual({
      reply: null,
      completion: null,
      adoption: null,
      satisfaction: null,
    });
    const none = await stats(world.w.organiser.token, 'from=2020-01-01&to=2021-01-01').expect(200);
    expect(none.body).toMatchObject({ sessions: 0, suggestions: { total: 0 }, byRegion: [], byMonth: [] });
  });

  it('refuses regions outside the caller and bad periods', async () => {
    expect((await stats(world.w.organiser.token, 'region=530103')).status).toBe(403);
    expect((await stats(world.w.organiser.token, 'region=530100')).status).toBe(403);
    const bad = await stats(world.w.organiser.token, 'from=2026-02-01&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect((await stats(world.w.organiser.token, 'region=abc')).status).toBe(400);
    // A period the answer could not state as an RFC 3339 date-time (or a date JavaScript would guess at)
    // is refused, not echoed back as `+275760-09-13T…`.
    for (const q of ['to=%2B275760-09-13T00:00:00.000Z', 'from=0800-01-01', 'to=12', 'from=tomorrow']) {
      const res = await stats(world.w.organiser.token, q);
      expect({ q, status: res.status, code: res.body.code }).toEqual({
        q,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect((await stats(world.w.departments[0].handler.token, '')).status).toBe(403);
  });

  it('keeps the per-session figures equal to the suggestions through every change', async () => {
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM (
         SELECT session_id, count(*)::int, count(*) FILTER (WHERE status IN ('assigned', 'replied', 'completed'))::int,
                count(*) FILTER (WHERE status IN ('replied', 'completed'))::int,
                count(*) FILTER (WHERE status = 'completed')::int,
                count(*) FILTER (WHERE status IN ('replied', 'completed') AND reply_adopted)::int,
                sum(rated_satisfied)::int, sum(rated_basically)::int, sum(rated_unsatisfied)::int
           FROM suggestions GROUP BY session_id
         EXCEPT
         SELECT session_id, total, assigned, replied, completed, adopted, satisfied, basically, unsatisfied
           FROM session_suggestion_counts) d`,
    );
    expect(rows[0].n).toBe(0);
    const sessions: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM session_suggestion_counts`,
    );
    expect(sessions[0].n).toBe(3);
  });

  it('agrees with the exports: same sessions, suggestions and rates', async () => {
    const q = 'region=530100&from=2026-01-01T00:00:00%2B08:00&to=2027-01-01T00:00:00%2B08:00';
    const s = (await stats(world.cityViewer.token, q).expect(200)).body;
    const csv = async (path: string) => {
      const res = await t
        .http()
        .get(`/api/v1/exports/${path}?${q}`)
        .set(bearer(world.cityViewer.token))
        .buffer(true);
      expect(res.status).toBe(200);
      return parse<Record<string, string>>(res.text.replace(/^\uFEFF/, ''), { columns: true });
    };
    const sessions = await csv('sessions.csv');
    const suggestions = await csv('suggestions.csv');
    expect(sessions).toHaveLength(s.sessions);
    expect(suggestions).toHaveLength(s.suggestions.total);
    expect(sessions.reduce((n, r) => n + Number(r['现场参加人数']), 0)).toBe(s.participants.onsite);
    expect(suggestions.filter((r) => r['是否采纳'] === '是').length).toBe(s.suggestions.adopted);
    expect(suggestions.filter((r) => ['已答复', '已办结'].includes(r['状态'])).length).toBe(
      s.suggestions.replied,
    );
  });
});
