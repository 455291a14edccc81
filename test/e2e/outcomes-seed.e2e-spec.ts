import { OutcomesSeed } from '@xs/outcomes';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createSession } from '@test/factories/scheduling';

jest.setTimeout(300_000);

const DAY = 86400000;

/**
 * The demo seeder (order 60) on past sessions: outcomes, suggestions in every state, replies and
 * ratings, so the statistics look like a real year. The sessions are entered here (recorded) so the
 * test does not depend on how many the scheduling demo data holds.
 */
describe('outcomes: demo data', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    for (let i = 0; i < 4; i++)
      await staff(t, admin, {
        username: `seed_m_${i}_${Date.now()}`,
        roles: ['member'],
        regionCode: '530102',
      });
    for (let i = 0; i < 40; i++) {
      const start = new Date(Date.now() - (10 + i * 8) * DAY);
      await createSession(t, admin, {
        regionCode: i % 3 ? '530102' : '530103',
        startsAt: start,
        endsAt: new Date(start.getTime() + 2 * 3600000),
        recorded: true,
        format: i % 2 ? 'hybrid' : 'onsite',
      });
    }
    await t.app.get(OutcomesSeed).run();
  });
  afterAll(() => t.close());

  it('makes the statistics look like a real year, most suggestions adopted', async () => {
    const res = await t.http().get('/api/v1/stats?region=530100').set(bearer(admin));
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.sessions).toBe(40);
    expect(s.suggestions.total).toBeGreaterThanOrEqual(40);
    expect(s.suggestions.adopted).toBeGreaterThan(s.suggestions.replied / 2);
    expect(s.participants.onsite).toBeGreaterThan(s.sessions * 10);
    expect(s.participants.onlinePeak).toBeGreaterThan(0);
    expect(s.rates.reply).toBeGreaterThan(0.5);
    expect(s.rates.satisfaction).toBeGreaterThan(0.5);
    expect(s.byRegion.map((r: { regionCode: string }) => r.regionCode)).toEqual(['530102', '530103']);
    const states: { status: string }[] = await t.db.query(`SELECT DISTINCT status FROM suggestions`);
    expect(states.map((x) => x.status)).toEqual(
      expect.arrayContaining(['draft', 'assigned', 'replied', 'completed']),
    );
    const drift: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM suggestions s
        WHERE s.rated_satisfied + s.rated_basically + s.rated_unsatisfied
              <> (SELECT count(*) FROM suggestion_ratings r WHERE r.suggestion_id = s.id)`,
    );
    expect(drift[0].n).toBe(0);
    // The per-session figures kept by the trigger equal counting the suggestions themselves.
    const mismatch: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM (
         SELECT session_id, count(*)::int AS total,
                count(*) FILTER (WHERE status IN ('assigned', 'replied', 'completed'))::int AS assigned,
                count(*) FILTER (WHERE status IN ('replied', 'completed'))::int AS replied,
                count(*) FILTER (WHERE status = 'completed')::int AS completed,
                count(*) FILTER (WHERE status IN ('replied', 'completed') AND reply_adopted)::int AS adopted,
                sum(rated_satisfied)::int AS satisfied, sum(rated_basically)::int AS basically,
                sum(rated_unsatisfied)::int AS unsatisfied
           FROM suggestions GROUP BY session_id
         EXCEPT
         SELECT session_id, total, assigned, replied, completed, adopted, satisfied, basically, unsatisfied
           FROM session_suggestion_counts) d`,
    );
    expect(mismatch[0].n).toBe(0);
    const transitions: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM suggestions s
        WHERE NOT EXISTS (SELECT 1 FROM suggestion_transitions x WHERE x.suggestion_id = s.id AND x.to_status = s.status)`,
    );
    expect(transitions[0].n).toBe(0);
  });

  it('concludes the sessions whose outcome it publishes, as a real publication does', async () => {
    const rows: { outcome: string; session: string; n: number }[] = await t.db.query(
      `SELECT o.status AS outcome, s.status AS session, count(*)::int AS n
         FROM session_outcomes o JOIN sessions s ON s.id = o.session_id
        GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const published = rows.filter((r) => r.outcome === 'published');
    expect(published.length).toBeGreaterThan(0);
    expect(published.map((r) => r.session)).toEqual(['concluded']);
    // A draft leaves its session ended, with the organiser's 办结 still to do.
    expect(rows.filter((r) => r.outcome === 'draft').map((r) => r.session)).toEqual(['ended']);
  });

  it('names who did each step of 办理经过, as a real record does', async () => {
    const steps: { to: string; actor: string | null; note: string | null }[] = await t.db.query(
      `SELECT to_status AS "to", actor_name AS actor, note FROM suggestion_transitions`,
    );
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((x) => !x.actor || /demo/i.test(x.actor) || x.note)).toEqual([]);
    // A reply is the lead department's.
    const replies = steps.filter((x) => x.to === 'replied');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((x) => x.actor !== '组织方（演示）')).toBe(true);
  });

  it('publishes most outcomes on the public page and is idempotent', async () => {
    const res = await t.http().get('/api/v1/public/outcomes?region=530100&pageSize=5').expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(20);
    // A page of five carries the figures of them all: counted here from every page.
    type Item = {
      attendance: { onsite: number; onlineUnique: number };
      suggestions: {
        status: string;
        reply: { adopted: boolean | null } | null;
        ratings: { satisfied: number; basicallySatisfied: number; unsatisfied: number };
      }[];
    };
    const all: Item[] = [];
    for (let page = 1; all.length < res.body.total; page++)
      all.push(
        ...(await t.http().get(`/api/v1/public/outcomes?region=530100&pageSize=100&page=${page}`).expect(200))
          .body.items,
      );
    const sugs = all.flatMap((o) => o.suggestions);
    const count = (f: (x: (typeof sugs)[number]) => boolean) => sugs.filter(f).length;
    const sum = (f: (x: (typeof sugs)[number]) => number) => sugs.reduce((n, x) => n + f(x), 0);
    expect(res.body.summary).toEqual({
      sessions: all.length,
      people: all.reduce((n, o) => n + (o.attendance.onsite ?? 0) + (o.attendance.onlineUnique ?? 0), 0),
      suggestions: sugs.length,
      assigned: count((x) => x.status === 'assigned'),
      replied: count((x) => x.status === 'replied'),
      completed: count((x) => x.status === 'completed'),
      adopted: count((x) => !!x.reply?.adopted),
      satisfied: sum((x) => x.ratings.satisfied),
      basicallySatisfied: sum((x) => x.ratings.basicallySatisfied),
      unsatisfied: sum((x) => x.ratings.unsatisfied),
    });
    expect(res.body.summary.suggestions).toBeGreaterThan(res.body.items.length);
    const before: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM suggestions`);
    await t.app.get(OutcomesSeed).run();
    const after: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM suggestions`);
    expect(after[0].n).toBe(before[0].n);
  });
});
