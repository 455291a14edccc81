import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Test } from 'supertest';
import { SUGGESTION_PORT } from '@xs/contracts';
import type { SuggestionPort } from '@xs/contracts';
import { DomainEvents } from '@xs/platform';
import { createMember } from '@test/factories/directory';
import { emitAck, open } from '@test/factories/live';
import { createSession, liveSession, publishSession } from '@test/factories/scheduling';
import { register, testPhone } from '@test/factories/registration';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

const binary = (res: NodeJS.ReadableStream, cb: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
// supertest types its parser with its own Response; this one only reads the stream.
const asBinary = binary as unknown as Parameters<Test['parse']>[0];

describe('random draw (随机抽取)', () => {
  let t: TestApp;
  let org: string;
  let plOrg: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin');
    org = (await staff(t, admin, { username: 'draw_org', roles: ['organiser'], regionCode: '530102' })).token;
    plOrg = (await staff(t, admin, { username: 'draw_pl', roles: ['organiser'], regionCode: '530103' }))
      .token;
    viewer = (
      await staff(t, admin, { username: 'draw_viewer', roles: ['staff_viewer'], regionCode: '530102' })
    ).token;
  });
  afterAll(() => t.close());

  it('draws among confirmed residents only, reproducibly from the stored seed, and keeps every draw', async () => {
    const s = await publishSession(t, org, { capacity: 10 });
    const residents: string[] = [];
    for (let i = 0; i < 8; i++) {
      residents.push((await register(t, org, s.id, { name: `居民${i}`, phone: testPhone() })).body.id);
    }
    const expert = await register(t, org, s.id, { name: '专家', phone: testPhone(), role: 'expert' });
    await register(t, org, s.id, { name: '部门', phone: testPhone(), role: 'department' });
    // Waitlisted and cancelled people are not candidates.
    const waiting = await register(t, org, s.id, { name: '候补', phone: testPhone() });
    expect(waiting.body.status).toBe('waitlisted');
    await t.http().delete(`/api/v1/registrations/${residents[7]}`).set(bearer(org)).expect(200);
    // The cancellation promoted the waitlisted resident, who is now a candidate.
    const candidates = [...residents.slice(0, 7), waiting.body.id as string].sort();

    const first = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/draw`)
      .set(bearer(org))
      .send({ count: 3, seed: '2026-11-23 公开' });
    expect(first.status).toBe(400); // seeds are printable ASCII
    const draw = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/draw`)
      .set(bearer(org))
      .send({ count: 3, seed: 'wuhua-2026-11-23' });
    expect(draw.status).toBe(201);
    expect(draw.body).toMatchObject({
      seed: 'wuhua-2026-11-23',
      count: 3,
      candidateCount: 8,
      candidates,
      candidatesHash: createHash('sha256').update(candidates.join('\n')).digest('hex'),
    });
    const winners = draw.body.winners.map((w: { registrationId: string }) => w.registrationId);
    expect(new Set(winners).size).toBe(3);
    for (const w of winners) expect(candidates).toContain(w);
    expect(winners).not.toContain(expert.body.id);
    expect(draw.body.winners[0].name).toMatch(/^(居民\d|候补)$/);

    const again = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/draw`)
      .set(bearer(org))
      .send({ count: 3, seed: 'wuhua-2026-11-23' });
    expect(again.body.winners).toEqual(draw.body.winners);
    const other = await t.http().post(`/api/v1/sessions/${s.id}/draw`).set(bearer(org)).send({ count: 8 });
    expect(other.status).toBe(201);
    expect(other.body.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(other.body.winners.map((w: { registrationId: string }) => w.registrationId))).toEqual(
      new Set(candidates),
    );

    const stored = await t.http().get(`/api/v1/sessions/${s.id}/draws`).set(bearer(viewer)).expect(200);
    expect(stored.body.total).toBe(3);
    expect(stored.body.items.map((d: { id: string }) => d.id)).toContain(draw.body.id);
    const verify = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/draws/${draw.body.id}/verify`)
      .set(bearer(org))
      .expect(200);
    expect(verify.body).toMatchObject({ candidatesHashMatches: true, resultMatches: true, winners });

    const audit = await t
      .http()
      .get('/api/v1/audit?action=registration.draw')
      .set(bearer(await t.login('admin')));
    expect(audit.body.items.some((e: { targetId: string }) => e.targetId === s.id)).toBe(true);
  });

  it('refuses draws on drafts (409), bad counts (400) and other regions (403 / 404)', async () => {
    const draft = await createSession(t, org);
    const d = await t.http().post(`/api/v1/sessions/${draft.id}/draw`).set(bearer(org)).send({ count: 1 });
    expect(d.status).toBe(409);
    const s = await publishSession(t, org);
    expect(
      (await t.http().post(`/api/v1/sessions/${s.id}/draw`).set(bearer(org)).send({ count: 0 })).status,
    ).toBe(400);
    expect(
      (await t.http().post(`/api/v1/sessions/${s.id}/draw`).set(bearer(plOrg)).send({ count: 1 })).status,
    ).toBe(403);
    expect((await t.http().get(`/api/v1/sessions/${s.id}/draws`).set(bearer(plOrg))).status).toBe(404);
    expect(
      (await t.http().post(`/api/v1/sessions/${s.id}/draw`).set(bearer(viewer)).send({ count: 1 })).status,
    ).toBe(403);
  });
});

describe('duty records (履职档案) and online attendance', () => {
  let t: TestApp;
  let admin: string;
  let org: string;
  let plOrg: string;
  let memberUser: { id: string; token: string };
  let member: { id: string };

  beforeAll(async () => {
    t = await startTestApp({
      DUTY_POINT_WEIGHTS: 'attendance=5,question=2,speech=3,suggestion=5,adopted=15',
    });
    admin = await t.login('admin');
    org = (await staff(t, admin, { username: 'duty_org', roles: ['organiser'], regionCode: '530102' })).token;
    plOrg = (await staff(t, admin, { username: 'duty_pl', roles: ['organiser'], regionCode: '530103' }))
      .token;
    memberUser = await staff(t, admin, {
      username: 'duty_member',
      roles: ['member'],
      regionCode: '530102',
      phone: testPhone(),
    });
    member = (await createMember(t, org, { name: '刘洋', sector: '经济界', userId: memberUser.id })) as {
      id: string;
    };
  });
  afterAll(() => t.close());

  it('counts sessions attended on site, online and by accepted invitation, with questions and weighted points', async () => {
    // On site: the member registers itself and is checked in at the desk.
    const onsite = await publishSession(t, org, { title: '青云街道停车难协商会' });
    const reg = await register(t, memberUser.token, onsite.id, { name: '刘洋' });
    expect(reg.status).toBe(201);
    await t
      .http()
      .post(`/api/v1/sessions/${onsite.id}/checkins`)
      .set(bearer(org))
      .send({ code: reg.body.ticket.code })
      .expect(201);
    // Registered but never checked in: not attendance.
    const noShow = await publishSession(t, org);
    await register(t, memberUser.token, noShow.id, { name: '刘洋' });

    // Online: the member joins the live room and asks a question.
    const online = await liveSession(t, org, { title: '线上议事：老旧小区加装电梯' });
    const base = await t.listen();
    const sock = await open(base, { token: memberUser.token });
    try {
      expect((await emitAck(sock, 'room:join', { sessionId: online.id })).ok).toBe(true);
      const q = await emitAck(sock, 'question:ask', {
        sessionId: online.id,
        clientMsgId: 'q-1',
        text: '加装电梯的费用怎么分摊？',
      });
      expect(q.ok).toBe(true);
    } finally {
      sock.disconnect();
    }
    await t.app.get(DomainEvents).drain();
    // A suggestion drawn from the member's question, as the live room files it through outcomes' port.
    await t.app.get<SuggestionPort>(SUGGESTION_PORT).createDraft({
      sessionId: online.id,
      content: '建议由街道牵头制定加装电梯费用分摊指引',
      departmentIds: [],
      sourceUserId: memberUser.id,
      createdBy: memberUser.id,
    });

    // By invitation: invited and accepted.
    const invited = await publishSession(t, org, { title: '委员约谈会' });
    await t
      .http()
      .post(`/api/v1/sessions/${invited.id}/invitations`)
      .set(bearer(org))
      .send({ memberIds: [member.id] })
      .expect(201);
    const mine = await t.http().get('/api/v1/me/invitations').set(bearer(memberUser.token)).expect(200);
    const inv = (mine.body.items ?? mine.body).find((i: { sessionId: string }) => i.sessionId === invited.id);
    await t
      .http()
      .post(`/api/v1/invitations/${inv.id}/respond`)
      .set(bearer(memberUser.token))
      .send({ response: 'accept' })
      .expect(200);

    const from = new Date(Date.now() - 86400_000).toISOString();
    const to = new Date(Date.now() + 60 * 86400_000).toISOString();
    const rec = await t
      .http()
      .get(
        `/api/v1/members/${member.id}/duty-record?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      )
      .set(bearer(org));
    expect(rec.status).toBe(200);
    expect(rec.body.member).toMatchObject({ id: member.id, name: '刘洋', sector: '经济界' });
    const bySession = Object.fromEntries(
      rec.body.sessions.map((s: { sessionId: string; via: string[] }) => [s.sessionId, s.via]),
    );
    expect(bySession).toEqual({
      [onsite.id]: ['onsite'],
      [online.id]: ['online'],
      [invited.id]: ['invited'],
    });
    expect(rec.body.attendance).toBe(3);
    expect(rec.body.questions).toBe(1);
    // Suggestions come from outcomes (SUGGESTION_PORT.countFromUser): one drafted from this member.
    expect(rec.body.suggestions).toEqual({ total: 1, adopted: 0 });
    expect(rec.body.sources).toMatchObject({
      live: true,
      suggestions: true,
      invitations: true,
      account: true,
    });
    expect(rec.body.points).toEqual({
      attendance: 15,
      speeches: 0,
      questions: 2,
      suggestions: 5,
      adopted: 0,
      opinion: 0,
      total: 22,
    });
    expect(rec.body.weights).toMatchObject({ attendance: 5, adopted: 15 });

    // The member reads its own record; the live room's unique/peak figures reach the organiser's counts.
    expect(
      (await t.http().get(`/api/v1/members/${member.id}/duty-record`).set(bearer(memberUser.token))).status,
    ).toBe(200);
    const att = await t.http().get(`/api/v1/sessions/${online.id}/attendance`).set(bearer(org)).expect(200);
    expect(att.body.online).toMatchObject({ unique: 1, peak: expect.any(Number) });

    // A window that excludes everything counts nothing.
    const past = await t
      .http()
      .get(`/api/v1/members/${member.id}/duty-record?from=2020-01-01&to=2020-12-31`)
      .set(bearer(org));
    expect(past.body).toMatchObject({ attendance: 0, sessions: [] });

    // The export opens as a workbook with the same figures.
    const xlsx = await t
      .http()
      .get(
        `/api/v1/members/${member.id}/duty-record.xlsx?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      )
      .set(bearer(org))
      .buffer(true)
      .parse(asBinary);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const summary = wb.getWorksheet('履职汇总')!;
    const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
    const attendanceRow = rows.find((r) => r[1] === '参加活动')!;
    expect(attendanceRow.slice(2, 5)).toEqual([3, 5, 15]);
    expect(rows.find((r) => r[1] === '合计')![4]).toBe(rec.body.points.total);
    expect(wb.getWorksheet('参加的活动')!.rowCount).toBe(4);
    // Who took a member's record away as a file is in the audit trail.
    const audited: { actor_id: string }[] = await t.db.query(
      `SELECT actor_id FROM audit_log WHERE action = 'export.duty_record' AND target_id = $1`,
      [member.id],
    );
    expect(audited).toHaveLength(1);
  });

  it('is scoped: other regions and other members see 404, residents 403, bad ranges 400', async () => {
    expect((await t.http().get(`/api/v1/members/${member.id}/duty-record`).set(bearer(plOrg))).status).toBe(
      404,
    );
    const otherMember = await staff(t, admin, {
      username: 'duty_member2',
      roles: ['member'],
      regionCode: '530102',
    });
    expect(
      (await t.http().get(`/api/v1/members/${member.id}/duty-record`).set(bearer(otherMember.token))).status,
    ).toBe(404);
    const resident = await t.residentToken('13911112222');
    expect(
      (await t.http().get(`/api/v1/members/${member.id}/duty-record`).set(bearer(resident))).status,
    ).toBe(403);
    const bad = await t
      .http()
      .get(`/api/v1/members/${member.id}/duty-record?from=2026-12-01&to=2026-01-01`)
      .set(bearer(org));
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('BAD_RANGE');
    expect(
      (
        await t
          .http()
          .get(`/api/v1/members/00000000-0000-4000-8000-000000000000/duty-record`)
          .set(bearer(org))
      ).status,
    ).toBe(404);
  });
});
