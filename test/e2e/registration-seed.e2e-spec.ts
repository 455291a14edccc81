import { startTestApp, TestApp } from '@test/test-app';
import { bearer } from '@test/test-app';

jest.setTimeout(300_000);

/** The demo seeder (order 40) on top of the directory and scheduling demo data. */
describe('registration demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(() => t.close());

  it('gives past sessions attendance with check-ins and walk-ins, with consistent seat counters', async () => {
    const totals: {
      sessions: number;
      checked: number;
      walkins: number;
      waitlisted: number;
      confirmed: number;
    }[] = await t.db.query(
      `SELECT count(DISTINCT session_id)::int AS sessions,
                count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS checked,
                count(*) FILTER (WHERE walk_in)::int AS walkins,
                count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed
           FROM registrations`,
    );
    expect(totals[0].sessions).toBeGreaterThan(10);
    expect(totals[0].checked).toBeGreaterThan(100);
    expect(totals[0].walkins).toBeGreaterThan(0);
    // Upcoming sessions open for registration carry bookings too (scheduling's openSessionIds).
    const upcoming: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM registrations r JOIN sessions s ON s.id = r.session_id WHERE s.status = 'published'`,
    );
    expect(upcoming[0].n).toBeGreaterThan(0);
    // Every counter matches its rows and none is overbooked.
    const bad: unknown[] = await t.db.query(
      `SELECT c.session_id FROM registration_capacity c
         LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'confirmed' AND NOT walk_in)::int AS n
                              FROM registrations r WHERE r.session_id = c.session_id) r ON true
        WHERE c.confirmed <> r.n OR c.confirmed > c.capacity`,
    );
    expect(bad).toEqual([]);
    // Every past meeting has its desk: who registered and who came, and its outcome counts those people.
    const bare: unknown[] = await t.db.query(
      `SELECT s.id FROM sessions s WHERE s.status IN ('ended', 'concluded')
          AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = s.id)`,
    );
    expect(bare).toEqual([]);
    const mismatched: unknown[] = await t.db.query(
      `SELECT o.session_id FROM session_outcomes o
        WHERE o.onsite_count <> (SELECT count(*) FROM registrations r
                                  WHERE r.session_id = o.session_id AND r.checked_in_at IS NOT NULL)`,
    );
    expect(mismatched).toEqual([]);

    // The demo member of 五华区 has a duty record with attendance.
    const memberToken = await t.login('wh_member', 'Demo-2026-xs');
    const me = await t.http().get('/api/v1/me').set(bearer(memberToken));
    const member: { id: string }[] = await t.db.query(`SELECT id FROM members WHERE user_id = $1`, [
      me.body.id,
    ]);
    const rec = await t
      .http()
      .get(
        `/api/v1/members/${member[0].id}/duty-record?from=${encodeURIComponent(new Date(Date.now() - 400 * 86_400_000).toISOString())}`,
      )
      .set(bearer(memberToken));
    expect(rec.status).toBe(200);
    expect(rec.body.attendance).toBeGreaterThan(0);
  });
});
