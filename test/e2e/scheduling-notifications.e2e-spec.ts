import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { renderSms, SMS_SENDER } from '@xs/identity';
import type { SmsSender } from '@xs/identity';
import { DomainEvents } from '@xs/platform';
import { JobWorker } from '@xs/scheduling';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createSession, createTestWorkstation, publishSession } from '@test/factories/scheduling';
import { assignMembers, createDepartment, createMember } from '@test/factories/directory';
import { publishOutcome } from '@test/factories/outcomes';
import { register } from '@test/factories/registration';
import { createApp } from '../../apps/server/src/bootstrap';

const HOUR = 3600000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

interface Sent {
  phone: string;
  text: string;
}

function recordSms(app: INestApplication): Sent[] {
  const sent: Sent[] = [];
  const sender = app.get<SmsSender>(SMS_SENDER);
  jest.spyOn(sender, 'send').mockImplementation(async (phone, message) => {
    sent.push({ phone, text: renderSms('协商在基层', message) });
  });
  return sent;
}

// Booting an app on a cloned database takes a few seconds on a busy machine.
jest.setTimeout(120_000);

describe('scheduling: notifications, reminders and the job table', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  let organiserId: string;
  let memberUser: { id: string; token: string };
  let memberId: string;
  let sms: Sent[];
  const memberPhone = '13600000201';
  const residentPhone = '13600000202';

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    sms = recordSms(t.app);
    admin = await t.login('admin');
    const org = await staff(t, admin, { username: 'nt_org', roles: ['organiser'], regionCode: '530102' });
    organiser = org.token;
    organiserId = org.id;
    memberUser = await staff(t, admin, {
      username: 'nt_member',
      roles: ['member'],
      regionCode: '530102',
      phone: memberPhone,
    });
    memberId = (
      await createMember(t, organiser, { name: '王委员', userId: memberUser.id, phone: memberPhone })
    ).id;
  });
  afterAll(() => t.close());

  const worker = () => t.app.get(JobWorker);
  const inbox = async (token: string, lang?: string) =>
    (
      await t
        .http()
        .get('/api/v1/me/notifications?pageSize=100')
        .set(bearer(token))
        .set(lang ? { 'Accept-Language': lang } : {})
        .expect(200)
    ).body as {
      items: { id: string; kind: string; title: string; body: string; readAt: string | null }[];
      unread: number;
      total: number;
    };

  it('publishing tells invitees in the inbox and by SMS, with date and place; exactly once', async () => {
    const ws = await createTestWorkstation(t, organiser, {
      name: '青云街道委员工作室',
      address: '五华区青云街 88 号',
    });
    await assignMembers(t, organiser, ws.id, [{ memberId }]);
    const s = await createSession(t, organiser, {
      workstationId: ws.id,
      startsAt: '2031-05-22T09:30:00+08:00',
      endsAt: '2031-05-22T11:30:00+08:00',
      title: '停车难协商会',
    });
    const inv = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/invitations`)
      .set(bearer(organiser))
      .send({ assignedMembers: true });
    expect(inv.status).toBe(201);
    sms.length = 0;
    await t.http().post(`/api/v1/sessions/${s.id}/publish`).set(bearer(organiser)).expect(200);
    await worker().runDue();
    await worker().runDue();
    const box = await inbox(memberUser.token);
    const notices = box.items.filter((n) => n.kind === 'session.invited');
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain('2031年5月22日');
    expect(notices[0].body).toContain('09:30');
    expect(notices[0].body).toContain('青云街道委员工作室');
    expect(sms.filter((m) => m.phone === memberPhone)).toHaveLength(1);
    expect(sms[0].text).toContain('五华区青云街 88 号');
  });

  it('publishing tells the handlers of an invited department too; one who is disabled gets nothing', async () => {
    const dept = await createDepartment(t, organiser, { name: '五华区交通运输局' });
    const handler = await staff(t, admin, {
      username: 'nt_handler',
      roles: ['department_handler'],
      regionCode: '530102',
      departmentId: dept.id,
    });
    const away = await staff(t, admin, {
      username: 'nt_handler_away',
      roles: ['department_handler'],
      regionCode: '530102',
      departmentId: dept.id,
    });
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [away.id]);
    const s = await createSession(t, organiser, { title: '公交站台协商会' });
    await t
      .http()
      .post(`/api/v1/sessions/${s.id}/invitations`)
      .set(bearer(organiser))
      .send({ departmentIds: [dept.id] })
      .expect(201);
    await t.http().post(`/api/v1/sessions/${s.id}/publish`).set(bearer(organiser)).expect(200);
    await worker().runDue();
    await worker().runDue();
    const notices = (await inbox(handler.token)).items.filter((n) => n.kind === 'session.invited');
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toContain('公交站台协商会');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [
      away.id,
    ]);
    expect(n).toBe(0);
  });

  it('a postponement and a cancellation reach everyone registered, with the new date and place', async () => {
    const residentToken = await t.residentToken(residentPhone, '翠湖居民');
    const s = await publishSession(t, organiser, {
      startsAt: '2031-06-10T14:30:00+08:00',
      endsAt: '2031-06-10T16:30:00+08:00',
      registrationOpensAt: inHours(-1),
    });
    const reg = await register(t, residentToken, s.id, { name: '李居民' });
    expect(reg.status).toBe(201);
    const walkUpPhone = '13600000203';
    const byStaff = await register(t, organiser, s.id, { name: '张大爷', phone: walkUpPhone });
    expect(byStaff.status).toBe(201);
    await worker().runDue();
    sms.length = 0;
    await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(organiser))
      .send({ startsAt: '2031-06-17T14:30:00+08:00', endsAt: '2031-06-17T16:30:00+08:00' })
      .expect(200);
    await worker().runDue();
    const box = await inbox(residentToken);
    const changed = box.items.find((n) => n.kind === 'session.changed')!;
    expect(changed.title).toContain('延期');
    expect(changed.body).toContain('2031年6月17日');
    expect(changed.body).toContain('14:30');
    expect(changed.body).toContain((s.place as { name: string }).name);
    expect(sms.map((m) => m.phone).sort()).toEqual([residentPhone, walkUpPhone].sort());
    expect(sms.every((m) => m.text.includes('2031年6月17日'))).toBe(true);

    sms.length = 0;
    await t
      .http()
      .post(`/api/v1/sessions/${s.id}/cancel`)
      .set(bearer(organiser))
      .send({ reason: '场地检修' })
      .expect(200);
    await worker().runDue();
    const after = await inbox(residentToken);
    const cancelled = after.items.find((n) => n.kind === 'session.cancelled')!;
    expect(cancelled.body).toContain('场地检修');
    expect(cancelled.body).toContain('2031年6月17日');
    // A reader who chose English reads the same notices in English (the place keeps its own name);
    // one who chose Traditional reads them converted.
    const en = await inbox(residentToken, 'en');
    const place = (s.place as { name: string }).name;
    const title = String(s.title);
    expect(en.items.find((n) => n.kind === 'session.changed')).toMatchObject({
      title: `The meeting “${title}” was postponed`,
      body: expect.stringMatching(new RegExp(`^New time: 17 Jun 2031, 14:30–16:30; place: ${place} \\(`)),
    });
    expect(en.items.find((n) => n.kind === 'session.cancelled')).toMatchObject({
      title: `The meeting “${title}” was cancelled`,
      body: expect.stringMatching(/^It was to be held 17 Jun 2031, 14:30–16:30 at .+\. Reason: 场地检修$/),
    });
    const hant = await inbox(residentToken, 'zh-TW');
    expect(hant.items.find((n) => n.kind === 'session.cancelled')!.body).toContain('原因：場地檢修');
    expect(sms.map((m) => m.phone).sort()).toEqual([residentPhone, walkUpPhone].sort());
    // Mark read.
    await t
      .http()
      .post(`/api/v1/me/notifications/${cancelled.id}/read`)
      .set(bearer(residentToken))
      .expect(200);
    const read = await inbox(residentToken);
    expect(read.items.find((n) => n.id === cancelled.id)!.readAt).toBeTruthy();
    expect(read.unread).toBe(read.total - 1);
    await t.http().post('/api/v1/me/notifications/read-all').set(bearer(residentToken)).expect(200);
    expect((await inbox(residentToken)).unread).toBe(0);
    // Nobody reads someone else's notice.
    expect(
      (await t.http().post(`/api/v1/me/notifications/${cancelled.id}/read`).set(bearer(organiser))).status,
    ).toBe(404);
  });

  it('a meeting whose title is as long as it may be still reaches its registrants', async () => {
    const residentToken = await t.residentToken('13600000206', '长标题居民');
    const title = '关于'.padEnd(200, '停车');
    const s = await publishSession(t, organiser, {
      title,
      startsAt: inHours(30),
      endsAt: inHours(32),
      registrationOpensAt: inHours(-1),
    });
    expect((await register(t, residentToken, s.id, { name: '长标题居民' })).status).toBe(201);
    await t
      .http()
      .post(`/api/v1/sessions/${s.id}/cancel`)
      .set(bearer(organiser))
      .send({ reason: '改期' })
      .expect(200);
    await worker().runDue();
    const cancelled = (await inbox(residentToken)).items.find((n) => n.kind === 'session.cancelled');
    expect(cancelled?.title).toBe(`协商会议「${title}」已取消`);
    const failed: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM scheduling_jobs WHERE payload->>'sessionId' = $1 AND last_error IS NOT NULL`,
      [s.id],
    );
    expect(failed[0].n).toBe(0);
  });

  it('reminds 24 h and 1 h before; a reminder for an old start time skips itself', async () => {
    const residentToken = await t.residentToken('13600000204', '提醒居民');
    const s = await publishSession(t, organiser, {
      startsAt: inHours(30),
      endsAt: inHours(32),
      registrationOpensAt: inHours(-1),
      capacity: 1,
    });
    expect((await register(t, residentToken, s.id, { name: '提醒居民' })).status).toBe(201);
    const waitlistedToken = await t.residentToken('13600000205', '候补居民');
    const w = await register(t, waitlistedToken, s.id, { name: '候补居民' });
    expect(w.body.status).toBe('waitlisted');
    const db = t.app.get(DataSource);
    const jobs: { kind: string; run_at: Date; payload: { minutes: number } }[] = await db.query(
      `SELECT kind, run_at, payload FROM scheduling_jobs WHERE payload->>'sessionId' = $1 AND kind = 'session.reminder' ORDER BY run_at`,
      [s.id],
    );
    expect(jobs.map((j) => j.payload.minutes)).toEqual([1440, 60]);
    expect(
      Math.abs(new Date(jobs[0].run_at).getTime() - (new Date(s.startsAt).getTime() - 24 * HOUR)),
    ).toBeLessThan(1000);
    // Time passes: make the 24 h reminder due, then the 1 h one.
    await db.query(
      `UPDATE scheduling_jobs SET run_at = now() WHERE payload->>'sessionId' = $1 AND payload->>'minutes' = '1440'`,
      [s.id],
    );
    await worker().runDue();
    let box = await inbox(residentToken);
    expect(box.items.filter((n) => n.kind === 'session.reminder').map((n) => n.title)).toEqual([
      expect.stringContaining('1 天'),
    ]);
    await db.query(
      `UPDATE scheduling_jobs SET run_at = now() WHERE payload->>'sessionId' = $1 AND payload->>'minutes' = '60'`,
      [s.id],
    );
    await worker().runDue();
    box = await inbox(residentToken);
    expect(box.items.filter((n) => n.kind === 'session.reminder')).toHaveLength(2);
    // Reminders are for those with a seat; the waitlisted hear of changes but not reminders.
    expect((await inbox(waitlistedToken)).items.filter((n) => n.kind === 'session.reminder')).toHaveLength(0);

    // Postponed: the old reminders no longer apply, new ones are queued for the new start.
    const s2 = await publishSession(t, organiser, { startsAt: inHours(40), endsAt: inHours(42) });
    await t
      .http()
      .patch(`/api/v1/sessions/${s2.id}`)
      .set(bearer(organiser))
      .send({ startsAt: inHours(70), endsAt: inHours(72) })
      .expect(200);
    await db.query(
      `UPDATE scheduling_jobs SET run_at = now() WHERE payload->>'sessionId' = $1 AND kind = 'session.reminder'`,
      [s2.id],
    );
    await worker().runDue();
    const states: { status: string; n: string }[] = await db.query(
      `SELECT status, count(*) AS n FROM scheduling_jobs WHERE payload->>'sessionId' = $1 AND kind = 'session.reminder' GROUP BY status ORDER BY status`,
      [s2.id],
    );
    expect(states).toEqual([
      { status: 'done', n: '2' },
      { status: 'skipped', n: '2' },
    ]);
  });

  it('two replicas racing over the job table deliver each notice exactly once', async () => {
    // A second app process on the same database: a real second replica with its own pool and worker.
    const replica = await createApp(t.config, t.databaseUrl, false);
    await replica.init();
    const replicaSms = recordSms(replica);
    sms.length = 0;
    try {
      const ws = await createTestWorkstation(t, organiser);
      await assignMembers(t, organiser, ws.id, [{ memberId }]);
      const sessions = [];
      for (let i = 0; i < 12; i++) {
        const start = new Date(Date.UTC(2032, 0, 1 + i, 2, 0));
        const s = await createSession(t, organiser, {
          workstationId: ws.id,
          startsAt: start,
          endsAt: new Date(start.getTime() + 2 * HOUR),
        });
        await t
          .http()
          .post(`/api/v1/sessions/${s.id}/invitations`)
          .set(bearer(organiser))
          .send({ assignedMembers: true })
          .expect(201);
        await t.http().post(`/api/v1/sessions/${s.id}/publish`).set(bearer(organiser)).expect(200);
        sessions.push(s.id);
      }
      const [a, b, c] = await Promise.all([
        t.app.get(JobWorker).runDue(1000, 'replica-a'),
        replica.get(JobWorker).runDue(1000, 'replica-b'),
        replica.get(JobWorker).runDue(1000, 'replica-b2'),
      ]);
      const db = t.app.get(DataSource);
      const jobs: { status: string; done_by: string }[] = await db.query(
        `SELECT status, done_by FROM scheduling_jobs WHERE kind = 'session.published' AND payload->>'sessionId' = ANY($1)`,
        [sessions],
      );
      expect(jobs).toHaveLength(12);
      expect(jobs.every((j) => j.status === 'done')).toBe(true);
      expect(a + b + c).toBeGreaterThanOrEqual(12);
      const rows: { n: string }[] = await db.query(
        `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND dedupe_key = ANY($2)`,
        [memberUser.id, sessions.map((id) => `invited:${id}`)],
      );
      expect(Number(rows[0].n)).toBe(12);
      const allSms = [...sms, ...replicaSms].filter((m) => m.phone === memberPhone);
      expect(allSms).toHaveLength(12);
    } finally {
      await replica.close();
    }
  });

  it('an ended session without a published outcome reminds its organiser after 3 and 7 days; a published outcome stops it', async () => {
    const db = t.app.get(DataSource);
    const s = await publishSession(t, organiser);
    await t.http().post(`/api/v1/sessions/${s.id}/start`).set(bearer(organiser)).expect(200);
    await t.http().post(`/api/v1/sessions/${s.id}/end`).set(bearer(organiser)).expect(200);
    const jobs: { run_at: Date; payload: { days: number } }[] = await db.query(
      `SELECT run_at, payload FROM scheduling_jobs WHERE kind = 'session.closing' AND payload->>'sessionId' = $1 ORDER BY run_at`,
      [s.id],
    );
    expect(jobs.map((j) => j.payload.days)).toEqual([3, 7]);
    const delta = new Date(jobs[0].run_at).getTime() - Date.now();
    expect(delta).toBeGreaterThan(3 * 24 * HOUR - 60000);
    await db.query(
      `UPDATE scheduling_jobs SET run_at = now() WHERE kind = 'session.closing' AND payload->>'sessionId' = $1`,
      [s.id],
    );
    await worker().runDue();
    const orgBox = await inbox(organiser);
    const closing = orgBox.items.filter(
      (n) => n.kind === 'session.closing' && n.title.includes(s.title as string),
    );
    expect(closing.map((n) => n.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('3 天'), expect.stringContaining('7 天')]),
    );
    expect(organiserId).toBeTruthy();

    // Another one: the outcome is published before the reminders are due.
    const s2 = await publishSession(t, organiser);
    await t.http().post(`/api/v1/sessions/${s2.id}/start`).set(bearer(organiser)).expect(200);
    await t.http().post(`/api/v1/sessions/${s2.id}/end`).set(bearer(organiser)).expect(200);
    const events = t.app.get(DomainEvents);
    events.publish({
      type: 'outcome.published',
      sessionId: s2.id,
      regionCode: '530102',
      suggestionIds: [],
      publishedAt: new Date().toISOString(),
    });
    await events.drain();
    const concluded = await t.http().get(`/api/v1/sessions/${s2.id}`).set(bearer(organiser)).expect(200);
    expect(concluded.body.status).toBe('concluded');
    const left: { status: string }[] = await db.query(
      `SELECT status FROM scheduling_jobs WHERE kind = 'session.closing' AND payload->>'sessionId' = $1`,
      [s2.id],
    );
    expect(left.map((j) => j.status)).toEqual(['skipped', 'skipped']);
  });

  it("a published outcome tells the meeting's participants in their inbox, once; one published long ago tells no one", async () => {
    const s = await publishSession(t, organiser, { title: '夜市噪音治理协商会' });
    const taking = await t.residentToken('13600000231', '参会的居民');
    const stayedAway = await t.residentToken('13600000232', '没报名的居民');
    expect((await register(t, taking, s.id, { name: '参会居民' })).status).toBe(201);
    await t.http().post(`/api/v1/sessions/${s.id}/start`).set(bearer(organiser)).expect(200);
    await t.http().post(`/api/v1/sessions/${s.id}/end`).set(bearer(organiser)).expect(200);
    await publishOutcome(t, organiser, s.id, { summary: '纪要', consensus: ['夜市 22 点收摊'] });
    await t.app.get(DomainEvents).drain();
    await worker().runDue();
    await worker().runDue();

    const told = (await inbox(taking)).items.filter((n) => n.kind === 'session.outcome');
    expect(told).toEqual([
      expect.objectContaining({
        title: '协商会议「夜市噪音治理协商会」的成果已公开',
        body: expect.stringContaining('承办单位答复后，您可以评价'),
      }),
    ]);
    const full = await t.http().get('/api/v1/me/notifications?pageSize=100').set(bearer(taking)).expect(200);
    expect(full.body.items.find((n: { kind: string }) => n.kind === 'session.outcome').link).toBe(
      `/sessions/${s.id}`,
    );
    const en = (await inbox(taking, 'en')).items.find((n) => n.kind === 'session.outcome');
    expect(en?.title).toBe('The outcome of the meeting “夜市噪音治理协商会” is public');
    expect((await inbox(stayedAway)).items.filter((n) => n.kind === 'session.outcome')).toEqual([]);
    expect(sms.filter((x) => x.text.includes('夜市噪音治理协商会') && x.text.includes('成果'))).toEqual([]);

    // An outcome entered for a meeting of long ago (an import; the demo's past) is not news.
    const old = await publishSession(t, organiser, { title: '去年的协商会' });
    const oldTaking = await t.residentToken('13600000233', '去年参会的居民');
    expect((await register(t, oldTaking, old.id, { name: '去年参会' })).status).toBe(201);
    await t.http().post(`/api/v1/sessions/${old.id}/start`).set(bearer(organiser)).expect(200);
    await t.http().post(`/api/v1/sessions/${old.id}/end`).set(bearer(organiser)).expect(200);
    const events = t.app.get(DomainEvents);
    events.publish({
      type: 'outcome.published',
      sessionId: old.id,
      regionCode: '530102',
      suggestionIds: [],
      publishedAt: new Date(Date.now() - 200 * 86400_000).toISOString(),
    });
    await events.drain();
    await worker().runDue();
    expect(
      (await t.http().get(`/api/v1/sessions/${old.id}`).set(bearer(organiser)).expect(200)).body.status,
    ).toBe('concluded');
    expect((await inbox(oldTaking)).items.filter((n) => n.kind === 'session.outcome')).toEqual([]);
  });

  it('publishes domain events after commit', async () => {
    const events = t.app.get(DomainEvents);
    const seen: string[] = [];
    for (const type of [
      'session.published',
      'session.changed',
      'session.cancelled',
      'session.started',
      'session.ended',
    ] as const)
      events.on(type, (e) => {
        seen.push(`${e.type}`);
      });
    const s = await publishSession(t, organiser);
    await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(organiser))
      .send({ title: '新标题' })
      .expect(200);
    await t.http().post(`/api/v1/sessions/${s.id}/start`).set(bearer(organiser)).expect(200);
    await t.http().post(`/api/v1/sessions/${s.id}/end`).set(bearer(organiser)).expect(200);
    const c = await createSession(t, organiser);
    await t
      .http()
      .post(`/api/v1/sessions/${c.id}/cancel`)
      .set(bearer(organiser))
      .send({ reason: 'x' })
      .expect(200);
    await events.drain();
    expect(seen).toEqual([
      'session.published',
      'session.changed',
      'session.started',
      'session.ended',
      'session.cancelled',
    ]);
  });
});
