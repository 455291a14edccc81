import { randomUUID } from 'node:crypto';
import { SUGGESTION_PORT } from '@xs/contracts';
import type { SuggestionPort } from '@xs/contracts';
import { DomainEvents } from '@xs/platform';
import { FollowUpsService } from '@xs/outcomes';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import {
  act,
  heldSession,
  inDays,
  OutcomesWorld,
  outcomesWorld,
  publishOutcome,
  suggestion,
} from '@test/factories/outcomes';
import { liveSession, publishSession } from '@test/factories/scheduling';
import { register, testPhone } from '@test/factories/registration';

// Setting up a year of figures takes longer than Jest's default 5 s per hook.
jest.setTimeout(120_000);

/** A scanned document as the pipeline sees one: a PDF by its first bytes. */
const SCAN = Buffer.from('%PDF-1.4 会议纪要扫描件');

describe('outcomes: outcome, suggestions, department work, ratings', () => {
  let t: TestApp;
  let w: OutcomesWorld;
  let lead: OutcomesWorld['departments'][number];
  let co: OutcomesWorld['departments'][number];
  let other: OutcomesWorld['departments'][number];

  beforeAll(async () => {
    t = await startTestApp();
    w = await outcomesWorld(t);
    [lead, co, other] = w.departments;
  });
  afterAll(() => t.close());

  const api = (token: string) => ({
    get: (p: string) => t.http().get(`/api/v1${p}`).set(bearer(token)),
    put: (p: string, b: object) => t.http().put(`/api/v1${p}`).set(bearer(token)).send(b),
    post: (p: string, b: object = {}) => t.http().post(`/api/v1${p}`).set(bearer(token)).send(b),
  });

  describe('outcome of a session', () => {
    it('takes summary and consensus after the session, fills attendance from check-ins, publishes once', async () => {
      const org = api(w.organiser.token);
      const s = await liveSession(t, w.organiser.token, { format: 'hybrid' });
      // Two registrants, one checked in, one walk-in.
      const r1 = await register(t, w.organiser.token, s.id, {
        name: '张三',
        phone: testPhone(),
        consent: true,
      });
      await register(t, w.organiser.token, s.id, { name: '李四', phone: testPhone(), consent: true });
      await org.post(`/sessions/${s.id}/checkins`, { code: r1.body.ticket.code }).expect(201);
      await org.post(`/sessions/${s.id}/walk-ins`, { name: '王五', phone: testPhone() }).expect(201);

      const early = await org.put(`/sessions/${s.id}/outcome`, { summary: '纪要', consensus: ['共识一'] });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('SESSION_NOT_ENDED');

      await org.post(`/sessions/${s.id}/end`).expect(200);
      const noSummary = await org.post(`/sessions/${s.id}/outcome/publish`);
      expect(noSummary.status).toBe(400);

      const saved = await org.put(`/sessions/${s.id}/outcome`, {
        summary: '居民、委员和住建部门围绕停车难充分协商。',
        consensus: ['增设错时共享停车位', ' ', '建立三方议事机制'],
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        status: 'draft',
        consensus: ['增设错时共享停车位', '建立三方议事机制'],
        attendance: { registered: 2, onsite: 2, onlineUnique: 0, onlinePeak: 0 },
      });

      const events: unknown[] = [];
      t.app.get(DomainEvents).on('outcome.published', (e) => void events.push(e));
      const pub = await org.post(`/sessions/${s.id}/outcome/publish`);
      expect(pub.status).toBe(200);
      expect(pub.body.status).toBe('published');
      expect(pub.body.publishedAt).toBeTruthy();
      expect(events).toEqual([expect.objectContaining({ type: 'outcome.published', sessionId: s.id })]);
      const again = await org.post(`/sessions/${s.id}/outcome/publish`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_PUBLISHED');

      // Scheduling concludes the session on the event.
      await t.app.get(DomainEvents).drain();
      const session = await org.get(`/sessions/${s.id}`).expect(200);
      expect(session.body.status).toBe('concluded');
    });

    it('lists ended sessions without a published outcome in the organiser to-do list', async () => {
      const org = api(w.organiser.token);
      const s = await heldSession(t, w.organiser.token);
      await t.app.get(DomainEvents).drain();
      const todo = await org.get('/me/todo').expect(200);
      const item = todo.body.items.find((i: { sessionId: string }) => i.sessionId === s.id);
      expect(item).toMatchObject({ kind: 'outcome.missing', outcomeStatus: 'pending', mine: true });

      await org.put(`/sessions/${s.id}/outcome`, { summary: '纪要', consensus: [] }).expect(200);
      await org.post(`/sessions/${s.id}/outcome/publish`).expect(200);
      const after = await org.get('/me/todo').expect(200);
      expect(after.body.items.map((i: { sessionId: string }) => i.sessionId)).not.toContain(s.id);

      // An organiser of another region does not see it.
      const pl = await staff(t, w.admin, {
        username: `oc_pl_${Date.now()}`,
        roles: ['organiser'],
        regionCode: '530103',
      });
      const s2 = await heldSession(t, w.organiser.token);
      await t.app.get(DomainEvents).drain();
      const theirs = await api(pl.token).get('/me/todo').expect(200);
      expect(theirs.body.items.map((i: { sessionId: string }) => i.sessionId)).not.toContain(s2.id);
    });

    it('stores attachments, serves them back, refuses other regions', async () => {
      const s = await heldSession(t, w.organiser.token);
      await api(w.organiser.token)
        .put(`/sessions/${s.id}/outcome`, { summary: '纪要', consensus: [] })
        .expect(200);
      const up = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/outcome/attachments`)
        .set(bearer(w.organiser.token))
        .attach('file', SCAN, { filename: '纪要.pdf', contentType: 'application/pdf' });
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ fileName: '纪要.pdf', size: SCAN.length, mime: 'application/pdf' });
      const back = await t.http().get(`/api/v1/outcome-files/${up.body.id}`).set(bearer(w.organiser.token));
      expect(back.status).toBe(200);
      expect(back.headers['content-type']).toContain('application/pdf');
      expect(Number(back.headers['content-length'])).toBe(SCAN.length);
      // Not public before publishing.
      expect((await t.http().get(`/api/v1/outcome-files/${up.body.id}`)).status).toBe(404);
      const outcome = await api(w.organiser.token).get(`/sessions/${s.id}/outcome`).expect(200);
      expect(outcome.body.attachments).toHaveLength(1);
      const pl = await staff(t, w.admin, {
        username: `oc_pl2_${Date.now()}`,
        roles: ['organiser'],
        regionCode: '530103',
      });
      const refused = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/outcome/attachments`)
        .set(bearer(pl.token))
        .attach('file', SCAN, 'x.pdf');
      expect(refused.status).toBe(403);
      const none = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/outcome/attachments`)
        .set(bearer(w.organiser.token));
      expect(none.status).toBe(400);
    });
  });

  describe('who reads attachments', () => {
    it('an outcome file: staff in scope and the handlers of its suggestions, the public once published; a reply file never publicly', async () => {
      const s = await heldSession(t, w.organiser.token);
      await api(w.organiser.token)
        .put(`/sessions/${s.id}/outcome`, { summary: '纪要', consensus: [] })
        .expect(200);
      const up = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/outcome/attachments`)
        .set(bearer(w.organiser.token))
        .attach('file', Buffer.from('%PDF-1.4 草稿纪要'), {
          filename: '纪要.pdf',
          contentType: 'application/pdf',
        });
      expect(up.status).toBe(201);
      const sug = await suggestion(t, w.organiser.token, s.id, [lead.id]);
      await act(t, w.organiser.token, sug.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(20),
      }).expect(200);
      const reply = await t
        .http()
        .post(`/api/v1/suggestions/${sug.id}/attachments`)
        .set(bearer(lead.handler.token))
        .attach('file', Buffer.from('%PDF-1.4 答复函'), {
          filename: '答复函.pdf',
          contentType: 'application/pdf',
        });
      expect(reply.status).toBe(201);

      // A resident who just signed up by SMS has no region, so no scope over staff data.
      const resident = await t.residentToken(testPhone(), '新居民');
      expect((await api(resident).get('/me').expect(200)).body.regionCode).toBeNull();
      const plDept = await t
        .http()
        .post('/api/v1/departments')
        .set(bearer(w.admin))
        .send({ name: `盘龙住建局${Date.now()}`, regionCode: '530103' })
        .expect(201);
      const plHandler = await staff(t, w.admin, {
        username: `oc_plh_${Date.now()}`,
        roles: ['department_handler'],
        regionCode: '530103',
        departmentId: plDept.body.id as string,
      });
      const plOrganiser = await staff(t, w.admin, {
        username: `oc_plo_${Date.now()}`,
        roles: ['organiser'],
        regionCode: '530103',
      });
      const status = async (fileId: string, token?: string) => {
        const req = t.http().get(`/api/v1/outcome-files/${fileId}`);
        return (await (token ? req.set(bearer(token)) : req)).status;
      };
      const draft = {
        organiser: await status(up.body.id, w.organiser.token),
        viewer: await status(up.body.id, w.viewer.token),
        leadHandler: await status(up.body.id, lead.handler.token),
        otherHandler: await status(up.body.id, other.handler.token),
        plHandler: await status(up.body.id, plHandler.token),
        plOrganiser: await status(up.body.id, plOrganiser.token),
        resident: await status(up.body.id, resident),
        anonymous: await status(up.body.id),
      };
      expect(draft).toEqual({
        organiser: 200,
        viewer: 200,
        leadHandler: 200,
        otherHandler: 404,
        plHandler: 404,
        plOrganiser: 404,
        resident: 404,
        anonymous: 404,
      });

      await api(w.organiser.token).post(`/sessions/${s.id}/outcome/publish`).expect(200);
      expect(await status(up.body.id)).toBe(200);
      expect(await status(up.body.id, resident)).toBe(200);
      const replyFile = {
        leadHandler: await status(reply.body.id, lead.handler.token),
        organiser: await status(reply.body.id, w.organiser.token),
        otherHandler: await status(reply.body.id, other.handler.token),
        plHandler: await status(reply.body.id, plHandler.token),
        plOrganiser: await status(reply.body.id, plOrganiser.token),
        resident: await status(reply.body.id, resident),
        anonymous: await status(reply.body.id),
      };
      expect(replyFile).toEqual({
        leadHandler: 200,
        organiser: 200,
        otherHandler: 404,
        plHandler: 404,
        plOrganiser: 404,
        resident: 404,
        anonymous: 404,
      });
    });
  });

  describe('suggestions and the state machine', () => {
    let sessionId: string;
    beforeAll(async () => {
      sessionId = (await heldSession(t, w.organiser.token)).id;
    });

    it('refuses suggestions for a session not held yet, unknown departments and an unknown session', async () => {
      const future = await publishSession(t, w.organiser.token);
      const res = await api(w.organiser.token).post('/suggestions', {
        sessionId: future.id,
        content: '建议',
        departmentIds: [lead.id],
      });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SESSION_NOT_HELD');
      const unknown = await api(w.organiser.token).post('/suggestions', {
        sessionId,
        content: '建议',
        departmentIds: ['00000000-0000-4000-8000-000000000000'],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('UNKNOWN_DEPARTMENT');
      // A session that does not exist: 404, as the contract declares (the contract fuzz found it undeclared).
      const noSession = await api(w.organiser.token).post('/suggestions', {
        sessionId: '00000000-0000-4000-8000-000000000000',
        content: '建议',
        departmentIds: [lead.id],
      });
      expect(noSession.status).toBe(404);
      expect(noSession.body.code).toBe('SESSION_NOT_FOUND');
    });

    it('goes draft → assigned → replied → completed, records every transition, audits it', async () => {
      const org = api(w.organiser.token);
      const s = await suggestion(t, w.organiser.token, sessionId, [lead.id]);
      expect(s.status).toBe('draft');
      const out = await act(t, w.organiser.token, s.id, 'complete');
      expect(out.status).toBe(409);
      expect(out.body.code).toBe('INVALID_TRANSITION');

      const assigned = await act(t, w.organiser.token, s.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(30),
      });
      expect(assigned.status).toBe(200);
      expect(assigned.body).toMatchObject({
        status: 'assigned',
        departments: [{ id: lead.id, role: 'lead' }],
      });
      const reassign = await act(t, w.organiser.token, s.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(30),
      });
      expect(reassign.status).toBe(409);

      const reply = await act(t, lead.handler.token, s.id, 'reply', {
        grade: 'A',
        content: '已完成改造',
        adopted: true,
        contactPhone: '13912345678',
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        status: 'replied',
        reply: { grade: 'A', adopted: true, contactPhone: '139****5678' },
      });
      const done = await act(t, w.organiser.token, s.id, 'complete');
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('completed');
      const rejectLate = await act(t, w.organiser.token, s.id, 'reject', { reason: '晚了' });
      expect(rejectLate.status).toBe(409);

      const detail = await org.get(`/suggestions/${s.id}`).expect(200);
      expect(detail.body.transitions.map((x: { from: string; to: string }) => `${x.from}>${x.to}`)).toEqual([
        'null>draft',
        'draft>assigned',
        'assigned>replied',
        'replied>completed',
      ]);
      expect(detail.body.transitions[1]).toMatchObject({ actorId: w.organiser.id });
      expect(detail.body.transitions[2]).toMatchObject({ actorId: lead.handler.id });
      const audit = await t.db.query(
        `SELECT actor_id, detail FROM audit_log WHERE action = 'suggestion.transition' AND target_id = $1 ORDER BY id`,
        [s.id],
      );
      expect(
        audit.map((a: { detail: { from: string; to: string } }) => `${a.detail.from}>${a.detail.to}`),
      ).toEqual(['draft>assigned', 'assigned>replied', 'replied>completed']);
    });

    it('rejects from draft or assigned with a reason', async () => {
      const s = await suggestion(t, w.organiser.token, sessionId, [lead.id]);
      const r = await act(t, w.organiser.token, s.id, 'reject', { reason: '不属于本级职权' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'rejected', rejectReason: '不属于本级职权' });
      expect(
        (await act(t, w.organiser.token, s.id, 'assign', { departmentIds: [lead.id], dueAt: inDays(5) }))
          .status,
      ).toBe(409);
      const empty = await act(t, w.organiser.token, s.id, 'reject', {});
      expect(empty.status).toBe(400);
    });

    it('lets exactly one of two concurrent completions through', async () => {
      const s = await suggestion(t, w.organiser.token, sessionId, [lead.id]);
      await act(t, w.organiser.token, s.id, 'assign', { departmentIds: [lead.id], dueAt: inDays(10) }).expect(
        200,
      );
      await act(t, lead.handler.token, s.id, 'reply', {
        grade: 'B',
        content: '推进中',
        adopted: true,
      }).expect(200);
      const results = await Promise.all([
        act(t, w.organiser.token, s.id, 'complete'),
        act(t, w.organiser.token, s.id, 'complete'),
        act(t, w.organiser.token, s.id, 'complete'),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const rows = await t.db.query(
        `SELECT count(*)::int AS n FROM suggestion_transitions WHERE suggestion_id = $1 AND to_status = 'completed'`,
        [s.id],
      );
      expect(rows[0].n).toBe(1);
    });

    it('refuses writes outside the organiser region (403) and hides reads (404)', async () => {
      const s = await suggestion(t, w.organiser.token, sessionId, [lead.id]);
      const pl = await staff(t, w.admin, {
        username: `oc_pl3_${Date.now()}`,
        roles: ['organiser'],
        regionCode: '530103',
      });
      expect((await act(t, pl.token, s.id, 'reject', { reason: 'x' })).status).toBe(403);
      expect((await api(pl.token).get(`/suggestions/${s.id}`)).status).toBe(404);
      const list = await api(pl.token).get('/suggestions?region=530102');
      expect(list.status).toBe(403);
    });

    it('promotes a live message to a draft linked to its source (SUGGESTION_PORT)', async () => {
      const port = t.app.get<SuggestionPort>(SUGGESTION_PORT);
      const { id } = await port.createDraft({
        sessionId,
        content: '直播间建议：增加公交班次',
        departmentIds: [co.id],
        sourceMessageId: '42',
        createdBy: w.organiser.id,
        sourceUserId: w.viewer.id,
      });
      const s = await api(w.organiser.token).get(`/suggestions/${id}`).expect(200);
      expect(s.body).toMatchObject({
        status: 'draft',
        sourceMessageId: '42',
        departments: [{ id: co.id, role: 'lead' }],
      });
      const counts = await port.countFromUser(
        w.viewer.id,
        new Date(Date.now() - 86400000),
        new Date(Date.now() + 86400000),
      );
      expect(counts).toEqual({ total: 1, adopted: 0 });
    });
  });

  describe('bad input', () => {
    it('answers 4xx with a stable code, never a 500', async () => {
      const org = api(w.organiser.token);
      const s = await heldSession(t, w.organiser.token);
      const bad = await org.put(`/sessions/${s.id}/outcome`, { summary: '纪要', consensus: '不是数组' });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      const extra = await org.put(`/sessions/${s.id}/outcome`, {
        summary: '纪要',
        consensus: [],
        attendance: 9,
      });
      expect(extra.status).toBe(400);
      const missing = await org.put('/sessions/00000000-0000-4000-8000-000000000000/outcome', {
        summary: '纪要',
        consensus: [],
      });
      expect(missing.status).toBe(404);
      const sug = await suggestion(t, w.organiser.token, s.id, [lead.id]);
      const past = await act(t, w.organiser.token, sug.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(-1),
      });
      expect(past.status).toBe(400);
      expect(past.body.code).toBe('DUE_IN_PAST');
      const notDate = await act(t, w.organiser.token, sug.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: 'soon',
      });
      expect(notDate.status).toBe(400);
      const none = await act(t, w.organiser.token, sug.id, 'assign', { departmentIds: [], dueAt: inDays(3) });
      expect(none.status).toBe(400);
      expect(none.body.code).toBe('DEPARTMENT_REQUIRED');
      const twice = await act(t, w.organiser.token, sug.id, 'assign', {
        departmentIds: [lead.id, lead.id],
        dueAt: inDays(3),
      });
      expect(twice.status).toBe(400);
      expect(twice.body.code).toBe('DUPLICATE_DEPARTMENT');
      expect((await org.get('/suggestions?overdue=maybe')).status).toBe(400);
      expect((await org.get('/suggestions?status=done')).status).toBe(400);
      expect((await org.get('/suggestions/not-a-uuid')).status).toBe(400);
      const grade = await act(t, lead.handler.token, sug.id, 'reply', {
        grade: 'D',
        content: 'x',
        adopted: true,
      });
      expect(grade.status).toBe(400);
      // Nothing stored was lost: the suggestion is still a draft with its department.
      const after = await org.get(`/suggestions/${sug.id}`).expect(200);
      expect(after.body).toMatchObject({ status: 'draft', departments: [{ id: lead.id, role: 'lead' }] });
    });
  });

  describe('department work', () => {
    let sessionId: string;
    beforeAll(async () => {
      sessionId = (await heldSession(t, w.organiser.token)).id;
    });

    it('shows each handler its department queue only', async () => {
      const a = await suggestion(t, w.organiser.token, sessionId, [lead.id]);
      await act(t, w.organiser.token, a.id, 'assign', {
        departmentIds: [lead.id, co.id],
        dueAt: inDays(20),
      }).expect(200);
      const b = await suggestion(t, w.organiser.token, sessionId, [other.id]);
      await act(t, w.organiser.token, b.id, 'assign', {
        departmentIds: [other.id],
        dueAt: inDays(20),
      }).expect(200);
      const q = await api(lead.handler.token).get('/suggestions?pageSize=100').expect(200);
      const ids = q.body.items.map((i: { id: string }) => i.id);
      expect(ids).toContain(a.id);
      expect(ids).not.toContain(b.id);
      const coQ = await api(co.handler.token).get('/suggestions?pageSize=100').expect(200);
      expect(coQ.body.items.map((i: { id: string }) => i.id)).toContain(a.id);
      expect((await api(lead.handler.token).get(`/suggestions?department=${other.id}`)).status).toBe(403);
      expect((await api(lead.handler.token).get(`/suggestions/${b.id}`)).status).toBe(404);
    });

    it('needs the co-handlers countersignature before the reply counts; other departments get 404', async () => {
      const s = await suggestion(t, w.organiser.token, sessionId, [lead.id]);
      await act(t, w.organiser.token, s.id, 'assign', {
        departmentIds: [lead.id, co.id],
        dueAt: inDays(20),
      }).expect(200);
      const early = await act(t, co.handler.token, s.id, 'countersign', {});
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('REPLY_NOT_SUBMITTED');

      const foreign = await act(t, other.handler.token, s.id, 'reply', {
        grade: 'A',
        content: '代答',
        adopted: true,
      });
      // The same answer as for a suggestion that does not exist: nothing to learn about other departments.
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('SUGGESTION_NOT_FOUND');
      const missing = await act(t, other.handler.token, '00000000-0000-4000-8000-000000000000', 'reply', {
        grade: 'A',
        content: '代答',
        adopted: true,
      });
      expect({ status: missing.status, body: missing.body }).toEqual({
        status: foreign.status,
        body: foreign.body,
      });
      const foreignSign = await act(t, other.handler.token, s.id, 'countersign', {});
      const missingSign = await act(
        t,
        other.handler.token,
        '00000000-0000-4000-8000-000000000000',
        'countersign',
        {},
      );
      expect(foreignSign.status).toBe(404);
      expect({ status: missingSign.status, body: missingSign.body }).toEqual({
        status: foreignSign.status,
        body: foreignSign.body,
      });
      const coReply = await act(t, co.handler.token, s.id, 'reply', {
        grade: 'A',
        content: '协办答复',
        adopted: true,
      });
      expect(coReply.status).toBe(403);

      const r = await act(t, lead.handler.token, s.id, 'reply', {
        grade: 'C',
        content: '列入明年计划',
        adopted: false,
      });
      expect(r.status).toBe(200);
      expect(r.body.status).toBe('assigned');
      expect(r.body.reply).toMatchObject({ grade: 'C', awaitingCountersign: true });
      // Not rateable nor completable while waiting for the countersignature.
      expect((await act(t, w.organiser.token, s.id, 'complete')).status).toBe(409);

      const leadSigns = await act(t, lead.handler.token, s.id, 'countersign', {});
      expect(leadSigns.status).toBe(403);
      const signed = await act(t, co.handler.token, s.id, 'countersign', { opinion: '同意' });
      expect(signed.status).toBe(200);
      expect(signed.body.status).toBe('replied');
      expect(signed.body.departments.find((d: { id: string }) => d.id === co.id).opinion).toBe('同意');
      const twice = await act(t, co.handler.token, s.id, 'countersign', {});
      expect(twice.status).toBe(409);
      const audit = await t.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'suggestion.countersign' AND target_id = $1`,
        [s.id],
      );
      expect(audit).toHaveLength(1);
    });

    it('stores reply attachments for the lead department only', async () => {
      const s = await suggestion(t, w.organiser.token, sessionId, [lead.id]);
      await act(t, w.organiser.token, s.id, 'assign', {
        departmentIds: [lead.id, co.id],
        dueAt: inDays(20),
      }).expect(200);
      const ok = await t
        .http()
        .post(`/api/v1/suggestions/${s.id}/attachments`)
        .set(bearer(lead.handler.token))
        .attach('file', Buffer.from('%PDF-1.4 答复函'), {
          filename: '答复函.pdf',
          contentType: 'application/pdf',
        });
      expect(ok.status).toBe(201);
      const no = await t
        .http()
        .post(`/api/v1/suggestions/${s.id}/attachments`)
        .set(bearer(co.handler.token))
        .attach('file', SCAN, 'x.pdf');
      expect(no.status).toBe(403);
      const list = await api(w.organiser.token).get(`/suggestions/${s.id}/attachments`).expect(200);
      expect(list.body.items.map((f: { fileName: string }) => f.fileName)).toEqual(['答复函.pdf']);
    });

    it('lists overdue and due-within-7-days suggestions and reminds handlers and organisers once a day', async () => {
      const s = (await heldSession(t, w.organiser.token)).id;
      const late = await suggestion(t, w.organiser.token, s, [other.id]);
      await act(t, w.organiser.token, late.id, 'assign', {
        departmentIds: [other.id],
        dueAt: inDays(3),
      }).expect(200);
      await t.db.query(`UPDATE suggestions SET due_at = now() - interval '2 days' WHERE id = $1`, [late.id]);
      const soon = await suggestion(
        t,
        w.organiser.token,
        s,
        [other.id],
        '建议在翠湖片区增设夜间临时停车位并错峰开放机关单位内部停车场',
      );
      await act(t, w.organiser.token, soon.id, 'assign', {
        departmentIds: [other.id],
        dueAt: inDays(5),
      }).expect(200);
      const far = await suggestion(t, w.organiser.token, s, [other.id], '建议公交站台加装遮雨棚');
      // Due at the start of a Beijing day: that is the day the notice names (in UTC it is the day before).
      await act(t, w.organiser.token, far.id, 'assign', {
        departmentIds: [other.id],
        dueAt: '2031-03-01T00:00:00+08:00',
      }).expect(200);

      const overdue = await api(w.organiser.token).get('/suggestions?overdue=true&pageSize=100').expect(200);
      const overdueIds = overdue.body.items.map((i: { id: string }) => i.id);
      expect(overdueIds).toContain(late.id);
      expect(overdueIds).not.toContain(soon.id);
      expect(overdue.body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
      const dueSoon = await api(w.organiser.token)
        .get('/suggestions?dueWithinDays=7&pageSize=100')
        .expect(200);
      const soonIds = dueSoon.body.items.map((i: { id: string }) => i.id);
      expect(soonIds).toContain(soon.id);
      expect(soonIds).not.toContain(far.id);
      expect(soonIds).not.toContain(late.id);

      // Two replicas running the job at once: each reminder is claimed once.
      const runs = await Promise.all([
        api(w.organiser.token).post('/supervision/reminders'),
        api(w.organiser.token).post('/supervision/reminders'),
      ]);
      expect(runs.map((r) => r.status)).toEqual([200, 200]);
      const claimed = await t.db.query(
        `SELECT suggestion_id, kind FROM suggestion_reminders WHERE suggestion_id = ANY($1::uuid[]) ORDER BY kind`,
        [[late.id, soon.id, far.id]],
      );
      expect(claimed).toEqual([
        { suggestion_id: soon.id, kind: 'due_soon' },
        { suggestion_id: late.id, kind: 'overdue' },
      ]);
      const again = await api(w.organiser.token).post('/supervision/reminders').expect(200);
      expect(again.body).toEqual({ overdue: 0, dueSoon: 0 });
      await t.app.get(DomainEvents).drain();
      const inbox = await api(other.handler.token).get('/me/notifications?pageSize=100').expect(200);
      const kinds = inbox.body.items.map((i: { kind: string; link: string }) => `${i.kind} ${i.link}`);
      expect(kinds.filter((k: string) => k === `suggestion.overdue /suggestions/${late.id}`)).toHaveLength(1);
      expect(kinds).toContain(`suggestion.due /suggestions/${soon.id}`);
      // Two suggestions of one meeting: each notice names its own (the start of its text).
      const assigned = (id: string) =>
        inbox.body.items.find(
          (i: { kind: string; link: string }) =>
            i.kind === 'suggestion.assigned' && i.link === `/suggestions/${id}`,
        ).body as string;
      expect(assigned(soon.id)).toMatch(
        /^建议“建议在翠湖片区增设夜间临时停车位并错峰开放机关单…”（来自「.+」）已交办贵单位，请于 \d{4}-\d{2}-\d{2} 前答复。$/,
      );
      expect(assigned(far.id)).toMatch(
        /^建议“建议公交站台加装遮雨棚”（来自「.+」）已交办贵单位，请于 2031-03-01 前答复。$/,
      );
      const orgInbox = await api(w.organiser.token).get('/me/notifications?pageSize=100').expect(200);
      expect(orgInbox.body.items.map((i: { link: string }) => i.link)).toContain(`/suggestions/${late.id}`);

      // The overview: the late department with its overdue count, and the reminders that went out.
      const overview = await api(w.organiser.token).get('/supervision').expect(200);
      const row = overview.body.overdueByDepartment.find(
        (d: { departmentId: string }) => d.departmentId === other.id,
      );
      expect(row).toMatchObject({ overdue: expect.any(Number) });
      expect(row.overdue).toBeGreaterThanOrEqual(1);
      const sent = overview.body.reminders.map(
        (r: { suggestionId: string; kind: string }) => `${r.kind} ${r.suggestionId}`,
      );
      expect(sent).toEqual(expect.arrayContaining([`overdue ${late.id}`, `due_soon ${soon.id}`]));
      expect(sent).not.toContain(`overdue ${far.id}`);
      expect((await api(other.handler.token).get('/supervision')).status).toBe(403);
    });
  });

  describe('ratings', () => {
    let sid: string;
    let replied: string;
    let residentToken: string;
    let residentPhone: string;
    beforeAll(async () => {
      const live = await liveSession(t, w.organiser.token);
      sid = live.id;
      residentPhone = testPhone();
      residentToken = await t.residentToken(residentPhone, '评价居民');
      await register(t, residentToken, sid, { name: '评价居民', phone: residentPhone, consent: true });
      await api(w.organiser.token).post(`/sessions/${sid}/end`).expect(200);
      replied = (await suggestion(t, w.organiser.token, sid, [lead.id])).id;
      await act(t, w.organiser.token, replied, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(9),
      }).expect(200);
      await act(t, lead.handler.token, replied, 'reply', {
        grade: 'A',
        content: '已解决',
        adopted: true,
      }).expect(200);
    });

    it('lets a registered resident rate once; a second rating is 409', async () => {
      const first = await act(t, residentToken, replied, 'ratings', { rating: 'satisfied', comment: '很好' });
      expect(first.status).toBe(201);
      const second = await act(t, residentToken, replied, 'ratings', { rating: 'unsatisfied' });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('ALREADY_RATED');
      const s = await api(w.organiser.token).get(`/suggestions/${replied}`).expect(200);
      expect(s.body.ratings).toEqual({ satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 });
    });

    it('allows one of two concurrent ratings by the same member', async () => {
      const member = await staff(t, w.admin, {
        username: `oc_m_${Date.now()}`,
        roles: ['member'],
        regionCode: '530102',
      });
      const res = await Promise.all([
        act(t, member.token, replied, 'ratings', { rating: 'basically_satisfied' }),
        act(t, member.token, replied, 'ratings', { rating: 'basically_satisfied' }),
      ]);
      expect(res.map((r) => r.status).sort()).toEqual([201, 409]);
    });

    it('refuses residents who took no part, members of other regions, and unreplied suggestions', async () => {
      const stranger = await t.residentToken(testPhone(), '路人');
      const r = await act(t, stranger, replied, 'ratings', { rating: 'satisfied' });
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('NOT_ELIGIBLE');
      const plMember = await staff(t, w.admin, {
        username: `oc_pm_${Date.now()}`,
        roles: ['member'],
        regionCode: '530103',
      });
      expect((await act(t, plMember.token, replied, 'ratings', { rating: 'satisfied' })).status).toBe(403);
      const draft = await suggestion(t, w.organiser.token, sid, [lead.id]);
      const early = await act(t, residentToken, draft.id, 'ratings', { rating: 'satisfied' });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('NOT_RATEABLE');
      const bad = await act(t, residentToken, replied, 'ratings', { rating: 'great' });
      expect(bad.status).toBe(400);
    });

    it('lets the topic proposer and supporters rate', async () => {
      const proposerPhone = testPhone();
      const proposer = await t.residentToken(proposerPhone, '出题居民');
      const supporter = await t.residentToken(testPhone(), '附议居民');
      const topic = await api(proposer).post('/topics', {
        title: `小区停车难${Date.now()}`,
        description: '晚上停车位不够',
        regionCode: '530102',
        source: 'resident',
      });
      expect(topic.status).toBe(201);
      await api(supporter)
        .post(`/topics/${topic.body.id}/support`)
        .expect((r) => expect([200, 201]).toContain(r.status));
      await api(w.organiser.token)
        .post(`/topics/${topic.body.id}/review`, { decision: 'accept' })
        .expect((r) => expect([200, 201]).toContain(r.status));
      const s = await heldSession(t, w.organiser.token, { topicId: topic.body.id });
      const sug = (await suggestion(t, w.organiser.token, s.id, [lead.id])).id;
      await act(t, w.organiser.token, sug, 'assign', { departmentIds: [lead.id], dueAt: inDays(9) }).expect(
        200,
      );
      await act(t, lead.handler.token, sug, 'reply', { grade: 'A', content: '已解决', adopted: true }).expect(
        200,
      );
      expect((await act(t, proposer, sug, 'ratings', { rating: 'satisfied' })).status).toBe(201);
      expect((await act(t, supporter, sug, 'ratings', { rating: 'basically_satisfied' })).status).toBe(201);
    });
  });

  describe('public page data (晒一晒)', () => {
    it('shows published outcomes with suggestions and replies, without login and without personal data', async () => {
      const s = await heldSession(t, w.organiser.token);
      const draftOutcome = await heldSession(t, w.organiser.token);
      const org = api(w.organiser.token);
      await org
        .put(`/sessions/${s.id}/outcome`, { summary: '公开纪要', consensus: ['公开共识'] })
        .expect(200);
      await org.put(`/sessions/${draftOutcome.id}/outcome`, { summary: '未发布', consensus: [] }).expect(200);
      const sug = await suggestion(t, w.organiser.token, s.id, [lead.id], '公开的建议');
      await act(t, w.organiser.token, sug.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(9),
      }).expect(200);
      await act(t, lead.handler.token, sug.id, 'reply', {
        grade: 'A',
        content: '公开的答复',
        adopted: true,
        contactPhone: '13698765432',
      }).expect(200);
      const hidden = await suggestion(t, w.organiser.token, s.id, [lead.id], '草稿建议不公开');
      await org.post(`/sessions/${s.id}/outcome/publish`).expect(200);

      const res = await t.http().get('/api/v1/public/outcomes?region=530102&pageSize=100');
      expect(res.status).toBe(200);
      const mine = res.body.items.find((i: { sessionId: string }) => i.sessionId === s.id);
      expect(mine).toMatchObject({ summary: '公开纪要', consensus: ['公开共识'] });
      expect(mine.suggestions).toEqual([
        expect.objectContaining({
          id: sug.id,
          content: '公开的建议',
          status: 'replied',
          reply: expect.objectContaining({ grade: 'A', content: '公开的答复', adopted: true }),
          departments: [{ name: lead.name, role: 'lead' }],
        }),
      ]);
      expect(mine.suggestions.map((x: { id: string }) => x.id)).not.toContain(hidden.id);
      expect(res.body.items.map((i: { sessionId: string }) => i.sessionId)).not.toContain(draftOutcome.id);
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/1369876|\*\*\*\*|phone|createdBy|organiser|handler/i);
      expect(text).not.toContain(w.organiser.id);
      expect(text).not.toContain(lead.handler.id);
      const other = await t.http().get('/api/v1/public/outcomes?region=530103&pageSize=100').expect(200);
      expect(other.body.items.map((i: { sessionId: string }) => i.sessionId)).not.toContain(s.id);
    });

    it("a workstation's page lists the meetings held there: its outcomes and its own figures", async () => {
      const here = await heldSession(t, w.organiser.token);
      const there = await heldSession(t, w.organiser.token);
      expect(here.workstationId).not.toBe(there.workstationId);
      await publishOutcome(t, w.organiser.token, here.id, { summary: '本场所纪要', consensus: [] });
      await publishOutcome(t, w.organiser.token, there.id, { summary: '别处纪要', consensus: [] });
      const atPlace = await t
        .http()
        .get(`/api/v1/public/outcomes?region=530102&workstation=${here.workstationId}`)
        .expect(200);
      expect(atPlace.body.items.map((i: { sessionId: string }) => i.sessionId)).toEqual([here.id]);
      expect(atPlace.body.total).toBe(1);
      expect(atPlace.body.summary.sessions).toBe(1);
      // Without a region the place is enough; an unknown place has none; a malformed one is refused.
      const noRegion = await t
        .http()
        .get(`/api/v1/public/outcomes?workstation=${here.workstationId}`)
        .expect(200);
      expect(noRegion.body.items.map((i: { sessionId: string }) => i.sessionId)).toEqual([here.id]);
      const unknown = await t
        .http()
        .get('/api/v1/public/outcomes?workstation=00000000-0000-4000-8000-000000000000')
        .expect(200);
      expect(unknown.body).toMatchObject({ items: [], total: 0, summary: { sessions: 0 } });
      const bad = await t.http().get('/api/v1/public/outcomes?workstation=not-a-place').expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      // The region's list still has both.
      const region = await t.http().get('/api/v1/public/outcomes?region=530102&pageSize=100').expect(200);
      const ids = region.body.items.map((i: { sessionId: string }) => i.sessionId);
      expect(ids).toEqual(expect.arrayContaining([here.id, there.id]));
    });

    it("a session's own page gets its published outcome: 404 before publishing, the list's entry after, fresh after a reply", async () => {
      const s = await heldSession(t, w.organiser.token);
      const org = api(w.organiser.token);
      const one = () => t.http().get(`/api/v1/public/outcomes/${s.id}`);
      // Nothing recorded, then a draft: neither is public.
      expect((await one().expect(404)).body.code).toBe('OUTCOME_NOT_FOUND');
      await org
        .put(`/sessions/${s.id}/outcome`, { summary: '单场纪要', consensus: ['单场共识'] })
        .expect(200);
      expect((await one().expect(404)).body).toMatchObject({
        code: 'OUTCOME_NOT_FOUND',
        message: '尚未形成成果',
      });
      const sug = await suggestion(t, w.organiser.token, s.id, [lead.id], '单场建议');
      await act(t, w.organiser.token, sug.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(9),
      }).expect(200);
      await org.post(`/sessions/${s.id}/outcome/publish`).expect(200);

      const res = await one().expect(200);
      expect(res.headers['cache-control']).toMatch(/public/);
      expect(res.headers.etag).toBeTruthy();
      const listed = await t.http().get('/api/v1/public/outcomes?region=530102&pageSize=100').expect(200);
      expect(res.body).toEqual(listed.body.items.find((i: { sessionId: string }) => i.sessionId === s.id));
      expect(res.body).toMatchObject({ summary: '单场纪要', consensus: ['单场共识'] });
      expect(res.body.suggestions).toEqual([expect.objectContaining({ content: '单场建议', reply: null })]);
      await t
        .http()
        .get(`/api/v1/public/outcomes/${s.id}`)
        .set('If-None-Match', res.headers.etag)
        .expect(304);

      // The department replies: the next read shows it (the cached answer is gone).
      await act(t, lead.handler.token, sug.id, 'reply', {
        grade: 'B',
        content: '正在推进',
        adopted: true,
      }).expect(200);
      const after = await one().expect(200);
      expect(after.body.suggestions[0]).toMatchObject({
        status: 'replied',
        reply: { grade: 'B', content: '正在推进' },
      });
      expect(after.headers.etag).not.toBe(res.headers.etag);

      expect((await t.http().get(`/api/v1/public/outcomes/${randomUUID()}`).expect(404)).body.code).toBe(
        'OUTCOME_NOT_FOUND',
      );
      expect((await t.http().get('/api/v1/public/outcomes/not-a-uuid').expect(400)).body.code).toBeTruthy();
    });

    it('回头看 shows on the public page once the organiser has reviewed it, with the second ratings', async () => {
      const s = await heldSession(t, w.organiser.token);
      const org = api(w.organiser.token);
      await org.put(`/sessions/${s.id}/outcome`, { summary: '回头看纪要', consensus: [] }).expect(200);
      const sug = await suggestion(t, w.organiser.token, s.id, [lead.id], '加装社区路灯');
      await act(t, w.organiser.token, sug.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(9),
      }).expect(200);
      await act(t, lead.handler.token, sug.id, 'reply', {
        grade: 'A',
        content: '已安装',
        adopted: true,
      }).expect(200);
      await act(t, w.organiser.token, sug.id, 'complete').expect(200);
      await org.post(`/sessions/${s.id}/outcome/publish`).expect(200);
      const shown = async () => {
        const res = await t.http().get('/api/v1/public/outcomes?region=530102&pageSize=100').expect(200);
        const outcome = res.body.items.find((i: { sessionId: string }) => i.sessionId === s.id);
        return {
          text: JSON.stringify(outcome),
          item: outcome.suggestions.find((x: { id: string }) => x.id === sug.id),
        };
      };
      expect((await shown()).item).toMatchObject({ status: 'completed', followUp: null });

      // Seven months after completion the job reminds the organiser; nothing is public until the review.
      await t.db.query(`UPDATE suggestions SET completed_at = now() - interval '7 months' WHERE id = $1`, [
        sug.id,
      ]);
      expect((await t.app.get(FollowUpsService).run()).reminded).toBeGreaterThanOrEqual(1);
      expect((await shown()).item.followUp).toBeNull();
      await org
        .post(`/suggestions/${sug.id}/follow-up`, {
          implementation: 'partly',
          note: '路灯已装，线路改造未完成',
        })
        .expect(200);
      const member = await staff(t, w.admin, {
        username: `oc_fm_${Date.now()}`,
        roles: ['member'],
        regionCode: '530102',
      });
      expect(
        (await act(t, member.token, sug.id, 'follow-up/ratings', { rating: 'basically_satisfied' })).status,
      ).toBe(201);

      const after = await shown();
      expect(after.item.followUp).toEqual({
        implementation: 'partly',
        note: '路灯已装，线路改造未完成',
        reviewedAt: expect.any(String),
        ratings: { satisfied: 0, basicallySatisfied: 1, unsatisfied: 0 },
      });
      // The first ratings are kept apart from the second.
      expect(after.item.ratings).toEqual({ satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 });
      expect(after.text).not.toContain(member.id);
      expect(after.text).not.toContain(w.organiser.id);
    });
  });
});
