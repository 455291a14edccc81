import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';
import { SchedulingSeed } from '@xs/scheduling';
import { bearer, startTestApp, TestApp } from '@test/test-app';
import { createTestWorkstation } from '@test/factories/scheduling';

// Booting an app on a cloned database takes a few seconds on a busy machine.
jest.setTimeout(120_000);

describe('scheduling: demo data', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('seeds a year of sessions across the workstations, upcoming ones open, one that can go live soon; idempotent', async () => {
    const ids: string[] = [];
    for (const [i, region] of ['530102', '530102', '530103', '530111', '530112'].entries())
      ids.push(
        (await createTestWorkstation(t, admin, { regionCode: region, bufferMinutes: i % 2 ? 30 : 0 })).id,
      );
    const port = t.app.get<DirectoryPort>(DIRECTORY_PORT);
    // The seeder lists workstations through DirectoryPort.workstationIdsInRegion (an optional port
    // method the directory provides); until it does, hand it the workstations made above.
    if (typeof port.workstationIdsInRegion !== 'function') port.workstationIdsInRegion = async () => ids;
    const seed = t.app.get(SchedulingSeed);
    await seed.run();
    await seed.run();
    const all: { status: string; n: string }[] = await t.db.query(
      `SELECT status, count(*) AS n FROM sessions GROUP BY status ORDER BY status`,
    );
    const by = Object.fromEntries(all.map((r) => [r.status, Number(r.n)]));
    expect(by.ended).toBeGreaterThanOrEqual(150);
    expect(by.published).toBeGreaterThanOrEqual(25);
    const [{ past }]: { past: string }[] = await t.db.query(
      `SELECT count(*) AS past FROM sessions WHERE ends_at < now() AND starts_at > now() - interval '366 days'`,
    );
    expect(Number(past)).toBeGreaterThanOrEqual(150);
    // Spread across the workstations.
    const spread: { n: string }[] = await t.db.query(
      `SELECT count(DISTINCT workstation_id) AS n FROM sessions`,
    );
    expect(Number(spread[0].n)).toBe(ids.length);
    // Upcoming ones accept registrations now.
    const open = await t.http().get('/api/v1/public/sessions?pageSize=100').expect(200);
    const now = Date.now();
    const openNow = open.body.items.filter(
      (s: { registrationOpensAt: string; registrationClosesAt: string }) =>
        new Date(s.registrationOpensAt).getTime() <= now && new Date(s.registrationClosesAt).getTime() > now,
    );
    expect(openNow.length).toBeGreaterThanOrEqual(20);
    // One starts within a quarter of an hour and can be started.
    const soon = open.body.items.find(
      (s: { startsAt: string }) =>
        new Date(s.startsAt).getTime() > now && new Date(s.startsAt).getTime() < now + 15 * 60000,
    );
    expect(soon).toBeDefined();
    expect(soon.streamUrl).toMatch(/\.m3u8$/);
    const live = await t.http().post(`/api/v1/sessions/${soon.id}/start`).set(bearer(admin)).expect(200);
    expect(live.body.status).toBe('live');
    // Topics from the three sources, searchable in 繁體 too.
    const topics = await t.http().get('/api/v1/topics?pageSize=50').set(bearer(admin)).expect(200);
    expect(new Set(topics.body.items.map((i: { source: string }) => i.source))).toEqual(
      new Set(['resident', 'member', 'party_government']),
    );
  });
});
