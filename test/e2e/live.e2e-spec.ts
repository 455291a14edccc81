import type { Socket } from 'socket.io-client';
import { FanoutService, LiveGateway } from '@xs/live';
import { signAccessToken } from '../../libs/identity/src/auth/tokens';
import { liveSession, publishSession } from '../support/factories/scheduling';
import {
  connectLive,
  connected,
  emitAck,
  liveStaff,
  open,
  recordBatches,
  resident,
  sleep,
  until,
  waitFor,
  LOOPBACK_PROXY,
} from '../support/factories/live';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** Gateway, handshake, validation, chat, moderation and catching up (issue 6 points 1–5, 11, 14). */
describe('live rooms: gateway and chat', () => {
  let t: TestApp;
  let url: string;
  let admin: string;
  let organiser: { id: string; token: string };
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);
  const openT = async (opts: Parameters<typeof open>[1]) => track(await open(url, opts));

  beforeAll(async () => {
    t = await startTestApp({ ALLOWED_ORIGINS: 'https://xs.example.gov.cn', TRUSTED_PROXIES: LOOPBACK_PROXY });
    url = await t.listen();
    admin = await t.login('admin');
    organiser = await liveStaff(t, admin, 'organiser');
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('handshake', () => {
    it('refuses a handshake in the language the client asked for', async () => {
      const refusal = (opts: { locale?: string; acceptLanguage?: string }) =>
        open(url, { nickname: ' ', ...opts }).then(
          () => 'connected',
          (e: { code: string; message: string }) => [e.code, e.message],
        );
      expect(await refusal({})).toEqual(['BAD_NICKNAME', '昵称应为 1 至 20 个字，且不含不适当的内容']);
      expect(await refusal({ locale: 'en' })).toEqual([
        'BAD_NICKNAME',
        'The nickname must be 1 to 20 characters and contain nothing inappropriate',
      ]);
      expect(await refusal({ acceptLanguage: 'zh-HK' })).toEqual([
        'BAD_NICKNAME',
        '暱稱應為 1 至 20 個字，且不含不適當的內容',
      ]);
      // The web client's choice (auth.locale) wins over the browser's Accept-Language.
      expect((await refusal({ locale: 'zh-Hans', acceptLanguage: 'en' }))[1]).toBe(
        '昵称应为 1 至 20 个字，且不含不适当的内容',
      );
    });

    it('refuses a connection without token or nickname, and a forged token', async () => {
      await expect(connected(track(connectLive(url, {})))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(connected(track(connectLive(url, { token: 'a.b.c' })))).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
      });
    });

    it('checks the Origin against ALLOWED_ORIGINS; the same origin and the listed one pass', async () => {
      const r = await resident(t);
      await expect(
        connected(track(connectLive(url, { token: r.token, origin: 'https://evil.example.com' }))),
      ).rejects.toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
      await openT({ token: r.token, origin: 'https://xs.example.gov.cn' });
      await openT({ token: r.token, origin: url });
    });

    it('lets anonymous viewers watch read-only only where the session allows it', async () => {
      const closed = await liveSession(t, admin, { allowAnonymousViewing: false });
      const openRoom = await liveSession(t, admin, { allowAnonymousViewing: true });
      const anon = await openT({ nickname: '路人甲' });
      expect(await emitAck(anon, 'room:join', { sessionId: closed.id })).toMatchObject({
        ok: false,
        error: { code: 'LOGIN_REQUIRED' },
      });
      const joined = await emitAck(anon, 'room:join', { sessionId: openRoom.id });
      expect(joined.ok).toBe(true);
      expect(joined.room.access.allowAnonymousViewing).toBe(true);
      expect(
        await emitAck(anon, 'chat:send', { sessionId: openRoom.id, clientMsgId: 'x1', text: '你好' }),
      ).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
      const res = await t.http().get(`/api/v1/sessions/${openRoom.id}/messages`);
      expect(res.status).toBe(200);
      const denied = await t.http().get(`/api/v1/sessions/${closed.id}/messages`);
      expect(denied.status).toBe(401);
    });

    it('keeps residents who did not register out of a registered-only room; staff may enter', async () => {
      const s = await liveSession(t, admin, { onlineAccess: 'registered' });
      const r = await resident(t);
      const sock = await openT({ token: r.token });
      expect(await emitAck(sock, 'room:join', { sessionId: s.id })).toMatchObject({
        ok: false,
        error: { code: 'REGISTRATION_REQUIRED' },
      });
      const org = await openT({ token: organiser.token });
      expect((await emitAck(org, 'room:join', { sessionId: s.id })).ok).toBe(true);
    });

    it('disconnects when the access token expires', async () => {
      const r = await resident(t);
      const claims = JSON.parse(Buffer.from(r.token.split('.')[1], 'base64url').toString());
      const now = Math.floor(Date.now() / 1000);
      const short = signAccessToken(t.config.tokenSecret, { ...claims, iat: now, exp: now + 2 });
      const sock = await openT({ token: short });
      const expired = waitFor(sock, 'auth:expired', () => true, 6000);
      const gone = new Promise<string>((resolve) => sock.once('disconnect', resolve));
      await expired;
      expect(await gone).toBe('io server disconnect');
    });

    it('cuts off a revoked session at the next re-check', async () => {
      const gw = t.app.get(LiveGateway);
      gw.recheckMs = 300;
      gw.restartRecheck();
      try {
        const r = await resident(t);
        const sock = await openT({ token: r.token });
        const revoked = waitFor(sock, 'auth:revoked', () => true, 5000);
        const out = await t.http().post('/api/v1/auth/logout').set('Authorization', `Bearer ${r.token}`);
        expect(out.status).toBe(204);
        await revoked;
        await until(() => !sock.connected, 3000);
      } finally {
        gw.recheckMs = 30_000;
        gw.restartRecheck();
      }
    });

    it('cuts off the sockets of other sessions once the password changes', async () => {
      const gw = t.app.get(LiveGateway);
      gw.recheckMs = 300;
      gw.restartRecheck();
      try {
        const username = `pw_live_${Date.now()}`;
        await t
          .http()
          .post('/api/v1/users')
          .set(bearer(admin))
          .send({
            username,
            password: 'Staff-Pass-2026',
            displayName: '改密',
            roles: ['member'],
            regionCode: '530102',
          })
          .expect(201);
        const elsewhere = await t.login(username, 'Staff-Pass-2026');
        const here = await t.login(username, 'Staff-Pass-2026');
        const sock = await openT({ token: elsewhere });
        const revoked = waitFor(sock, 'auth:revoked', () => true, 5000);
        await t
          .http()
          .post('/api/v1/auth/password')
          .set(bearer(here))
          .send({ currentPassword: 'Staff-Pass-2026', newPassword: 'Changed-Pass-2027' })
          .expect(204);
        await revoked;
        await until(() => !sock.connected, 3000);
      } finally {
        gw.recheckMs = 30_000;
        gw.restartRecheck();
      }
    });
  });

  describe('validation and acks', () => {
    it('answers unknown fields, wrong types, unknown events and missing rooms with error acks', async () => {
      const s = await liveSession(t, admin);
      const r = await resident(t);
      const sock = await openT({ token: r.token });
      expect(await emitAck(sock, 'room:join', { sessionId: s.id, extra: 1 })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
      expect(await emitAck(sock, 'room:join', { sessionId: 42 })).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          message: 'sessionId 应为有效的编号（UUID）',
          details: ['sessionId 应为有效的编号（UUID）'],
        },
      });
      // In the socket's language, like every other refusal.
      const en = await openT({ token: r.token, locale: 'en' });
      expect(await emitAck(en, 'room:join', { sessionId: s.id, lastSeq: -1, extra: 1 })).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          details: expect.arrayContaining([
            'extra is not an accepted field',
            'lastSeq must not be less than 0',
          ]),
        },
      });
      en.close();
      expect(await emitAck(sock, 'room:join', 'not an object')).toMatchObject({
        ok: false,
        error: { code: 'BAD_PAYLOAD' },
      });
      expect(await emitAck(sock, 'room:join', [s.id])).toMatchObject({
        ok: false,
        error: { code: 'BAD_PAYLOAD' },
      });
      expect(await emitAck(sock, 'no:such:event', {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_EVENT' },
      });
      expect(
        await emitAck(sock, 'chat:send', { sessionId: s.id, clientMsgId: 'a', text: 'hi' }),
      ).toMatchObject({ ok: false, error: { code: 'NOT_IN_ROOM' } });
      expect(
        await emitAck(sock, 'room:join', { sessionId: '00000000-0000-4000-8000-000000000000' }),
      ).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } });
      const draft = await publishSession(t, admin);
      expect((await emitAck(sock, 'room:join', { sessionId: draft.id })).ok).toBe(true);
    });

    it('disconnects a client that sends a packet over 64 KB; the server keeps serving others', async () => {
      const r = await resident(t);
      const big = await openT({ token: r.token });
      const other = await openT({ token: r.token });
      const gone = new Promise<string>((resolve) => big.once('disconnect', resolve));
      big.emit('chat:send', { text: 'x'.repeat(70 * 1024) }, () => undefined);
      expect(await gone).toMatch(/transport/);
      expect(await emitAck(other, 'no:such', {})).toMatchObject({ ok: false });
    });
  });

  describe('chat', () => {
    it('stores before acking, numbers messages contiguously per room, and retries with the same clientMsgId are idempotent', async () => {
      const s = await liveSession(t, admin);
      const a = await resident(t, '张三');
      const b = await resident(t, '李四');
      const sa = await openT({ token: a.token });
      const sb = await openT({ token: b.token });
      await emitAck(sa, 'room:join', { sessionId: s.id });
      const joinB = await emitAck(sb, 'room:join', { sessionId: s.id });
      expect(joinB.seq).toBe(0);
      const rec = recordBatches(sb);
      const first = await emitAck(sa, 'chat:send', {
        sessionId: s.id,
        clientMsgId: 'm-1',
        text: '  大家好  ',
      });
      expect(first).toMatchObject({ ok: true, seq: 1, status: 'published' });
      // Stored at ack time: visible over REST at once.
      const hist = await t
        .http()
        .get(`/api/v1/sessions/${s.id}/messages?after=0`)
        .set('Authorization', `Bearer ${b.token}`);
      expect(hist.body.items.map((m: { text: string }) => m.text)).toEqual(['大家好']);
      const retry = await emitAck(sa, 'chat:send', { sessionId: s.id, clientMsgId: 'm-1', text: '大家好' });
      expect(retry).toMatchObject({ ok: true, seq: 1, id: first.id });
      const second = await emitAck(sb, 'chat:send', { sessionId: s.id, clientMsgId: 'm-1', text: '你好' });
      expect(second.seq).toBe(2);
      await until(() => rec.messages().length === 2);
      expect(rec.messages().map((m) => [m.seq, m.author.nickname, m.text])).toEqual([
        [1, '张三', '大家好'],
        [2, '李四', '你好'],
      ]);
      expect(rec.messages()[0].offsetMs).toEqual(expect.any(Number));
      expect(
        await emitAck(sa, 'chat:send', { sessionId: s.id, clientMsgId: 'm-2', text: '长'.repeat(301) }),
      ).toMatchObject({ ok: false, error: { code: 'TEXT_TOO_LONG' } });
      expect(
        (await emitAck(sa, 'chat:send', { sessionId: s.id, clientMsgId: 'm-3', text: '长'.repeat(300) })).ok,
      ).toBe(true);
    });

    it('stores concurrent sends from many people with unique contiguous numbers and sends few batches', async () => {
      const s = await liveSession(t, admin);
      const people = await Promise.all(Array.from({ length: 8 }, (_, i) => resident(t, `并发${i}`)));
      const socks = await Promise.all(people.map((p) => openT({ token: p.token })));
      await Promise.all(socks.map((k) => emitAck(k, 'room:join', { sessionId: s.id })));
      const watcher = await openT({ token: organiser.token });
      await emitAck(watcher, 'room:join', { sessionId: s.id });
      const rec = recordBatches(watcher);
      const acks = await Promise.all(
        socks.flatMap((k, i) =>
          [0, 1, 2].map((j) =>
            emitAck(k, 'chat:send', { sessionId: s.id, clientMsgId: `c${i}-${j}`, text: `消息 ${i}-${j}` }),
          ),
        ),
      );
      expect(acks.every((a) => a.ok)).toBe(true);
      expect(acks.map((a) => a.seq).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 24 }, (_, i) => i + 1),
      );
      await until(() => rec.messages().length === 24);
      expect(rec.messages().map((m) => m.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      // Batched per tick, never one packet per message.
      expect(rec.batches.length).toBeLessThan(24);
      // The same clientMsgId sent at once over two connections of one person is stored once.
      const solo = await resident(t, '重发者');
      const first = await openT({ token: solo.token });
      const twin = await openT({ token: solo.token });
      await emitAck(first, 'room:join', { sessionId: s.id });
      await emitAck(twin, 'room:join', { sessionId: s.id });
      const dupes = await Promise.all(
        [first, twin, first, twin].map((k) =>
          emitAck(k, 'chat:send', { sessionId: s.id, clientMsgId: 'same-one', text: '只存一次' }),
        ),
      );
      expect(dupes).toEqual(dupes.map(() => expect.objectContaining({ ok: true })));
      expect(new Set(dupes.map((d) => d.id)).size).toBe(1);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM live_messages WHERE session_id = $1 AND client_msg_id = 'same-one'`,
        [s.id],
      );
      expect(n).toBe(1);
    });

    it('limits each person to a burst of 5 then 1 per second, and enforces slow mode', async () => {
      const s = await liveSession(t, admin);
      const r = await resident(t);
      const sock = await openT({ token: r.token });
      await emitAck(sock, 'room:join', { sessionId: s.id });
      // Sent together, so the bucket cannot refill between them however slow the machine is.
      const acks = await Promise.all(
        [0, 1, 2, 3, 4, 5].map((i) =>
          emitAck(sock, 'chat:send', { sessionId: s.id, clientMsgId: `r${i}`, text: `第${i}条` }),
        ),
      );
      expect(acks.filter((a) => a.ok)).toHaveLength(5);
      expect(acks.filter((a) => !a.ok)).toEqual([
        expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'RATE_LIMITED' }) }),
      ]);

      const mod = await openT({ token: organiser.token });
      await emitAck(mod, 'room:join', { sessionId: s.id });
      const r2 = await resident(t);
      const s2 = await openT({ token: r2.token });
      await emitAck(s2, 'room:join', { sessionId: s.id });
      const stateSeen = waitFor(s2, 'room:state', (st) => st.slowModeSeconds === 30);
      expect(await emitAck(mod, 'mod:slowmode', { sessionId: s.id, seconds: 30 })).toMatchObject({
        ok: true,
        slowModeSeconds: 30,
      });
      await stateSeen;
      expect((await emitAck(s2, 'chat:send', { sessionId: s.id, clientMsgId: 'a', text: '一' })).ok).toBe(
        true,
      );
      expect(await emitAck(s2, 'chat:send', { sessionId: s.id, clientMsgId: 'b', text: '二' })).toMatchObject(
        {
          ok: false,
          error: { code: 'SLOW_MODE' },
        },
      );
      // Moderators are not slowed down.
      expect(
        (await emitAck(mod, 'chat:send', { sessionId: s.id, clientMsgId: 'm1', text: '主持人' })).ok,
      ).toBe(true);
      expect(
        (await emitAck(mod, 'chat:send', { sessionId: s.id, clientMsgId: 'm2', text: '主持人2' })).ok,
      ).toBe(true);
      expect(await emitAck(s2, 'mod:slowmode', { sessionId: s.id, seconds: 0 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_MODERATOR' },
      });
    });

    it('holds sensitive words (简繁 alike) for review; moderators see, approve or hide; hidden messages vanish everywhere', async () => {
      const s = await liveSession(t, admin);
      const r = await resident(t, '王五');
      const viewer = await resident(t);
      const sr = await openT({ token: r.token });
      const sv = await openT({ token: viewer.token });
      const mod = await openT({ token: organiser.token });
      await emitAck(sr, 'room:join', { sessionId: s.id });
      await emitAck(sv, 'room:join', { sessionId: s.id });
      expect((await emitAck(mod, 'room:join', { sessionId: s.id })).moderator).toBe(true);
      const recV = recordBatches(sv);
      const heldSeen = waitFor(mod, 'mod:held');
      const held = await emitAck(sr, 'chat:send', {
        sessionId: s.id,
        clientMsgId: 'h1',
        text: '一起來 賭 博吧',
      });
      expect(held).toMatchObject({ ok: true, status: 'held' });
      const h = await heldSeen;
      expect(h.messages[0]).toMatchObject({ id: held.id, reason: 'sensitive_word' });
      const ok = await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: 'h2', text: '正常发言' });
      await until(() => recV.messages().length === 1);
      expect(recV.messages()[0].text).toBe('正常发言');
      // The resident cannot moderate.
      expect(await emitAck(sr, 'mod:approve', { messageId: held.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_MODERATOR' },
      });
      const approved = await emitAck(mod, 'mod:approve', { messageId: held.id });
      expect(approved.ok).toBe(true);
      expect(approved.seq).toBeGreaterThan(ok.seq);
      await until(() => recV.messages().length === 2);
      expect(recV.messages()[1]).toMatchObject({ id: held.id, seq: approved.seq });
      // Hide: every client is told to remove it, and history no longer has it.
      const removed = waitFor(sv, 'mod:removed', (p) => p.messageId === ok.id);
      expect((await emitAck(mod, 'mod:hide', { messageId: ok.id })).ok).toBe(true);
      await removed;
      const hist = await t
        .http()
        .get(`/api/v1/sessions/${s.id}/messages`)
        .set('Authorization', `Bearer ${viewer.token}`);
      expect(hist.body.items.map((m: { id: string }) => m.id)).toEqual([held.id]);
    });

    it('pre-moderation holds everything until approved', async () => {
      const s = await liveSession(t, admin, { moderation: 'pre' });
      const r = await resident(t);
      const sr = await openT({ token: r.token });
      await emitAck(sr, 'room:join', { sessionId: s.id });
      expect(
        await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: 'p1', text: '先审后发' }),
      ).toMatchObject({
        ok: true,
        status: 'held',
      });
      const mod = await openT({ token: organiser.token });
      const join = await emitAck(mod, 'room:join', { sessionId: s.id });
      expect(join.held.map((m: { text: string }) => m.text)).toEqual(['先审后发']);
    });

    it('mutes for a duration and bans from the room', async () => {
      const s = await liveSession(t, admin);
      const r = await resident(t);
      const sr = await openT({ token: r.token });
      const mod = await openT({ token: organiser.token });
      await emitAck(sr, 'room:join', { sessionId: s.id });
      await emitAck(mod, 'room:join', { sessionId: s.id });
      const notice = waitFor(sr, 'notice', (n) => n.kind === 'mute');
      const muted = await emitAck(mod, 'mod:mute', { sessionId: s.id, userId: r.id, minutes: 10 });
      expect(muted.ok).toBe(true);
      expect(new Date(muted.until).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
      await notice;
      // The refusal says when the mute ends in words, Beijing time, and gives the instant as `until`.
      const beijing = new Date(new Date(muted.until).getTime() + 8 * 3600_000);
      const hhmm = beijing.toISOString().slice(11, 16);
      const refused = await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: 'x', text: '还能说吗' });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'MUTED',
          until: muted.until,
          message: `您已被禁言至 ${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${hhmm}`,
        },
      });
      // The same person on an English socket, and on one whose browser asks for Traditional Chinese.
      const en = await openT({ token: r.token, locale: 'en' });
      const hant = await openT({ token: r.token, acceptLanguage: 'zh-TW,zh;q=0.9' });
      await emitAck(en, 'room:join', { sessionId: s.id });
      await emitAck(hant, 'room:join', { sessionId: s.id });
      const month = beijing.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
      expect(
        (await emitAck(en, 'chat:send', { sessionId: s.id, clientMsgId: 'x-en', text: 'still?' })).error,
      ).toEqual({
        code: 'MUTED',
        until: muted.until,
        message: `You are muted until ${beijing.getUTCDate()} ${month}, ${hhmm}`,
      });
      expect(
        (await emitAck(hant, 'room:join', { sessionId: '00000000-0000-4000-8000-000000000000' })).error,
      ).toMatchObject({ code: 'SESSION_NOT_FOUND', message: '會議不存在' });
      const banned = waitFor(sr, 'notice', (n) => n.kind === 'ban');
      expect((await emitAck(mod, 'mod:ban', { sessionId: s.id, userId: r.id })).ok).toBe(true);
      await banned;
      await until(
        async () =>
          (await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: 'y', text: '嗨' })).error?.code ===
          'NOT_IN_ROOM',
      );
      expect(await emitAck(sr, 'room:join', { sessionId: s.id })).toMatchObject({
        ok: false,
        error: { code: 'BANNED' },
      });
    });

    it('a ban made while the person’s join is under way keeps them out (the kick came before the socket was in)', async () => {
      const s = await liveSession(t, admin);
      const r = await resident(t);
      const mod = await openT({ token: organiser.token });
      await emitAck(mod, 'room:join', { sessionId: s.id });
      const sr = await openT({ token: r.token });
      // Hold the resident's join after its ban check and before its socket enters the room.
      const fanout = t.app.get(FanoutService);
      const realOpen = fanout.open.bind(fanout);
      let reached!: () => void;
      const atGate = new Promise<void>((res) => (reached = res));
      let release!: () => void;
      const gate = new Promise<void>((res) => (release = res));
      const spy = jest.spyOn(fanout, 'open').mockImplementation(async (id: string) => {
        const rt = await realOpen(id);
        if (id === s.id) {
          reached();
          await gate;
        }
        return rt;
      });
      try {
        const join = emitAck(sr, 'room:join', { sessionId: s.id });
        await atGate;
        expect((await emitAck(mod, 'mod:ban', { sessionId: s.id, userId: r.id })).ok).toBe(true);
        release();
        expect(await join).toMatchObject({ ok: false, error: { code: 'BANNED' } });
      } finally {
        spy.mockRestore();
        release();
      }
      // Not in the room: the room's chat reaches someone else but not them, and they cannot speak in it.
      const banned = recordBatches(sr);
      const other = await openT({ token: (await resident(t)).token });
      await emitAck(other, 'room:join', { sessionId: s.id });
      const heard = recordBatches(other);
      expect(
        (
          await emitAck(mod, 'chat:send', {
            sessionId: s.id,
            clientMsgId: 'after-ban',
            text: '散会前再说一句',
          })
        ).ok,
      ).toBe(true);
      await until(() => heard.messages().some((m) => m.text === '散会前再说一句'));
      expect(banned.messages()).toEqual([]);
      expect(
        await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: 'z', text: '我还在吗' }),
      ).toMatchObject({ ok: false, error: { code: 'NOT_IN_ROOM' } });
    });

    it('room state: status, stream URL, pin, agenda segment pushed to everyone; chat closes when ended', async () => {
      const s = await liveSession(t, admin, {
        streamUrl: 'https://live.example.gov.cn/hls/room.m3u8',
        agenda: [
          { kind: 'briefing', title: '情况通报', minutes: 10 },
          { kind: 'questions', title: '群众提问', minutes: 30 },
        ],
      });
      const r = await resident(t);
      const sr = await openT({ token: r.token });
      const join = await emitAck(sr, 'room:join', { sessionId: s.id });
      expect(join.room).toMatchObject({
        status: 'live',
        streamUrl: 'https://live.example.gov.cn/hls/room.m3u8',
        currentSegment: null,
        access: { onlineAccess: 'signed_in', moderation: 'post' },
      });
      const mod = await openT({ token: organiser.token });
      await emitAck(mod, 'room:join', { sessionId: s.id });
      let seen = waitFor(sr, 'room:state', (st) => st.pinned === '请文明发言');
      await emitAck(mod, 'mod:pin', { sessionId: s.id, text: '请文明发言' });
      await seen;
      seen = waitFor(sr, 'room:state', (st) => st.currentSegment === 1);
      await emitAck(mod, 'mod:segment', { sessionId: s.id, index: 1 });
      await seen;
      seen = waitFor(sr, 'room:state', (st) => st.status === 'paused');
      await emitAck(mod, 'room:status', { sessionId: s.id, status: 'paused' });
      await seen;
      seen = waitFor(sr, 'room:state', (st) => st.status === 'ended');
      await emitAck(mod, 'room:status', { sessionId: s.id, status: 'ended' });
      await seen;
      expect(
        await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: 'late', text: '结束了吗' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'ROOM_ENDED' },
      });
    });
  });

  describe('nothing lost', () => {
    it('room:join with lastSeq returns what was missed (bounded, hasMore → REST history)', async () => {
      const s = await liveSession(t, admin);
      const mod = await openT({ token: organiser.token });
      await emitAck(mod, 'room:join', { sessionId: s.id });
      const r = await resident(t);
      let sr = await openT({ token: r.token });
      await emitAck(sr, 'room:join', { sessionId: s.id });
      expect(
        (await emitAck(mod, 'chat:send', { sessionId: s.id, clientMsgId: 'a0', text: '开场' })).seq,
      ).toBe(1);
      await until(async () => true);
      sr.disconnect();
      for (let i = 1; i <= 3; i++) {
        const send = () =>
          emitAck(mod, 'chat:send', { sessionId: s.id, clientMsgId: `a${i}`, text: `离线期间 ${i}` });
        let ack = await send();
        // The organiser's token bucket is shared with earlier tests in this file: a real client waits
        // out RATE_LIMITED and resends with the same clientMsgId.
        while (!ack.ok && ack.error?.code === 'RATE_LIMITED') {
          await new Promise((r) => setTimeout(r, 1000 * (ack.error?.retryAfter ?? 1)));
          ack = await send();
        }
        // Every send must be acked as stored with the next seq before we check the rejoin.
        expect(ack).toMatchObject({ ok: true, seq: i + 1 });
      }
      sr = await openT({ token: r.token });
      const back = await emitAck(sr, 'room:join', { sessionId: s.id, lastSeq: 1 });
      expect(back.missed.map((m: { seq: number; text: string }) => [m.seq, m.text])).toEqual([
        [2, '离线期间 1'],
        [3, '离线期间 2'],
        [4, '离线期间 3'],
      ]);
      expect(back).toMatchObject({ seq: 4, hasMore: false });
      const page = await t
        .http()
        .get(`/api/v1/sessions/${s.id}/messages?after=1&limit=2`)
        .set('Authorization', `Bearer ${r.token}`);
      expect(page.body).toMatchObject({ hasMore: true, items: [{ seq: 2 }, { seq: 3 }] });
      const bad = await t
        .http()
        .get(`/api/v1/sessions/${s.id}/messages?after=-1&limit=abc`)
        .set('Authorization', `Bearer ${r.token}`);
      expect(bad.status).toBe(400);
    });
  });

  describe('joining', () => {
    it('recent messages on join follow the room: a hidden message is gone for the next joiner, a new one is there', async () => {
      const s = await liveSession(t, admin);
      const r = await resident(t, '发言人');
      const sr = await openT({ token: r.token });
      const mod = await openT({ token: organiser.token });
      await emitAck(sr, 'room:join', { sessionId: s.id });
      await emitAck(mod, 'room:join', { sessionId: s.id });
      const rec = recordBatches(mod);
      const sent = [];
      for (const [i, text] of ['一', '二', '三'].entries())
        sent.push(await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: `r${i}`, text }));
      expect(sent.map((a) => a.ok)).toEqual([true, true, true]);
      await until(() => rec.messages().length === 3);
      const joinRecent = async () => {
        const v = await openT({ token: (await resident(t)).token });
        const ack = await emitAck(v, 'room:join', { sessionId: s.id });
        return { seq: ack.seq, texts: ack.recent.map((m: { text: string }) => m.text) };
      };
      expect(await joinRecent()).toEqual({ seq: 3, texts: ['一', '二', '三'] });
      expect((await emitAck(mod, 'mod:hide', { messageId: sent[1].id })).ok).toBe(true);
      expect(await joinRecent()).toEqual({ seq: 3, texts: ['一', '三'] });
      expect((await emitAck(sr, 'chat:send', { sessionId: s.id, clientMsgId: 'r3', text: '四' })).ok).toBe(
        true,
      );
      await until(() => rec.messages().length === 4);
      expect(await joinRecent()).toEqual({ seq: 4, texts: ['一', '三', '四'] });
    });
  });

  describe('fan-out', () => {
    it.each([
      ['in one write loop', Number.MAX_SAFE_INTEGER],
      ['shard by shard, as big rooms are', 0],
    ])(
      'caps viewers chat above the room-size threshold with a dropped count (%s); staff messages always pass; everything is stored',
      async (_mode, sliceAbove) => {
        const fanout = t.app.get(FanoutService);
        const savedSlice = fanout.tuning.sliceAbove;
        fanout.tuning.sliceAbove = sliceAbove;
        const s = await liveSession(t, admin);
        const people = await Promise.all(Array.from({ length: 6 }, (_, i) => resident(t, `观众${i}`)));
        const socks = await Promise.all(people.map((p) => openT({ token: p.token })));
        await Promise.all(socks.map((k) => emitAck(k, 'room:join', { sessionId: s.id })));
        const mod = await openT({ token: organiser.token });
        await emitAck(mod, 'room:join', { sessionId: s.id });
        const viewer = await openT({ token: (await resident(t)).token });
        await emitAck(viewer, 'room:join', { sessionId: s.id });
        const recV = recordBatches(viewer);
        const recM = recordBatches(mod);
        const saved = [fanout.tuning.capThreshold, fanout.tuning.capPerSecond];
        fanout.tuning.capThreshold = 2;
        fanout.tuning.capPerSecond = 2;
        try {
          await sleep(1100);
          await Promise.all(
            socks.flatMap((k, i) =>
              [0, 1, 2, 3].map((j) =>
                emitAck(k, 'chat:send', {
                  sessionId: s.id,
                  clientMsgId: `v${i}${j}`,
                  text: `观众消息 ${i}-${j}`,
                }),
              ),
            ),
          );
          const staffMsg = await emitAck(mod, 'chat:send', {
            sessionId: s.id,
            clientMsgId: 'staff',
            text: '主持人发言',
          });
          await until(() => recM.messages().length === 25);
          await until(() => recV.messages().some((m) => m.id === staffMsg.id));
          const dropped = recV.batches.reduce((n, b) => n + (b.dropped ?? 0), 0);
          expect(dropped).toBeGreaterThan(0);
          expect(recV.messages().length + dropped).toBe(25);
          const stored = await t
            .http()
            .get(`/api/v1/sessions/${s.id}/messages?limit=100`)
            .set('Authorization', `Bearer ${organiser.token}`);
          expect(stored.body.items).toHaveLength(25);
          // Each socket got each message at most once, in order (no socket sits in two slices).
          for (const rec of [recV, recM]) {
            const seqs = rec.messages().map((m) => m.seq);
            expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
          }
        } finally {
          [fanout.tuning.capThreshold, fanout.tuning.capPerSecond] = saved;
          fanout.tuning.sliceAbove = savedSlice;
        }
      },
    );

    it("tells an admin what this node's fan-out is doing (rooms, batches, those slower than a tick); nobody else", async () => {
      const fanout = t.app.get(FanoutService);
      const node = async () => {
        const res = await t.http().get('/api/v1/live/node').set(bearer(admin));
        expect(res.status).toBe(200);
        return res.body as { rooms: { sessionId: string }[]; batches: number; batchesOverTick: number };
      };
      const s = await liveSession(t, admin);
      const p = await resident(t, '运维看板');
      const k = await openT({ token: p.token });
      await emitAck(k, 'room:join', { sessionId: s.id });
      const rec = recordBatches(k);
      const before = await node();
      // Any batch that takes a tick or longer counts as behind: with a zero tick, every one does.
      const savedTick = fanout.tuning.tickMs;
      fanout.tuning.tickMs = 0;
      try {
        const ack = await emitAck(k, 'chat:send', { sessionId: s.id, clientMsgId: 'ops-1', text: '看板' });
        expect(ack.ok).toBe(true);
        await until(() => rec.messages().length === 1);
      } finally {
        fanout.tuning.tickMs = savedTick;
      }
      const after = await node();
      expect(after.rooms).toContainEqual(
        expect.objectContaining({ sessionId: s.id, localSockets: 1, online: 1, waiting: 0, sending: false }),
      );
      expect(after.batches).toBeGreaterThan(before.batches);
      expect(after.batchesOverTick).toBeGreaterThan(before.batchesOverTick);
      expect(after).toMatchObject({ nodeId: expect.any(String), tickMs: savedTick });

      const asResident = await t.http().get('/api/v1/live/node').set(bearer(p.token));
      expect(asResident.status).toBe(403);
      const anonymous = await t.http().get('/api/v1/live/node');
      expect(anonymous.status).toBe(401);
    });

    /**
     * Five viewers in a fresh room, one message about every tick (on a 100 ms beat each would be a
     * batch of its own): every viewer gets every message once and in order, in no more batches than
     * beats at least 550 ms apart fit in the time it took.
     */
    async function chatOncePerTickInFewBatches(name: string, word: string): Promise<void> {
      const s = await liveSession(t, admin);
      const people = await Promise.all(Array.from({ length: 5 }, (_, i) => resident(t, `${name}${i}`)));
      const socks = await Promise.all(people.map((p) => openT({ token: p.token })));
      await Promise.all(socks.map((k) => emitAck(k, 'room:join', { sessionId: s.id })));
      const recs = socks.map((k) => recordBatches(k));
      const started = Date.now();
      for (let i = 0; i < 12; i++) {
        const ack = await emitAck(socks[i % 5], 'chat:send', {
          sessionId: s.id,
          clientMsgId: `m${i}`,
          text: `第${i}${word}`,
        });
        expect(ack.ok).toBe(true);
        await sleep(100);
      }
      await until(() => recs.every((r) => r.messages().length === 12));
      const elapsed = Date.now() - started;
      for (const rec of recs) {
        expect(rec.messages().map((m) => m.text)).toEqual(
          Array.from({ length: 12 }, (_, i) => `第${i}${word}`),
        );
        expect(rec.batches.length).toBeLessThanOrEqual(Math.floor(elapsed / 550) + 1);
      }
    }

    it('writes a room with many sockets on a longer beat: fewer batches per viewer, every message once and in order', async () => {
      const fanout = t.app.get(FanoutService);
      const saved = [fanout.tuning.bigRoomAbove, fanout.tuning.bigRoomTickMs] as const;
      // Five sockets count as a big room here; its beat is six ticks.
      fanout.tuning.bigRoomAbove = 4;
      fanout.tuning.bigRoomTickMs = 600;
      try {
        await chatOncePerTickInFewBatches('大房间', '条');
      } finally {
        [fanout.tuning.bigRoomAbove, fanout.tuning.bigRoomTickMs] = saved;
      }
    });

    it('rests a sliced room after each batch in proportion to its writes: fewer, bigger batches; every message once and in order', async () => {
      const fanout = t.app.get(FanoutService);
      const tn = fanout.tuning;
      const saved = [tn.sliceAbove, tn.writeShare, tn.maxRestMs] as const;
      // Every batch is sliced here, and may take a millionth of the node's time: any write at all
      // means a rest of the full 600 ms, where the room would otherwise get a batch every tick.
      tn.sliceAbove = 0;
      tn.writeShare = 1e-6;
      tn.maxRestMs = 600;
      try {
        await chatOncePerTickInFewBatches('歇一歇', '句');
      } finally {
        [tn.sliceAbove, tn.writeShare, tn.maxRestMs] = saved;
      }
    });

    it('sends a big room its batch slice by slice: every viewer gets every message once, in order, in few packets', async () => {
      const fanout = t.app.get(FanoutService);
      const savedSlice = fanout.tuning.sliceAbove;
      fanout.tuning.sliceAbove = 0;
      const writesBefore = fanout.writer.directWrites;
      try {
        const s = await liveSession(t, admin);
        const people = await Promise.all(Array.from({ length: 24 }, (_, i) => resident(t, `切片${i}`)));
        const socks = await Promise.all(people.map((p) => openT({ token: p.token })));
        await Promise.all(socks.map((k) => emitAck(k, 'room:join', { sessionId: s.id })));
        const recs = socks.map((k) => recordBatches(k));
        const acks = await Promise.all(
          socks.slice(0, 6).flatMap((k, i) =>
            [0, 1].map((j) =>
              emitAck(k, 'chat:send', {
                sessionId: s.id,
                clientMsgId: `sl${i}-${j}`,
                text: `切片 ${i}-${j}`,
              }),
            ),
          ),
        );
        expect(acks.every((a) => a.ok)).toBe(true);
        await until(() => recs.every((r) => r.messages().length >= 12));
        await sleep(300);
        for (const r of recs) {
          expect(r.messages().map((m) => m.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
          expect(r.batches.length).toBeLessThan(12);
        }
        // The batches were written straight to the sockets (the bytes socket.io would have sent).
        expect(fanout.writer.directWrites - writesBefore).toBeGreaterThanOrEqual(24);
      } finally {
        fanout.tuning.sliceAbove = savedSlice;
      }
    });

    it.each([
      ['through socket.io', Number.MAX_SAFE_INTEGER],
      ['written directly, as big rooms are', 0],
    ])(
      'skips a client whose connection is backed up, then cuts it off; it rejoins with lastSeq and loses nothing (%s)',
      async (_mode, sliceAbove) => {
        const fanout = t.app.get(FanoutService);
        const saved = [
          fanout.tuning.sliceAbove,
          fanout.tuning.slowSkip,
          fanout.tuning.slowDisconnect,
          fanout.tuning.slowGraceMs,
        ] as const;
        [
          fanout.tuning.sliceAbove,
          fanout.tuning.slowSkip,
          fanout.tuning.slowDisconnect,
          fanout.tuning.slowGraceMs,
        ] = [sliceAbove, 1, 1_000, 1_500];
        try {
          const s = await liveSession(t, admin);
          const people = await Promise.all(Array.from({ length: 6 }, (_, i) => resident(t, `慢客${i}`)));
          const socks = await Promise.all(people.map((p) => openT({ token: p.token })));
          await Promise.all(socks.map((k) => emitAck(k, 'room:join', { sessionId: s.id })));
          const healthy = recordBatches(socks[0]);
          const stuckClient = socks[5];
          const stuck = recordBatches(stuckClient);
          const lost = new Promise<void>((resolve) => stuckClient.once('disconnect', () => resolve()));
          // The network to this client stalls: the server's own TCP stream for it stops moving.
          const server = fanout.namespace.sockets.get(stuckClient.id!)!;
          const raw = (
            server.conn as unknown as { transport: { socket: { _socket: import('node:net').Socket } } }
          ).transport.socket._socket;
          raw.cork();
          const cutsBefore = fanout.writer.slowCuts;
          const long = '长'.repeat(290);
          // Enough rounds that the bytes alone pass a backlog unit (16 KB): when every write to the
          // client goes straight to its TCP stream, that is all there is to see it is stuck by.
          const rounds = 6;
          const total = rounds * 5;
          for (let round = 0; round < rounds; round++) {
            const acks = await Promise.all(
              socks.slice(0, 5).map((k, i) =>
                emitAck(k, 'chat:send', {
                  sessionId: s.id,
                  clientMsgId: `slow${round}-${i}`,
                  text: `${round}${i}${long}`,
                }),
              ),
            );
            expect(acks.every((a) => a.ok)).toBe(true);
            await sleep(400);
          }
          // Everyone else got all of them; the stalled one was skipped, then cut off after the grace period.
          await until(() => healthy.messages().length === total);
          await until(() => fanout.writer.slowCuts > cutsBefore, 10_000);
          raw.uncork();
          await lost;
          const seen = stuck.messages().map((m) => m.seq);
          expect(seen.length).toBeLessThan(total);
          const lastSeq = seen.length ? Math.max(...seen) : 0;
          const again = await openT({ token: people[5].token });
          const back = await emitAck(again, 'room:join', { sessionId: s.id, lastSeq });
          expect([...seen, ...back.missed.map((m: { seq: number }) => m.seq)]).toEqual(
            Array.from({ length: total }, (_, i) => i + 1),
          );
        } finally {
          [
            fanout.tuning.sliceAbove,
            fanout.tuning.slowSkip,
            fanout.tuning.slowDisconnect,
            fanout.tuning.slowGraceMs,
          ] = saved;
        }
      },
    );
  });
});
