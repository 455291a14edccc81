import Redis from 'ioredis';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { liveSession } from '../support/factories/scheduling';
import {
  Ack,
  emitAck,
  liveStaff,
  LOOPBACK_PROXY,
  open,
  recordBatches,
  resident,
  sleep,
  until,
} from '../support/factories/live';
import { bearer } from '../support/test-app';
import { ClusterNode, REDIS_URL, TestCluster } from '../support/cluster-nodes';

interface Figures {
  statementId: string;
  agree: number;
  disagree: number;
  pass: number;
}
interface Update {
  sessionId: string;
  version: number;
  voters: number;
  consensus: Figures[];
  divisive: Figures[];
  points?: unknown[];
}

/**
 * What the per-node shortcuts of the live context must not change for a user when two replicas serve
 * one room: the consensus "dirty" signal (a vote on one node recomputes the view on the others,
 * throttled) and the per-room sanctions cache (a mute or ban placed on one node holds on the other at
 * once, and its end too).
 */
describe('live rooms: state shared across two nodes', () => {
  const cluster = new TestCluster();
  let a: ClusterNode;
  let b: ClusterNode;
  const sockets: Socket[] = [];
  let db: Client;
  const redisClients: Redis[] = [];

  const joinedOn = async (node: ClusterNode, token: string, sessionId: string): Promise<Socket> => {
    const s = await open(node.url, { token });
    sockets.push(s);
    const ack = await emitAck(s, 'room:join', { sessionId });
    if (!ack.ok) throw new Error(`room:join: ${JSON.stringify(ack)}`);
    return s;
  };
  let said = 0;
  const say = (s: Socket, sessionId: string, text = '发言') =>
    emitAck(s, 'chat:send', { sessionId, clientMsgId: `m${++said}`, text: `${text}${said}` });

  beforeAll(async () => {
    await cluster.prepare();
    // Residents log in from distinct forwarded addresses (the per-IP SMS limit is not under test).
    [a, b] = [
      await cluster.startNode({ TRUSTED_PROXIES: LOOPBACK_PROXY }),
      await cluster.startNode({ TRUSTED_PROXIES: LOOPBACK_PROXY }),
    ];
    db = new Client({ connectionString: cluster.databaseUrl });
    await db.connect();
  }, 180_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await db?.end();
    for (const r of redisClients) await r.quit();
    await cluster.close();
  });

  it('a burst of votes on node A reaches the consensus view of viewers on node B, matching the stored votes, without a recompute or cluster message per vote', async () => {
    const appA = cluster.appOn(a);
    const admin = await appA.login('admin');
    const organiser = await liveStaff(appA, admin, 'organiser');
    const s = await liveSession(appA, admin);
    const statement = async (text: string) => {
      const res = await appA
        .http()
        .post(`/api/v1/sessions/${s.id}/statements`)
        .set(bearer(organiser.token))
        .send({ text });
      expect(res.body.status).toBe('published');
      return res.body.id as string;
    };
    const shared = await statement('小区应建立居民议事会');
    const split = [await statement('应拆除违建车棚'), await statement('应扩建停车场')];
    const other = [await statement('应保留绿地'), await statement('应限制外来车辆')];
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => resident(appA, `表态${i}`)));
    const onlooker = await resident(appA, '旁观');

    // Node B: the moderator (gets the map), a resident who does not vote, and a second device of a
    // voter (gets their own point). Only node A hears the votes.
    const modB = await joinedOn(b, organiser.token, s.id);
    const watcherB = await joinedOn(b, onlooker.token, s.id);
    const voterB = await joinedOn(b, people[0].token, s.id);
    const modSeen: Update[] = [];
    const watcherSeen: Update[] = [];
    const meSeen: { version: number; me: { group: number } | null }[] = [];
    modB.on('consensus:update', (u: Update) => modSeen.push(u));
    watcherB.on('consensus:update', (u: Update) => watcherSeen.push(u));
    voterB.on('consensus:me', (m: { version: number; me: { group: number } | null }) => meSeen.push(m));
    const voterSockets = await Promise.all(people.map((p) => joinedOn(a, p.token, s.id)));

    // Cross-node "dirty" messages for this room, as they go through Redis (socket.io's server-side
    // emits travel on the adapter's pub/sub channel).
    const sub = new Redis(REDIS_URL);
    redisClients.push(sub);
    let dirtyMessages = 0;
    sub.on('messageBuffer', (_channel: Buffer, payload: Buffer) => {
      if (payload.includes('live:consensus-dirty') && payload.includes(s.id)) dirtyMessages++;
    });
    await sub.subscribe(`${cluster.prefix}:sio#/live#`);

    // The burst: 8 people × 5 statements over the socket on node A. Camp A (0–3) agrees with `split` and
    // disagrees with `other`, camp B the opposite; all agree on `shared`.
    const started = Date.now();
    const acks: Ack[] = [];
    await Promise.all(
      voterSockets.map(async (sock, i) => {
        const campA = i < 4;
        const votes: [string, string][] = [
          [shared, 'agree'],
          ...split.map((id): [string, string] => [id, campA ? 'agree' : 'disagree']),
          ...other.map((id): [string, string] => [id, campA ? 'disagree' : 'agree']),
        ];
        for (const [statementId, vote] of votes)
          acks.push(await emitAck(sock, 'statement:vote', { statementId, vote }));
      }),
    );
    const burstMs = Date.now() - started;
    const n = acks.length;
    expect(n).toBe(40);
    expect(acks.filter((x) => !x.ok)).toEqual([]);

    // The truth, from the database.
    const { rows } = await db.query<Figures>(
      `SELECT statement_id AS "statementId", count(*) FILTER (WHERE vote = 1)::int AS agree,
              count(*) FILTER (WHERE vote = 2)::int AS disagree, count(*) FILTER (WHERE vote = 3)::int AS pass
         FROM consensus_votes WHERE session_id = $1 GROUP BY statement_id`,
      [s.id],
    );
    const voters = (
      await db.query<{ n: number }>(
        `SELECT count(DISTINCT voter_key)::int AS n FROM consensus_votes WHERE session_id = $1`,
        [s.id],
      )
    ).rows[0].n;
    expect(voters).toBe(8);
    const truth = new Map(
      rows.map((r) => [r.statementId, { agree: r.agree, disagree: r.disagree, pass: r.pass }]),
    );
    const same = (f: Figures) => {
      const t = truth.get(f.statementId);
      return !!t && t.agree === f.agree && t.disagree === f.disagree && t.pass === f.pass;
    };
    const isTruth = (u: Update | undefined) => {
      if (!u || u.voters !== voters) return false;
      const shown = [...u.consensus, ...u.divisive];
      return (
        shown.length === truth.size &&
        new Set(shown.map((f) => f.statementId)).size === truth.size &&
        shown.every(same)
      );
    };

    // Viewers on node B end on the stored truth (every statement is shared or divisive here).
    await until(() => isTruth(watcherSeen.at(-1)) && isTruth(modSeen.at(-1)), 20_000);
    expect(truth.size).toBe(5);
    expect(modSeen.at(-1)!.points).toHaveLength(8);
    expect(watcherSeen.at(-1)!.points).toBeUndefined();
    const last = watcherSeen.at(-1)!;
    expect(last.consensus.map((f) => f.statementId)).toEqual([shared]);
    // The voter's other device on node B gets their own point in that version.
    await until(() => meSeen.some((m) => m.version === last.version && !!m.me), 10_000);

    // No flood: node B pushed a handful of views for 40 votes (its engine recomputes a dirty room once
    // per interval; updates from before the first vote show no voters), and node A announced the room at most once per half second of the burst, plus the
    // trailing announcement of the burst and one left over from the statements' creation.
    const burstUpdates = watcherSeen.filter((u) => u.voters > 0).length;
    expect(burstUpdates).toBeGreaterThanOrEqual(1);
    expect(burstUpdates).toBeLessThanOrEqual(n / 4);
    expect(dirtyMessages).toBeGreaterThanOrEqual(1);
    expect(dirtyMessages).toBeLessThanOrEqual(Math.floor(burstMs / 500) + 3);
    expect(dirtyMessages).toBeLessThan(n / 2);
  });

  it('a mute or ban placed on node A holds on node B at once, and so does its end', async () => {
    const appA = cluster.appOn(a);
    const admin = await appA.login('admin');
    const organiser = await liveStaff(appA, admin, 'organiser');
    const s = await liveSession(appA, admin);
    const [muted, banned, bystander] = await Promise.all([
      resident(appA, '被禁言'),
      resident(appA, '被移出'),
      resident(appA, '旁听'),
    ]);
    const modA = await joinedOn(a, organiser.token, s.id);
    const mutedB = await joinedOn(b, muted.token, s.id);
    const bannedB = await joinedOn(b, banned.token, s.id);
    const bystanderB = await joinedOn(b, bystander.token, s.id);
    const bannedFeed = recordBatches(bannedB);
    const bystanderFeed = recordBatches(bystanderB);
    const notices = (sock: Socket) => {
      const got: { sessionId: string; kind: string }[] = [];
      sock.on('notice', (x: { sessionId: string; kind: string }) => got.push(x));
      return got;
    };
    const mutedNotices = notices(mutedB);

    // Both speak on node B, which so loads the room's (empty) sanctions into its cache.
    expect(await say(mutedB, s.id)).toMatchObject({ ok: true });
    expect(await say(bannedB, s.id)).toMatchObject({ ok: true });

    // Muted on node A: the very next message on node B is refused, and the person is told.
    const mute = await emitAck(modA, 'mod:mute', { sessionId: s.id, userId: muted.id, minutes: 1 });
    expect(mute).toMatchObject({ ok: true, until: expect.any(String) });
    expect(await say(mutedB, s.id)).toMatchObject({ ok: false, error: { code: 'MUTED' } });
    await until(() => mutedNotices.some((x) => x.kind === 'mute' && x.sessionId === s.id));

    // Banned on node A: refused on node B at once and taken out of the room there; a new
    // connection to node B cannot join.
    const ban = await emitAck(modA, 'mod:ban', { sessionId: s.id, userId: banned.id, minutes: 1 });
    expect(ban).toMatchObject({ ok: true, until: expect.any(String) });
    const first = await say(bannedB, s.id);
    expect(first.ok).toBe(false);
    expect(['BANNED', 'NOT_IN_ROOM']).toContain(first.error?.code);
    const again = await open(b.url, { token: banned.token });
    sockets.push(again);
    expect(await emitAck(again, 'room:join', { sessionId: s.id })).toMatchObject({
      ok: false,
      error: { code: 'BANNED' },
    });
    await until(async () => (await say(bannedB, s.id)).error?.code === 'NOT_IN_ROOM', 10_000, 200);
    // Out of the room on node B: the moderator's next message reaches the bystander there, not them.
    const modSaid = await say(modA, s.id, '请大家文明发言');
    expect(modSaid.ok).toBe(true);
    await until(() => bystanderFeed.messages().some((m) => m.seq === modSaid.seq));
    expect(bannedFeed.messages().some((m) => m.seq === modSaid.seq)).toBe(false);

    // Both sanctions end after their minute: node B lets the muted person speak and the banned one back in.
    await until(async () => (await say(mutedB, s.id)).ok, 90_000, 1000);
    await until(async () => (await emitAck(again, 'room:join', { sessionId: s.id })).ok, 30_000, 1000);
    expect(await say(again, s.id)).toMatchObject({ ok: true });
  }, 180_000);

  it('a mute on node A is confirmed to the moderator only once node B has dropped its cached sanctions, even when node B is busy for a moment', async () => {
    const appA = cluster.appOn(a);
    const admin = await appA.login('admin');
    const organiser = await liveStaff(appA, admin, 'organiser');
    const s = await liveSession(appA, admin);
    const muted = await resident(appA, '忙时禁言');
    const modA = await joinedOn(a, organiser.token, s.id);
    const mutedB = await joinedOn(b, muted.token, s.id);
    // Node B caches the room's (empty) sanctions.
    expect(await say(mutedB, s.id)).toMatchObject({ ok: true });

    // Node B stops for 800 ms (as a replica stuck in a long task would): the mute is stored at once,
    // but the moderator is not told "muted" before node B has dropped what it cached.
    let confirmedAt = 0;
    let resumedAt = 0;
    b.proc.kill('SIGSTOP');
    try {
      const sentAt = Date.now();
      const mute = emitAck(modA, 'mod:mute', { sessionId: s.id, userId: muted.id, minutes: 5 }).then((x) => {
        confirmedAt = Date.now();
        return x;
      });
      await until(async () => {
        const r = await db.query(`SELECT 1 FROM live_sanctions WHERE session_id = $1 AND user_id = $2`, [
          s.id,
          muted.id,
        ]);
        return r.rowCount === 1;
      });
      // 800 ms after the mute was sent: well inside the 2 s node A waits for a silent node.
      await sleep(Math.max(0, sentAt + 800 - Date.now()));
      expect(confirmedAt).toBe(0);
      resumedAt = Date.now();
      b.proc.kill('SIGCONT');
      expect(await mute).toMatchObject({ ok: true, until: expect.any(String) });
    } finally {
      b.proc.kill('SIGCONT');
    }
    expect(confirmedAt).toBeGreaterThanOrEqual(resumedAt);
    // The person's next message, sent the moment the moderator saw the confirmation, is refused on node B.
    expect(await say(mutedB, s.id)).toMatchObject({ ok: false, error: { code: 'MUTED' } });
  });

  it('everyone banned on node A is told on node B before being taken out of the room there', async () => {
    const appA = cluster.appOn(a);
    const admin = await appA.login('admin');
    const organiser = await liveStaff(appA, admin, 'organiser');
    const s = await liveSession(appA, admin);
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => resident(appA, `移出${i}`)));
    const modA = await joinedOn(a, organiser.token, s.id);
    const told = new Set<string>();
    const onB = await Promise.all(
      people.map(async (p) => {
        const sock = await joinedOn(b, p.token, s.id);
        sock.on('notice', (x: { sessionId: string; kind: string }) => {
          if (x.kind === 'ban' && x.sessionId === s.id) told.add(p.id);
        });
        return sock;
      }),
    );
    for (const p of people)
      expect(await emitAck(modA, 'mod:ban', { sessionId: s.id, userId: p.id })).toMatchObject({ ok: true });
    // Once out of the room on node B, each must have been told (the notice comes before the kick).
    await until(
      async () => {
        const acks = await Promise.all(onB.map((sock) => say(sock, s.id)));
        return acks.every((x) => x.error?.code === 'NOT_IN_ROOM');
      },
      10_000,
      200,
    );
    expect(people.filter((p) => !told.has(p.id)).map((p) => p.id)).toEqual([]);
  });
});
