import type { Socket } from 'socket.io-client';
import { ConsensusEngine } from '@xs/live';
import { DomainEvents, PiiCipher } from '@xs/platform';
import { ErasureService } from '@xs/identity';
import { assignMembers, createMember, createWorkstation } from '../support/factories/directory';
import { act, inDays, outcomesWorld, suggestion, type OutcomesWorld } from '../support/factories/outcomes';
import { register } from '../support/factories/registration';
import { liveSession, publishSession, sessionTransition } from '../support/factories/scheduling';
import {
  emitAck,
  livePhone,
  LOOPBACK_PROXY,
  open,
  resident,
  until,
  waitFor,
} from '../support/factories/live';
import { bearer, SMS_CODE, staff, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const ERASED = '已注销用户';

/**
 * Erasing a person (issue 18 "votes are erased with the person", PIPL art. 47): a resident erases
 * themselves, an admin erases someone; identity publishes `user.erased` and every context that holds
 * personal data reacts, while the figures built on it (attendance, ratings, supports) stay.
 */
describe('erasure', () => {
  let t: TestApp;
  let url: string;
  let w: OutcomesWorld;
  const sockets: Socket[] = [];
  const api = (token?: string) => ({
    post: (path: string, body: object = {}) =>
      t
        .http()
        .post(`/api/v1${path}`)
        .set(token ? bearer(token) : {})
        .send(body),
    get: (path: string) =>
      t
        .http()
        .get(`/api/v1${path}`)
        .set(token ? bearer(token) : {}),
    del: (path: string, body: object = {}) =>
      t
        .http()
        .delete(`/api/v1${path}`)
        .set(token ? bearer(token) : {})
        .send(body),
  });
  const settled = () => t.app.get(DomainEvents).drain();
  const signIn = async (phone: string, nickname: string) => {
    await api().post('/auth/sms', { phone }).expect(202);
    const res = await api().post('/auth/resident', { phone, code: SMS_CODE, nickname }).expect(200);
    return { id: res.body.user.id as string, token: res.body.accessToken as string };
  };

  beforeAll(async () => {
    t = await startTestApp({ TRUSTED_PROXIES: LOOPBACK_PROXY });
    url = await t.listen();
    w = await outcomesWorld(t);
    const engine = t.app.get(ConsensusEngine);
    engine.intervalMs = 200;
    engine.start();
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  describe('a resident erases themselves', () => {
    const phone = livePhone();
    let victim: { id: string; token: string };
    let others: { id: string; token: string }[];
    let liveId: string;
    let futureId: string;
    let statements: string[];
    let mod: Socket;
    let messageId: string;
    let topicId: string;
    let rated: string;
    let attendanceBefore: Record<string, unknown>;
    const regIds: Record<string, string> = {};

    beforeAll(async () => {
      victim = await signIn(phone, '将注销的居民');
      others = await Promise.all(Array.from({ length: 4 }, (_, i) => resident(t, `居民${i}`)));

      // Live room: the victim votes on three statements, says something in chat, is in the room.
      const live = await liveSession(t, w.organiser.token);
      liveId = live.id;
      statements = [];
      for (const text of ['应增设社区食堂', '应延长图书馆开放时间', '应拓宽背街小巷'])
        statements.push(
          (await api(w.organiser.token).post(`/sessions/${liveId}/statements`, { text })).body.id,
        );
      for (const p of [victim, ...others])
        for (const [i, id] of statements.entries())
          await api(p.token)
            .post(`/statements/${id}/votes`, { vote: i === 1 && p !== victim ? 'disagree' : 'agree' })
            .expect(200);
      const vs = await open(url, { token: victim.token });
      sockets.push(vs);
      expect((await emitAck(vs, 'room:join', { sessionId: liveId })).ok).toBe(true);
      const sent = await emitAck(vs, 'chat:send', {
        sessionId: liveId,
        clientMsgId: 'erase-1',
        text: '我支持建食堂',
      });
      expect(sent.ok).toBe(true);
      messageId = sent.id as string;
      mod = await open(url, { token: w.organiser.token });
      sockets.push(mod);
      expect((await emitAck(mod, 'room:join', { sessionId: liveId })).ok).toBe(true);

      // Registration: a checked-in seat at the meeting, and a seat (won from the waitlist) at one to come.
      const reg = await register(t, victim.token, liveId, { name: '张某某', phone, community: '翠湖社区' });
      expect(reg.status).toBe(201);
      regIds.live = reg.body.id;
      const [{ check_in_code: code }] = await t.db.query(
        `SELECT check_in_code FROM registrations WHERE id = $1`,
        [regIds.live],
      );
      await api(w.organiser.token).post(`/sessions/${liveId}/checkins`, { code }).expect(201);
      const future = await publishSession(t, w.organiser.token, { capacity: 1 });
      futureId = future.id;
      const first = await register(t, others[0].token, futureId, { name: '李某' });
      regIds.future = (await register(t, victim.token, futureId, { name: '张某某', phone })).body.id;
      await api(others[0].token).del(`/registrations/${first.body.id}`).expect(200);
      regIds.waiting = (await register(t, others[1].token, futureId, { name: '王某' })).body.id;
      await settled();

      // Scheduling: a topic proposed and another supported.
      const topic = await api(victim.token).post('/topics', {
        title: '老旧小区加装电梯',
        description: '希望尽快加装电梯',
        regionCode: '530102',
        source: 'resident',
      });
      expect(topic.status).toBe(201);
      topicId = topic.body.id;
      const theirs = await api(others[2].token).post('/topics', {
        title: '增设充电桩',
        description: '小区缺少充电桩',
        regionCode: '530102',
        source: 'resident',
      });
      await api(victim.token).post(`/topics/${theirs.body.id}/support`).expect(200);
      regIds.supported = theirs.body.id;

      // Outcomes: after the meeting the victim rates a replied suggestion.
      await sessionTransition(t, w.organiser.token, liveId, 'end');
      rated = (await suggestion(t, w.organiser.token, liveId, [w.departments[0].id])).id;
      await act(t, w.organiser.token, rated, 'assign', {
        departmentIds: [w.departments[0].id],
        dueAt: inDays(9),
      }).expect(200);
      await act(t, w.departments[0].handler.token, rated, 'reply', {
        grade: 'A',
        content: '已解决',
        adopted: true,
      }).expect(200);
      await act(t, victim.token, rated, 'ratings', { rating: 'satisfied', comment: '很好' }).expect(201);
      // The room's peak is raised by the presence beat (once a second): let it count both sockets (the
      // victim and the moderator) first, so what follows compares attendance, not the beat's timing.
      await until(
        async () =>
          (await api(w.organiser.token).get(`/sessions/${liveId}/attendance`)).body.online?.peak === 2,
      );
      attendanceBefore = (await api(w.organiser.token).get(`/sessions/${liveId}/attendance`)).body;
      // What the erasure must remove is there to begin with.
      const [held] = await t.db.query(
        `SELECT (SELECT count(*) FROM notifications WHERE user_id = $1)::int AS notices,
                (SELECT count(*) FROM topic_supports WHERE user_id = $1)::int AS supports,
                (SELECT count(*) FROM suggestion_ratings WHERE user_id = $1)::int AS ratings,
                (SELECT count(*) FROM live_participants WHERE user_id = $1)::int AS seen,
                (SELECT count(*) FROM consensus_votes WHERE user_id = $1)::int AS votes`,
        [victim.id],
      );
      expect(held).toEqual({ notices: expect.any(Number), supports: 1, ratings: 1, seen: 1, votes: 3 });
      expect(held.notices).toBeGreaterThan(0);
      await until(
        async () => (await api(w.organiser.token).get(`/sessions/${liveId}/consensus`)).body.voters === 5,
      );
    });

    it('identity: needs a fresh code sent to the account phone, then the account is scrubbed and signs in no more', async () => {
      const noCode = await api(victim.token).del('/me');
      expect(noCode.status).toBe(400);
      const staffSelf = await api(w.organiser.token).del('/me', { code: SMS_CODE });
      expect(staffSelf.status).toBe(403);
      await api(victim.token).post('/me/erasure-code').expect(202);
      const wrong = await api(victim.token).del('/me', { code: '000000' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('SMS_CODE_INVALID');
      expect((await api(victim.token).get('/me')).status).toBe(200);

      const mapSeen = waitFor(mod, 'consensus:update', (u) => u.voters === 4);
      await api(victim.token).del('/me', { code: SMS_CODE }).expect(204);
      await settled();

      expect((await api(victim.token).get('/me')).status).toBe(401);
      const [row] = await t.db.query(
        `SELECT display_name, nickname, username, phone_enc, phone_bidx, disabled_at, erased_at FROM users WHERE id = $1`,
        [victim.id],
      );
      expect(row).toMatchObject({
        display_name: ERASED,
        nickname: null,
        username: null,
        phone_enc: null,
        phone_bidx: null,
      });
      expect(row.erased_at).not.toBeNull();
      const audit = await t.db.query(
        `SELECT actor_name, result FROM audit_log WHERE action = 'user.erase.self' AND target_id = $1::text ORDER BY id`,
        [victim.id],
      );
      expect(audit.map((a: { result: string }) => a.result)).toEqual(['failed:sms_code_invalid', 'ok']);
      expect(audit[1].actor_name).toBe(ERASED);
      // No row anywhere still finds the person by their phone.
      const bidx = t.app.get(PiiCipher).blindIndex(phone);
      const [found] = await t.db.query(
        `SELECT (SELECT count(*) FROM users WHERE phone_bidx = $1)::int AS users,
                (SELECT count(*) FROM registrations WHERE phone_bidx = $1)::int AS registrations,
                (SELECT count(*) FROM sms_codes WHERE phone_bidx = $1)::int AS codes`,
        [bidx],
      );
      expect(found).toEqual({ users: 0, registrations: 0, codes: 0 });

      // The moderator's map is recomputed without the erased votes.
      const update = await mapSeen;
      expect(update.points).toHaveLength(update.participants);
    });

    it('live: votes are gone and the groups recomputed; what was said stays, signed 已注销用户', async () => {
      const votes = await t.db.query(`SELECT count(*)::int AS n FROM consensus_votes WHERE user_id = $1`, [
        victim.id,
      ]);
      expect(votes[0].n).toBe(0);
      const view = (await api(w.organiser.token).get(`/sessions/${liveId}/consensus`)).body;
      expect(view.voters).toBe(4);
      const list = (await api(w.organiser.token).get(`/sessions/${liveId}/statements`)).body.items;
      const first = list.find((s: { id: string }) => s.id === statements[0]);
      expect(first.votes).toEqual({ agree: 4, disagree: 0, pass: 0 });
      const [msg] = await t.db.query(`SELECT author_nickname, text FROM live_messages WHERE id = $1`, [
        messageId,
      ]);
      expect(msg).toEqual({ author_nickname: ERASED, text: '我支持建食堂' });
      const seen = await t.db.query(`SELECT count(*)::int AS n FROM live_participants WHERE user_id = $1`, [
        victim.id,
      ]);
      expect(seen[0].n).toBe(0);
    });

    it('registration: the seat to come goes to the waitlist, past registrations are anonymised and attendance unchanged', async () => {
      const rows = await t.db.query(
        `SELECT id, name, user_id, phone_enc, phone_bidx, community, status, checked_in_at FROM registrations
          WHERE id = ANY($1::uuid[])`,
        [[regIds.live, regIds.future]],
      );
      for (const r of rows)
        expect(r).toMatchObject({
          name: ERASED,
          user_id: null,
          phone_enc: null,
          phone_bidx: null,
          community: null,
        });
      const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
      expect(byId.get(regIds.future)).toMatchObject({ status: 'cancelled' });
      expect(byId.get(regIds.live)).toMatchObject({ status: 'confirmed', checked_in_at: expect.any(Date) });
      const [waiting] = await t.db.query(`SELECT status FROM registrations WHERE id = $1`, [regIds.waiting]);
      expect(waiting.status).toBe('confirmed');
      const after = (await api(w.organiser.token).get(`/sessions/${liveId}/attendance`)).body;
      const { at: _a, ...before } = attendanceBefore;
      const { at: _b, ...now } = after;
      expect(now).toEqual(before);
      expect(after.checkedIn).toBe(1);
    });

    it('scheduling: notices are deleted; the topic stays unnamed; the support still counts', async () => {
      const notes = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [
        victim.id,
      ]);
      expect(notes[0].n).toBe(0);
      const topic = (await api(w.organiser.token).get(`/topics/${topicId}`)).body;
      expect(JSON.stringify(topic)).not.toContain('将注销的居民');
      const [proposer] = await t.db.query(`SELECT proposer_name FROM topics WHERE id = $1`, [topicId]);
      expect(proposer.proposer_name).toBe(ERASED);
      const supported = (await api(w.organiser.token).get(`/topics/${regIds.supported}`)).body;
      expect(supported.supportCount).toBe(1);
      const links = await t.db.query(`SELECT count(*)::int AS n FROM topic_supports WHERE user_id = $1`, [
        victim.id,
      ]);
      expect(links[0].n).toBe(0);
    });

    it('outcomes: the rating keeps counting but no longer leads to the person', async () => {
      const s = (await api(w.organiser.token).get(`/suggestions/${rated}`)).body;
      expect(s.ratings).toEqual({ satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 });
      const mine = await t.db.query(`SELECT count(*)::int AS n FROM suggestion_ratings WHERE user_id = $1`, [
        victim.id,
      ]);
      expect(mine[0].n).toBe(0);
    });

    it('the sweep delivers the event again and changes nothing more', async () => {
      const counts = async () =>
        (
          await t.db.query(
            `SELECT (SELECT count(*) FROM registrations WHERE status = 'confirmed')::int AS confirmed,
                    (SELECT count(*) FROM suggestion_ratings)::int AS ratings,
                    (SELECT count(*) FROM consensus_votes)::int AS votes`,
          )
        )[0];
      const before = await counts();
      expect(await t.app.get(ErasureService).sweep()).toBeGreaterThanOrEqual(1);
      expect(await counts()).toEqual(before);
    });
  });

  describe('an admin erases a person', () => {
    it('needs the admin’s own proof and a reason, is audited, refuses admins and answers 404 the second time', async () => {
      const person = await resident(t, '被注销的居民');
      const path = `/users/${person.id}/erasure`;
      expect(
        (await api(w.organiser.token).post(path, { reason: '本人书面申请', password: 'x' })).status,
      ).toBe(403);
      const noProof = await api(w.admin).post(path, { reason: '本人书面申请' });
      expect(noProof.status).toBe(400);
      expect(noProof.body.code).toBe('REAUTH_REQUIRED');
      const badProof = await api(w.admin).post(path, { reason: '本人书面申请', password: 'not-it' });
      expect(badProof.status).toBe(400);
      const [adminRow] = await t.db.query(`SELECT id FROM users WHERE username = 'admin'`);
      const self = await api(w.admin).post(`/users/${adminRow.id}/erasure`, {
        reason: '测试',
        password: 'Admin-Pass-2026',
      });
      expect(self.status).toBe(409);
      expect(self.body.code).toBe('CANNOT_ERASE_SELF');
      const other = await staff(t, w.admin, {
        username: `erase_admin_${Date.now()}`,
        roles: ['admin'],
        regionCode: '000000',
      });
      const refused = await api(w.admin).post(`/users/${other.id}/erasure`, {
        reason: '测试',
        password: 'Admin-Pass-2026',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('CANNOT_ERASE_ADMIN');

      const ok = await api(w.admin).post(path, {
        reason: '本人书面申请（编号 2026-118）',
        password: 'Admin-Pass-2026',
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ userId: person.id, erasedAt: expect.any(String) });
      await settled();
      expect((await api(person.token).get('/me')).status).toBe(401);
      const [entry] = await t.db.query(
        `SELECT actor_id, detail FROM audit_log WHERE action = 'user.erase' AND target_id = $1::text`,
        [person.id],
      );
      expect(entry.actor_id).toBe(adminRow.id);
      expect(entry.detail).toMatchObject({ reason: '本人书面申请（编号 2026-118）' });
      const twice = await api(w.admin).post(path, { reason: '重复', password: 'Admin-Pass-2026' });
      expect(twice.status).toBe(404);
    });

    it('opinion and directory: a concern recorded with the person’s phone loses it; a member record is unlinked from an erased login', async () => {
      const memberUser = await staff(t, w.admin, {
        username: `erase_member_${Date.now()}`,
        roles: ['member'],
        regionCode: '530102',
      });
      const m = await createMember(t, w.admin, { name: `赵委员${Date.now()}`, userId: memberUser.id });
      const ws = (
        await createWorkstation(t, w.admin, { regionCode: '530102010', name: `注销测试工作站${Date.now()}` })
      ).id as string;
      await assignMembers(t, w.admin, ws, [{ memberId: m.id as string }]);
      const phone = livePhone();
      const person = await signIn(phone, '反映人');
      const entry = await api(memberUser.token).post(`/workstations/${ws}/opinion-entries`, {
        text: '沙朗社区路灯坏了',
        category: '城市管理',
        community: '沙朗社区',
        phone,
      });
      expect(entry.status).toBe(201);
      for (const id of [person.id, memberUser.id])
        await api(w.admin)
          .post(`/users/${id}/erasure`, { reason: '本人申请', password: 'Admin-Pass-2026' })
          .expect(200);
      await settled();
      const [row] = await t.db.query(
        `SELECT text, phone_enc, phone_bidx, community FROM opinion_entries WHERE id = $1`,
        [entry.body.id],
      );
      expect(row).toEqual({ text: '沙朗社区路灯坏了', phone_enc: null, phone_bidx: null, community: null });
      const [member] = await t.db.query(`SELECT name, user_id FROM members WHERE id = $1`, [m.id]);
      expect(member).toEqual({ name: m.name, user_id: null });
      expect((await api(memberUser.token).get('/me')).status).toBe(401);
    });
  });
});
