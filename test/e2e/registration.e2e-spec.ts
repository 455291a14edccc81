import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { DomainEvents } from '@xs/platform';
import { PhoneRetentionJob } from '@xs/registration';
import { createSession, endedSession, publishSession } from '@test/factories/scheduling';
import { decodePng, register, testPhone } from '@test/factories/registration';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

const MASKED = /^1\d{2}\*{4}\d{4}$/;
const HOUR = 3600_000;

describe('registration and attendance', () => {
  let t: TestApp;
  let admin: string;
  let org: string;
  let orgPii: string;
  let plOrg: string;
  let viewer: string;
  const residents: { phone: string; token: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    org = (await staff(t, admin, { username: 'reg_org', roles: ['organiser'], regionCode: '530102' })).token;
    orgPii = (
      await staff(t, admin, {
        username: 'reg_org_pii',
        roles: ['organiser'],
        regionCode: '530102',
        permissions: ['pii:read'],
      })
    ).token;
    plOrg = (await staff(t, admin, { username: 'reg_pl_org', roles: ['organiser'], regionCode: '530103' }))
      .token;
    viewer = (
      await staff(t, admin, { username: 'reg_viewer', roles: ['staff_viewer'], regionCode: '530102' })
    ).token;
    for (let i = 0; i < 6; i++) {
      const phone = `1390000${String(1000 + i)}`;
      residents.push({ phone, token: await t.residentToken(phone, `居民${i}`) });
    }
  });
  afterAll(() => t.close());

  const list = async (sessionId: string, token = org, query = '') =>
    (
      await t
        .http()
        .get(`/api/v1/sessions/${sessionId}/registrations?pageSize=100${query}`)
        .set(bearer(token))
    ).body;
  const attendance = async (sessionId: string) =>
    (await t.http().get(`/api/v1/sessions/${sessionId}/attendance`).set(bearer(org)).expect(200)).body;

  describe('registering', () => {
    it('a resident registers itself with its verified phone, consent version and what it wants to say', async () => {
      const s = await publishSession(t, org);
      const res = await register(t, residents[0].token, s.id, {
        name: '杨建国',
        community: '翠湖社区',
        speakIntent: '停车难，希望错时共享车位',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'confirmed',
        ticket: { code: expect.stringMatching(/^[A-Z2-9]{8}$/) },
      });
      expect(res.body.position).toBeUndefined();

      const mine = await t.http().get('/api/v1/me/registrations').set(bearer(residents[0].token)).expect(200);
      const item = mine.body.items.find((i: { id: string }) => i.id === res.body.id);
      expect(item).toMatchObject({
        name: '杨建国',
        community: '翠湖社区',
        speakIntent: '停车难，希望错时共享车位',
        status: 'confirmed',
        privacyNoticeVersion: expect.any(String),
        session: { id: s.id },
        ticket: { code: res.body.ticket.code, qr: expect.stringMatching(/^XS1\./) },
      });
      expect(item.phone).toBe(`${residents[0].phone.slice(0, 3)}****${residents[0].phone.slice(-4)}`);
      const notice = await t.http().get('/api/v1/registrations/privacy-notice').expect(200);
      expect(item.privacyNoticeVersion).toBe(notice.body.version);
    });

    it('a resident cannot register someone else’s phone', async () => {
      const s = await publishSession(t, org);
      const res = await register(t, residents[1].token, s.id, { phone: '13912345678' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('REGISTER_OTHERS_FORBIDDEN');
    });

    it('a resident’s JSON null phone is no phone: its verified one is used (a 500 before)', async () => {
      const s = await publishSession(t, org);
      const res = await register(t, residents[1].token, s.id, { phone: null });
      expect(res.status).toBe(201);
      const [row] = await t.db.query(`SELECT phone_bidx FROM registrations WHERE id = $1`, [res.body.id]);
      const [own] = await t.db.query(
        `SELECT phone_bidx FROM users WHERE id = (SELECT user_id FROM registrations WHERE id = $1)`,
        [res.body.id],
      );
      expect(row.phone_bidx).toBe(own.phone_bidx);
    });

    it('staff register others in their own region only', async () => {
      const s = await publishSession(t, org);
      const own = await register(t, org, s.id, { name: '王大妈', phone: testPhone() });
      expect(own.status).toBe(201);
      const other = await register(t, plOrg, s.id, { name: '李四', phone: testPhone() });
      expect(other.status).toBe(403);
      const asViewer = await register(t, viewer, s.id, { name: '李四', phone: testPhone() });
      expect(asViewer.status).toBe(403);
      expect((await list(s.id)).total).toBe(1);
    });

    it('refuses bad input with 400 and stores nothing', async () => {
      const s = await publishSession(t, org);
      const noConsent = await register(t, org, s.id, { phone: testPhone(), consent: undefined });
      expect(noConsent.status).toBe(400);
      expect(noConsent.body.code).toBe('CONSENT_REQUIRED');
      const falseConsent = await register(t, org, s.id, { phone: testPhone(), consent: false });
      expect(falseConsent.body.code).toBe('CONSENT_REQUIRED');
      for (const phone of ['12345678901', '1381234567', '23812345678', 'abc']) {
        const bad = await register(t, org, s.id, { phone });
        expect(bad.status).toBe(400);
        expect(bad.body.code).toBe('INVALID_PHONE');
      }
      // Staff must name the registrant's phone: a JSON null is no phone (the contract fuzz found a 500 here).
      for (const phone of [undefined, null]) {
        const none = await register(t, org, s.id, { phone });
        expect(none.status).toBe(400);
        expect(none.body.code).toBe('PHONE_REQUIRED');
      }
      const unknownField = await register(t, org, s.id, { phone: testPhone(), ...{ idCard: '5301' } });
      expect(unknownField.status).toBe(400);
      expect((await list(s.id)).total).toBe(0);
    });

    it('refuses draft, cancelled and ended sessions and registrations outside the window with 409', async () => {
      const draft = await createSession(t, org);
      expect((await register(t, org, draft.id, { phone: testPhone() })).body.code).toBe(
        'SESSION_NOT_PUBLISHED',
      );

      const cancelled = await publishSession(t, org);
      await t
        .http()
        .post(`/api/v1/sessions/${cancelled.id}/cancel`)
        .set(bearer(org))
        .send({ reason: '天气' })
        .expect(200);
      const c = await register(t, org, cancelled.id, { phone: testPhone() });
      expect(c.status).toBe(409);
      expect(c.body.code).toBe('SESSION_CANCELLED');

      const ended = await endedSession(t, org);
      const e = await register(t, org, ended.id, { phone: testPhone() });
      expect(e.status).toBe(409);
      expect(e.body.code).toBe('SESSION_ENDED');

      const later = await publishSession(t, org, { registrationOpensAt: new Date(Date.now() + 5 * HOUR) });
      const early = await register(t, org, later.id, { phone: testPhone() });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('REGISTRATION_NOT_OPEN');

      const closed = await publishSession(t, org, {
        registrationOpensAt: new Date(Date.now() - 5 * HOUR),
        registrationClosesAt: new Date(Date.now() - HOUR),
      });
      const late = await register(t, org, closed.id, { phone: testPhone() });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('REGISTRATION_CLOSED');

      const missing = await register(t, org, '00000000-0000-4000-8000-000000000000', { phone: testPhone() });
      expect(missing.status).toBe(404);
    });
  });

  describe('duplicates and idempotency', () => {
    it('the same phone twice → 409; after cancelling, the phone may register again', async () => {
      const s = await publishSession(t, org);
      const phone = testPhone();
      const first = await register(t, org, s.id, { phone });
      expect(first.status).toBe(201);
      const again = await register(t, org, s.id, { phone: `+86 ${phone.slice(0, 3)}-${phone.slice(3)}` });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_REGISTERED');
      await t.http().delete(`/api/v1/registrations/${first.body.id}`).set(bearer(org)).expect(200);
      expect((await register(t, org, s.id, { phone })).status).toBe(201);
    });

    it('a repeated Idempotency-Key replays the original response; reused for another request → 409', async () => {
      const s = await publishSession(t, org);
      const phone = testPhone();
      const first = await register(t, org, s.id, { phone, name: '甲' }, 'key-1');
      expect(first.status).toBe(201);
      const replay = await register(t, org, s.id, { phone, name: '甲' }, 'key-1');
      expect(replay.status).toBe(201);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      const reused = await register(t, org, s.id, { phone: testPhone(), name: '乙' }, 'key-1');
      expect(reused.status).toBe(409);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      // Keys belong to the caller: the same key from someone else is a new request.
      const otherCaller = await register(t, orgPii, s.id, { phone: testPhone(), name: '丙' }, 'key-1');
      expect(otherCaller.status).toBe(201);
      expect(otherCaller.body.id).not.toBe(first.body.id);
      expect((await list(s.id)).total).toBe(2);
    });
  });

  describe('waitlist', () => {
    it('is ordered; a cancellation promotes the first waitlisted person and notifies them', async () => {
      const s = await publishSession(t, org, { capacity: 2 });
      const a = await register(t, org, s.id, { name: 'A', phone: testPhone() });
      const b = await register(t, org, s.id, { name: 'B', phone: testPhone() });
      const c = await register(t, residents[2].token, s.id, { name: 'C' });
      const d = await register(t, org, s.id, { name: 'D', phone: testPhone() });
      const e = await register(t, org, s.id, { name: 'E', phone: testPhone() });
      expect([a.body.status, b.body.status]).toEqual(['confirmed', 'confirmed']);
      expect([c.body, d.body, e.body].map((x) => [x.status, x.position])).toEqual([
        ['waitlisted', 1],
        ['waitlisted', 2],
        ['waitlisted', 3],
      ]);

      const cancel = await t.http().delete(`/api/v1/registrations/${a.body.id}`).set(bearer(org)).expect(200);
      expect(cancel.body).toEqual({ id: a.body.id, status: 'cancelled', promoted: [c.body.id] });
      const waiting = (await list(s.id, org, '&status=waitlisted')).items;
      expect(waiting.map((r: { name: string; position: number }) => [r.name, r.position])).toEqual([
        ['D', 1],
        ['E', 2],
      ]);
      const mine = await t.http().get('/api/v1/me/registrations').set(bearer(residents[2].token));
      expect(mine.body.items.find((i: { id: string }) => i.id === c.body.id).status).toBe('confirmed');
      // The promoted resident finds the notice in their inbox (scheduling's NOTIFIER).
      await t.app.get(DomainEvents).drain();
      const inbox = await t
        .http()
        .get('/api/v1/me/notifications')
        .set(bearer(residents[2].token))
        .expect(200);
      const notices = inbox.body.items.filter((n: { kind: string }) => n.kind === 'registration.promoted');
      expect(notices).toHaveLength(1);
      expect(notices[0].body).toContain(c.body.ticket.code);

      // Cancelling a waitlisted registration promotes nobody; cancelling twice → 409.
      const cancelE = await t
        .http()
        .delete(`/api/v1/registrations/${e.body.id}`)
        .set(bearer(org))
        .expect(200);
      expect(cancelE.body.promoted).toEqual([]);
      const twice = await t.http().delete(`/api/v1/registrations/${e.body.id}`).set(bearer(org));
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('ALREADY_CANCELLED');
      expect(await attendance(s.id)).toMatchObject({ confirmed: 2, waitlisted: 1, capacity: 2 });
    });

    it('a resident cancels only its own registration; staff of another region cannot', async () => {
      const s = await publishSession(t, org);
      const mine = await register(t, residents[3].token, s.id, { name: '自己' });
      const staffMade = await register(t, org, s.id, { name: '别人', phone: testPhone() });
      const notMine = await t
        .http()
        .delete(`/api/v1/registrations/${staffMade.body.id}`)
        .set(bearer(residents[3].token));
      expect(notMine.status).toBe(404);
      const otherRegion = await t.http().delete(`/api/v1/registrations/${mine.body.id}`).set(bearer(plOrg));
      expect(otherRegion.status).toBe(403);
      await t
        .http()
        .delete(`/api/v1/registrations/${mine.body.id}`)
        .set(bearer(residents[3].token))
        .expect(200);
    });

    it('raising capacity promotes in order; lowering below the confirmed count → 409 CAPACITY_BELOW_CONFIRMED', async () => {
      const s = await publishSession(t, org, { capacity: 1 });
      const regs = [];
      for (const name of ['一', '二', '三', '四'])
        regs.push((await register(t, org, s.id, { name, phone: testPhone() })).body);
      expect(regs.map((r) => r.status)).toEqual(['confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);

      await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(org)).send({ capacity: 3 }).expect(200);
      const confirmed = (await list(s.id, org, '&status=confirmed')).items.map(
        (r: { name: string }) => r.name,
      );
      expect(confirmed).toEqual(['一', '二', '三']);
      expect(await attendance(s.id)).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 1 });

      const lower = await t.http().patch(`/api/v1/sessions/${s.id}`).set(bearer(org)).send({ capacity: 2 });
      expect(lower.status).toBe(409);
      expect(lower.body.code).toBe('CAPACITY_BELOW_CONFIRMED');
      expect(await attendance(s.id)).toMatchObject({ capacity: 3, confirmed: 3 });
      const session = await t.http().get(`/api/v1/sessions/${s.id}`).set(bearer(org));
      expect(session.body.capacity).toBe(3);
    });
  });

  describe('tickets and check-in', () => {
    it('renders the ticket as a QR code that decodes to the signed payload, for the holder and desk staff only', async () => {
      const s = await publishSession(t, org);
      const reg = await register(t, residents[4].token, s.id, { name: '扫码者' });
      const detail = await t
        .http()
        .get(`/api/v1/registrations/${reg.body.id}`)
        .set(bearer(residents[4].token))
        .expect(200);
      const png = await t
        .http()
        .get(`/api/v1/registrations/${reg.body.id}/ticket.png`)
        .set(bearer(residents[4].token))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(png.status).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
      const img = decodePng(png.body as Buffer);
      expect(img.width).toBeGreaterThan(100);
      expect(img.width).toBe(img.height);
      const decoded = jsQR(img.data, img.width, img.height);
      expect(decoded?.data).toBe(detail.body.ticket.qr);
      expect(decoded?.data).toContain(reg.body.ticket.code);

      expect(
        (
          await t
            .http()
            .get(`/api/v1/registrations/${reg.body.id}/ticket.png`)
            .set(bearer(residents[5].token))
        ).status,
      ).toBe(404);
      expect(
        (await t.http().get(`/api/v1/registrations/${reg.body.id}/ticket.png`).set(bearer(plOrg))).status,
      ).toBe(404);
      expect(
        (await t.http().get(`/api/v1/registrations/${reg.body.id}/ticket.png`).set(bearer(org))).status,
      ).toBe(200);

      // Check-in with the scanned payload.
      const scan = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .send({ qr: decoded!.data });
      expect(scan.status).toBe(201);
      expect(scan.body).toMatchObject({ registrationId: reg.body.id, name: '扫码者' });
    });

    it('checks in by code once: repeat → 409, another session’s code → 404, forged QR → 400, waitlisted → 409', async () => {
      const s = await publishSession(t, org, { capacity: 1 });
      const other = await publishSession(t, org);
      const reg = await register(t, org, s.id, { name: '张三', phone: testPhone() });
      const waiting = await register(t, org, s.id, { name: '候补', phone: testPhone() });
      const elsewhere = await register(t, org, other.id, { name: '别场', phone: testPhone() });
      const code: string = reg.body.ticket.code;

      const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
      const ok = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .send({ code: typed });
      expect(ok.status).toBe(201);
      expect(ok.body).toEqual({ registrationId: reg.body.id, name: '张三', checkedInAt: expect.any(String) });

      const repeat = await t.http().post(`/api/v1/sessions/${s.id}/checkins`).set(bearer(org)).send({ code });
      expect(repeat.status).toBe(409);
      expect(repeat.body.code).toBe('ALREADY_CHECKED_IN');
      // When, in words and Beijing time (not a UTC timestamp); the exact instant is in the details.
      const beijing = new Date(new Date(ok.body.checkedInAt).getTime() + 8 * 3600_000);
      const hhmm = beijing.toISOString().slice(11, 16);
      expect(repeat.body.message).toBe(
        `张三 已于 ${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${hhmm} 签到`,
      );
      expect(repeat.body.details.checkedInAt).toBe(ok.body.checkedInAt);
      const inEnglish = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .set('Accept-Language', 'en')
        .send({ code });
      const month = beijing.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
      expect(inEnglish.body.message).toBe(
        `张三 already checked in at ${beijing.getUTCDate()} ${month}, ${hhmm}`,
      );

      const wrong = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .send({ code: elsewhere.body.ticket.code });
      expect(wrong.status).toBe(404);
      const unknown = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .send({ code: 'ZZZZZZZZ' });
      expect(unknown.status).toBe(404);

      const otherQr = (await t.http().get(`/api/v1/registrations/${elsewhere.body.id}`).set(bearer(org))).body
        .ticket.qr as string;
      const crossQr = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .send({ qr: otherQr });
      expect(crossQr.status).toBe(404);
      const forged = otherQr.replace(elsewhere.body.ticket.code, waiting.body.ticket.code);
      const forgedRes = await t
        .http()
        .post(`/api/v1/sessions/${other.id}/checkins`)
        .set(bearer(org))
        .send({ qr: forged });
      expect(forgedRes.status).toBe(400);
      expect(forgedRes.body.code).toBe('INVALID_TICKET');

      const wl = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .send({ code: waiting.body.ticket.code });
      expect(wl.status).toBe(409);
      expect(wl.body.code).toBe('REGISTRATION_WAITLISTED');

      const outside = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(plOrg))
        .send({ code });
      expect(outside.status).toBe(403);

      const cancelCheckedIn = await t.http().delete(`/api/v1/registrations/${reg.body.id}`).set(bearer(org));
      expect(cancelCheckedIn.status).toBe(409);
      expect(cancelCheckedIn.body.code).toBe('ALREADY_CHECKED_IN');
    });

    it('parallel scans of one ticket check it in exactly once', async () => {
      const s = await publishSession(t, org);
      const reg = await register(t, org, s.id, { phone: testPhone() });
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          t
            .http()
            .post(`/api/v1/sessions/${s.id}/checkins`)
            .set(bearer(org))
            .send({ code: reg.body.ticket.code }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    });

    it('walk-ins are registered and checked in on the spot; live counts show checked-in vs registered', async () => {
      const s = await publishSession(t, org, { capacity: 2 });
      const a = await register(t, org, s.id, { name: 'A', phone: testPhone() });
      await register(t, org, s.id, { name: 'B', phone: testPhone() });
      await register(t, org, s.id, { name: 'C', phone: testPhone() });
      await t
        .http()
        .post(`/api/v1/sessions/${s.id}/checkins`)
        .set(bearer(org))
        .send({ code: a.body.ticket.code })
        .expect(201);

      const phone = testPhone();
      const walk = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/walk-ins`)
        .set(bearer(org))
        .send({ name: '临时来的老李', phone, community: '大观社区' });
      expect(walk.status).toBe(201);
      expect(walk.body).toMatchObject({
        name: '临时来的老李',
        walkIn: true,
        checkedInAt: expect.any(String),
      });
      const again = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/walk-ins`)
        .set(bearer(org))
        .send({ name: '老李', phone });
      expect(again.status).toBe(409);
      const badPhone = await t
        .http()
        .post(`/api/v1/sessions/${s.id}/walk-ins`)
        .set(bearer(org))
        .send({ name: 'x', phone: '110' });
      expect(badPhone.status).toBe(400);
      expect(badPhone.body.code).toBe('INVALID_PHONE');

      expect(await attendance(s.id)).toMatchObject({
        capacity: 2,
        confirmed: 2,
        waitlisted: 1,
        walkIns: 1,
        registered: 3,
        checkedIn: 2,
        notCheckedIn: 1,
      });
      const asViewer = await t.http().get(`/api/v1/sessions/${s.id}/attendance`).set(bearer(viewer));
      expect(asViewer.status).toBe(200);
      const otherRegion = await t.http().get(`/api/v1/sessions/${s.id}/attendance`).set(bearer(plOrg));
      expect(otherRegion.status).toBe(404);
    });
  });

  describe('privacy', () => {
    it('lists masked phones; pii:read shows them whole and every such read is audited', async () => {
      const s = await publishSession(t, org);
      const phone = testPhone();
      await register(t, org, s.id, { name: '隐私', phone });
      const masked = await list(s.id, org);
      expect(masked.items[0].phone).toMatch(MASKED);
      expect(masked.items[0].phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);

      const before = await t.http().get('/api/v1/audit?action=pii.read&pageSize=100').set(bearer(admin));
      const full = await list(s.id, orgPii);
      expect(full.items[0].phone).toBe(phone);
      const after = await t.http().get('/api/v1/audit?action=pii.read&pageSize=100').set(bearer(admin));
      expect(after.body.total).toBe(before.body.total + 1);
      expect(after.body.items.some((e: { targetId: string }) => e.targetId === s.id)).toBe(true);
      expect(JSON.stringify(after.body)).not.toContain(phone);

      const other = await t.http().get(`/api/v1/sessions/${s.id}/registrations`).set(bearer(plOrg));
      expect(other.status).toBe(404);
      const asResident = await t
        .http()
        .get(`/api/v1/sessions/${s.id}/registrations`)
        .set(bearer(residents[0].token));
      expect(asResident.status).toBe(403);
    });

    it('erases phones a configured time after the session, keeping the counts', async () => {
      const old = await publishSession(t, org);
      const recent = await publishSession(t, org);
      for (let i = 0; i < 3; i++) await register(t, org, old.id, { phone: testPhone(), name: `旧${i}` });
      await register(t, org, recent.id, { phone: testPhone(), name: '新' });
      // The session "ended" 181 days ago as far as retention is concerned (default 180 days).
      await t.db.query(
        `UPDATE registration_capacity SET session_ends_at = now() - interval '181 days' WHERE session_id = $1`,
        [old.id],
      );
      await t.db.query(
        `UPDATE registration_capacity SET session_ends_at = now() - interval '179 days' WHERE session_id = $1`,
        [recent.id],
      );
      const countsBefore = await attendance(old.id);
      const job = t.app.get(PhoneRetentionJob);
      // Two replicas running the job at the same moment erase each phone exactly once between them.
      const [a, b] = await Promise.all([job.runOnce(), job.runOnce()]);
      expect(a.erased + b.erased).toBe(3);
      expect((await job.runOnce()).erased).toBe(0);

      const erased = await list(old.id, orgPii);
      for (const r of erased.items) {
        expect(r.phone).toBeNull();
        expect(r.phoneErased).toBe(true);
      }
      expect(await attendance(old.id)).toEqual({ ...countsBefore, at: expect.any(String) });
      expect((await list(recent.id, orgPii)).items[0].phone).toMatch(/^1\d{10}$/);
    });
  });

  describe('export', () => {
    async function download(sessionId: string, token: string) {
      const res = await t
        .http()
        .get(`/api/v1/sessions/${sessionId}/registrations.xlsx`)
        .set(bearer(token))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      return res;
    }

    it('streams the registrations as XLSX, masked unless pii:read', async () => {
      const s = await publishSession(t, org, { capacity: 1 });
      const phones = [testPhone(), testPhone()];
      await register(t, org, s.id, {
        name: '第一',
        phone: phones[0],
        community: '翠湖社区',
        speakIntent: '路灯',
      });
      await register(t, org, s.id, { name: '第二', phone: phones[1] });

      const res = await download(s.id, org);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body);
      const ws = wb.getWorksheet('报名名单')!;
      expect(ws.getRow(1).getCell(2).value).toBe('姓名');
      expect(ws.rowCount).toBe(3);
      expect(ws.getRow(2).getCell(2).value).toBe('第一');
      expect(ws.getRow(2).getCell(3).value).toBe(`${phones[0].slice(0, 3)}****${phones[0].slice(-4)}`);
      expect(ws.getRow(2).getCell(4).value).toBe('翠湖社区');
      expect(ws.getRow(3).getCell(6).value).toBe('候补');
      expect(ws.getRow(3).getCell(7).value).toBe(1);

      const full = await download(s.id, orgPii);
      const wb2 = new ExcelJS.Workbook();
      await wb2.xlsx.load(full.body);
      expect(wb2.getWorksheet('报名名单')!.getRow(3).getCell(3).value).toBe(phones[1]);

      const denied = await t.http().get(`/api/v1/sessions/${s.id}/registrations.xlsx`).set(bearer(plOrg));
      expect(denied.status).toBe(404);
      expect(denied.body.code).toBe('SESSION_NOT_FOUND');
    });
  });
});
