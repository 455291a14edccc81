import type { Socket } from 'socket.io-client';
import { LIVE_STATS_PORT } from '@xs/contracts';
import { DomainEvents } from '@xs/platform';
import type { LiveStatsPort } from '@xs/contracts';
import { FanoutService } from '@xs/live';
import { createDepartment } from '../support/factories/directory';
import { liveSession } from '../support/factories/scheduling';
import {
  emitAck,
  liveStaff,
  LOOPBACK_PROXY,
  open,
  resident,
  until,
  waitFor,
} from '../support/factories/live';
import { startTestApp, TestApp } from '../support/test-app';

/** Q&A, raise hand, polls, reactions, presence, promotion and the stats port (issue 6 points 6–10, 12). */
describe('live rooms: interaction', () => {
  let t: TestApp;
  let url: string;
  let admin: string;
  let organiser: { id: string; token: string };
  const sockets: Socket[] = [];
  const openT = async (token: string) => {
    const s = await open(url, { token });
    sockets.push(s);
    return s;
  };
  const joined = async (token: string, sessionId: string) => {
    const s = await openT(token);
    const ack = await emitAck(s, 'room:join', { sessionId });
    if (!ack.ok) throw new Error(JSON.stringify(ack));
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp({ TRUSTED_PROXIES: LOOPBACK_PROXY });
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

  it('Q&A: ask (idempotent), upvote once per person, sort by votes or time, answer by a department representative', async () => {
    const s = await liveSession(t, admin);
    const a = await resident(t, '提问人');
    const b = await resident(t, '点赞人');
    const c = await resident(t, '又一人');
    const sa = await joined(a.token, s.id);
    const sb = await joined(b.token, s.id);
    const sc = await joined(c.token, s.id);
    const q1 = await emitAck(sa, 'question:ask', {
      sessionId: s.id,
      clientMsgId: 'q1',
      text: '小区停车难怎么解决？',
    });
    expect(q1).toMatchObject({ ok: true, status: 'visible' });
    expect(
      (
        await emitAck(sa, 'question:ask', {
          sessionId: s.id,
          clientMsgId: 'q1',
          text: '小区停车难怎么解决？',
        })
      ).questionId,
    ).toBe(q1.questionId);
    const q2 = await emitAck(sb, 'question:ask', {
      sessionId: s.id,
      clientMsgId: 'q2',
      text: '加装电梯的补贴标准？',
    });
    const seen = waitFor(sa, 'question:update', (q) => q.id === q2.questionId && q.votes === 2);
    const votes = await Promise.all([
      emitAck(sa, 'question:upvote', { questionId: q2.questionId }),
      emitAck(sc, 'question:upvote', { questionId: q2.questionId }),
      emitAck(sc, 'question:upvote', { questionId: q2.questionId }),
    ]);
    expect(votes.filter((v) => v.ok)).toHaveLength(2);
    expect(votes.find((v) => !v.ok)?.error?.code).toBe('ALREADY_UPVOTED');
    await seen;
    const byVotes = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/questions?sort=votes`)
      .set('Authorization', `Bearer ${a.token}`);
    expect(byVotes.body.items.map((q: { id: string; votes: number }) => [q.id, q.votes])).toEqual([
      [q2.questionId, 2],
      [q1.questionId, 0],
    ]);
    const byTime = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/questions?sort=time`)
      .set('Authorization', `Bearer ${a.token}`);
    expect(byTime.body.items.map((q: { id: string }) => q.id)).toEqual([q1.questionId, q2.questionId]);
    expect(byTime.body.items[0].offsetMs).toEqual(expect.any(Number));

    expect(
      await emitAck(sb, 'question:answer', { questionId: q1.questionId, answer: '我来答' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_MODERATOR' },
    });
    const dept = await createDepartment(t, admin, { regionCode: '530102' });
    const handler = await liveStaff(t, admin, 'department_handler', '530102', { departmentId: dept.id });
    const sh = await joined(handler.token, s.id);
    const answered = waitFor(sa, 'question:update', (q) => q.id === q1.questionId && q.answered);
    const ans = await emitAck(sh, 'question:answer', {
      questionId: q1.questionId,
      answer: '已协调增设临时车位',
    });
    expect(ans).toMatchObject({ ok: true, question: { answered: true, answer: '已协调增设临时车位' } });
    await answered;
  });

  it('raise hand: queue in order, one speaker at a time with a time limit, pushed to moderators and the speaker, recorded for duty records', async () => {
    const s = await liveSession(t, admin);
    const a = await resident(t, '甲');
    const b = await resident(t, '乙');
    const mod = await joined(organiser.token, s.id);
    const sa = await joined(a.token, s.id);
    const sb = await joined(b.token, s.id);
    const ha = await emitAck(sa, 'hand:raise', { sessionId: s.id, note: '想谈谈垃圾分类' });
    expect(ha).toMatchObject({ ok: true, position: 1 });
    expect(await emitAck(sa, 'hand:raise', { sessionId: s.id })).toMatchObject({
      ok: false,
      error: { code: 'HAND_ALREADY_RAISED' },
    });
    const queued = waitFor(mod, 'hand:queue', (q) => q.queue.length === 2);
    const hb = await emitAck(sb, 'hand:raise', { sessionId: s.id });
    expect(hb.position).toBe(2);
    expect((await queued).queue.map((h: { nickname: string }) => h.nickname)).toEqual(['甲', '乙']);
    expect(await emitAck(sa, 'hand:grant', { handId: ha.handId, seconds: 60 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_MODERATOR' },
    });

    const speakerSees = waitFor(sa, 'hand:queue', (q) => q.speaker?.handId === ha.handId);
    const floor = waitFor(sa, 'notice', (n) => n.kind === 'floor');
    const grant = await emitAck(mod, 'hand:grant', { handId: ha.handId, seconds: 10 });
    expect(grant.ok).toBe(true);
    const q = await speakerSees;
    expect(q.queue.map((h: { nickname: string }) => h.nickname)).toEqual(['乙']);
    await floor;
    expect(await emitAck(mod, 'hand:grant', { handId: hb.handId, seconds: 60 })).toMatchObject({
      ok: false,
      error: { code: 'FLOOR_TAKEN' },
    });
    // Concurrent grants of two queued hands: the partial unique index lets exactly one through.
    await emitAck(mod, 'hand:end', { handId: ha.handId });
    const c = await resident(t, '丙');
    const sc = await joined(c.token, s.id);
    const hc = await emitAck(sc, 'hand:raise', { sessionId: s.id });
    const both = await Promise.all([
      emitAck(mod, 'hand:grant', { handId: hb.handId, seconds: 10 }),
      emitAck(mod, 'hand:grant', { handId: hc.handId, seconds: 10 }),
    ]);
    expect(both.filter((g) => g.ok)).toHaveLength(1);
    expect(both.find((g) => !g.ok)?.error?.code).toBe('FLOOR_TAKEN');
    // The floor ends by itself when the time is up.
    const ended = waitFor(mod, 'hand:queue', (qq) => qq.speaker === null, 15_000);
    await ended;

    const stats = t.app.get<LiveStatsPort>(LIVE_STATS_PORT);
    const from = new Date(Date.now() - 3600_000);
    const to = new Date(Date.now() + 3600_000);
    expect(await stats.contributionsByUser(a.id, from, to)).toMatchObject({
      speeches: 1,
      sessionIds: [s.id],
    });
  }, 30_000);

  it('polls: single and multiple choice, one vote per person, tallies pushed, results stored', async () => {
    const s = await liveSession(t, admin);
    const mod = await joined(organiser.token, s.id);
    const voters = await Promise.all([0, 1, 2].map((i) => resident(t, `投票${i}`)));
    const socks = await Promise.all(voters.map((v) => joined(v.token, s.id)));
    expect(
      await emitAck(socks[0], 'poll:open', { sessionId: s.id, question: '越权?', options: ['a', 'b'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_MODERATOR' },
    });
    const poll = await emitAck(mod, 'poll:open', {
      sessionId: s.id,
      question: '是否同意增设充电桩？',
      options: ['同意', '不同意', '弃权'],
    });
    expect(poll.options).toEqual([
      { id: 'o1', text: '同意' },
      { id: 'o2', text: '不同意' },
      { id: 'o3', text: '弃权' },
    ]);
    // poll:update has the one poll shape (as REST history): id, options with their votes, total.
    const tally = waitFor(mod, 'poll:update', (u) => u.id === poll.pollId && u.total === 3);
    const results = await Promise.all([
      emitAck(socks[0], 'poll:vote', { pollId: poll.pollId, optionIds: ['o1'] }),
      emitAck(socks[0], 'poll:vote', { pollId: poll.pollId, optionIds: ['o2'] }),
      emitAck(socks[1], 'poll:vote', { pollId: poll.pollId, optionIds: ['o1'] }),
      emitAck(socks[2], 'poll:vote', { pollId: poll.pollId, optionIds: ['o2'] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    // The double tap from voter 0 races itself: whichever vote the server took first counts, the other is refused.
    const [first, second] = results;
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect((first.ok ? second : first).error?.code).toBe('ALREADY_VOTED');
    const counted = first.ok ? 'o1' : 'o2';
    expect((await tally).options).toEqual([
      { id: 'o1', text: '同意', votes: 1 + (counted === 'o1' ? 1 : 0) },
      { id: 'o2', text: '不同意', votes: 1 + (counted === 'o2' ? 1 : 0) },
      { id: 'o3', text: '弃权', votes: 0 },
    ]);
    const multi = await emitAck(mod, 'poll:open', {
      sessionId: s.id,
      question: '最关心哪些？',
      options: ['停车', '电梯', '绿化'],
      multi: true,
    });
    expect(
      await emitAck(socks[0], 'poll:vote', { pollId: poll.pollId, optionIds: ['o1', 'o2'] }),
    ).toMatchObject({ ok: false });
    expect(await emitAck(socks[0], 'poll:vote', { pollId: multi.pollId, optionIds: ['o9'] })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_OPTION' },
    });
    expect((await emitAck(socks[0], 'poll:vote', { pollId: multi.pollId, optionIds: ['o1', 'o2'] })).ok).toBe(
      true,
    );
    expect((await emitAck(mod, 'poll:close', { pollId: multi.pollId })).ok).toBe(true);
    expect(await emitAck(socks[1], 'poll:vote', { pollId: multi.pollId, optionIds: ['o3'] })).toMatchObject({
      ok: false,
      error: { code: 'POLL_CLOSED' },
    });
    const res = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/polls`)
      .set('Authorization', `Bearer ${voters[0].token}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: poll.pollId,
        total: 3,
        status: 'open',
        options: [
          { id: 'o1', text: '同意', votes: counted === 'o1' ? 2 : 1 },
          { id: 'o2', text: '不同意', votes: counted === 'o2' ? 2 : 1 },
          { id: 'o3', text: '弃权', votes: 0 },
        ],
      }),
      expect.objectContaining({ id: multi.pollId, total: 1, status: 'closed', multi: true }),
    ]);
  });

  it('likes are aggregated per tick; presence counts people online and the peak; unique participants are stored', async () => {
    const s = await liveSession(t, admin);
    const a = await resident(t);
    const b = await resident(t);
    const sa = await joined(a.token, s.id);
    const sa2 = await joined(a.token, s.id); // the same person on a second device counts once
    // Presence is recorded from before the join: the count can go out before the join's ack arrives.
    const sb = await openT(b.token);
    const presence: { online: number; peak: number }[] = [];
    sb.on('presence', (pp: { online: number; peak: number }) => presence.push(pp));
    expect((await emitAck(sb, 'room:join', { sessionId: s.id })).ok).toBe(true);
    const likes: number[] = [];
    sb.on('reactions', (r: { likes: number }) => likes.push(r.likes));
    await Promise.all([
      ...Array.from({ length: 10 }, () => emitAck(sa, 'reaction:like', { sessionId: s.id })),
      emitAck(sb, 'reaction:like', { sessionId: s.id, count: 5 }),
    ]);
    await until(() => likes.includes(15));
    expect(likes.length).toBeLessThan(11);
    await until(() => presence.some((pp) => pp.online === 2));
    // The peak is taken at the presence beat (1 s): wait until it has been stored with both people in.
    const stats = t.app.get<LiveStatsPort>(LIVE_STATS_PORT);
    await until(async () => (await stats.onlineStats(s.id)).peak === 2);
    sa.disconnect();
    sa2.disconnect();
    const p = await waitFor(sb, 'presence', (pp) => pp.online === 1);
    expect(p.peak).toBe(2);
    expect(await stats.onlineStats(s.id)).toEqual({ unique: 2, peak: 2 });
  });

  it('200 joins at once (people on two devices, guests twice): unique participants and live.joined exact, once each', async () => {
    const s = await liveSession(t, admin, { allowAnonymousViewing: true });
    const people = [];
    for (let i = 0; i < 40; i++) people.push(await resident(t));
    const joinedEvents: string[] = [];
    t.app.get(DomainEvents).on('live.joined', (e) => {
      if (e.sessionId === s.id) joinedEvents.push(e.userId);
    });
    // 40 people on two devices each, 100 guests of whom 20 come twice: 200 sockets, 140 people.
    const auths = [
      ...people.flatMap((p) => [{ token: p.token }, { token: p.token }]),
      ...Array.from({ length: 120 }, (_, i) => ({ nickname: `访客${i % 100}` })),
    ];
    const socks = await Promise.all(auths.map((a) => open(url, a)));
    sockets.push(...socks);
    const acks = await Promise.all(socks.map((x) => emitAck(x, 'room:join', { sessionId: s.id }, 30_000)));
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    const stats = t.app.get<LiveStatsPort>(LIVE_STATS_PORT);
    await until(async () => (await stats.onlineStats(s.id)).peak === 140, 10_000);
    expect(await stats.onlineStats(s.id)).toEqual({ unique: 140, peak: 140 });
    await t.app.get(DomainEvents).drain();
    expect(joinedEvents.sort()).toEqual(people.map((p) => p.id).sort());
    // Joining again (a reconnect) is not a first join.
    await emitAck(socks[0], 'room:leave', { sessionId: s.id });
    expect((await emitAck(socks[0], 'room:join', { sessionId: s.id })).ok).toBe(true);
    await t.app.get(DomainEvents).drain();
    expect(joinedEvents).toHaveLength(40);
    expect((await stats.onlineStats(s.id)).unique).toBe(140);
  });

  it('a rush of joins: the online count reaches the room folded to one per beat and settles exact; big rooms get it framed once', async () => {
    const fanout = t.app.get(FanoutService);
    const s = await liveSession(t, admin, { allowAnonymousViewing: true });
    type Presence = { sessionId: string; online: number; peak: number };
    const watcher = await open(url, { nickname: '守候者' });
    sockets.push(watcher);
    const seen: Presence[] = [];
    watcher.on('presence', (p: Presence) => seen.push(p));
    expect((await emitAck(watcher, 'room:join', { sessionId: s.id })).ok).toBe(true);
    await until(() => seen.some((p) => p.online === 1));
    // Above `sliceAbove` local sockets the count is framed once and written straight to each socket,
    // as in a 10,000-viewer room; lowered here so that path runs with 81.
    const saved = fanout.tuning.sliceAbove;
    fanout.tuning.sliceAbove = 20;
    try {
      const socks = await Promise.all(
        Array.from({ length: 80 }, (_, i) => open(url, { nickname: `涌入${i}` })),
      );
      sockets.push(...socks);
      const lastSeen: Presence[] = [];
      socks[0].on('presence', (p: Presence) => lastSeen.push(p));
      const from = seen.length;
      const t0 = Date.now();
      const acks = await Promise.all(socks.map((x) => emitAck(x, 'room:join', { sessionId: s.id }, 30_000)));
      expect(acks.filter((a) => !a.ok)).toEqual([]);
      // A joiner has the count in its ack at once, whatever the beat.
      for (const a of acks) expect((a.presence as Presence).online).toBeGreaterThanOrEqual(2);
      await until(() => seen.at(-1)?.online === 81 && lastSeen.at(-1)?.online === 81);
      const elapsed = Date.now() - t0;
      expect(seen.at(-1)).toEqual({ sessionId: s.id, online: 81, peak: 81 });
      expect(lastSeen.at(-1)).toEqual({ sessionId: s.id, online: 81, peak: 81 });
      const rush = seen.slice(from);
      // Nobody left: the count only grows; and 80 joins are folded into at most one count per beat.
      expect(rush.map((p) => p.online)).toEqual([...rush.map((p) => p.online)].sort((a, b) => a - b));
      expect(rush.length).toBeLessThanOrEqual(Math.floor(elapsed / fanout.tuning.presenceAnnounceMs) + 2);
    } finally {
      fanout.tuning.sliceAbove = saved;
    }
  });

  it('promotes a message or a question to a draft suggestion linked to its source', async () => {
    const s = await liveSession(t, admin);
    const r = await resident(t);
    const sr = await joined(r.token, s.id);
    const mod = await joined(organiser.token, s.id);
    const msg = await emitAck(sr, 'chat:send', {
      sessionId: s.id,
      clientMsgId: 'p1',
      text: '建议在社区设立共享工具角',
    });
    expect(await emitAck(sr, 'suggestion:promote', { sessionId: s.id, messageId: msg.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_MODERATOR' },
    });
    const promoted = await emitAck(mod, 'suggestion:promote', { sessionId: s.id, messageId: msg.id });
    expect(promoted).toMatchObject({ ok: true, suggestionId: expect.any(String) });
    const got = await t
      .http()
      .get(`/api/v1/suggestions/${promoted.suggestionId}`)
      .set('Authorization', `Bearer ${organiser.token}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ content: '建议在社区设立共享工具角', sourceMessageId: msg.id });
    expect(await emitAck(mod, 'suggestion:promote', { sessionId: s.id })).toMatchObject({
      ok: false,
      error: { code: 'ONE_SOURCE' },
    });
  });
});
