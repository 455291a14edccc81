import type { Socket } from 'socket.io-client';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { ConsensusEngine, ConsensusService } from '@xs/live';
import {
  createSession,
  liveSession,
  sessionTransition,
  type CreatedSession,
} from '../support/factories/scheduling';
import {
  emitAck,
  liveStaff,
  LOOPBACK_PROXY,
  open,
  resident,
  until,
  waitFor,
} from '../support/factories/live';
import { pdfObjects, pdfText } from '../support/factories/outcomes';
import { bearer, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/** A create body for another session at the same workstation, a day later. */
const draftBody = (s: CreatedSession) => ({
  title: '游客表态设置',
  workstationId: s.workstationId,
  startsAt: new Date(Date.parse(s.startsAt) + 86_400_000).toISOString(),
  endsAt: new Date(Date.parse(s.endsAt) + 86_400_000).toISOString(),
  format: 'hybrid',
  capacity: 10,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Consensus finder (issue 18): statements, votes over REST and the socket, groups, adoption into the outcome. */
describe('consensus finder', () => {
  let t: TestApp;
  let url: string;
  let admin: string;
  let organiser: { id: string; token: string };
  const sockets: Socket[] = [];
  const api = (token?: string) => ({
    post: (path: string, body: object) =>
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
  });
  const joined = async (token: string, sessionId: string) => {
    const s = await open(url, { token });
    sockets.push(s);
    const ack = await emitAck(s, 'room:join', { sessionId });
    if (!ack.ok) throw new Error(JSON.stringify(ack));
    return s;
  };
  const statement = async (sessionId: string, text: string) => {
    const res = await api(organiser.token).post(`/sessions/${sessionId}/statements`, { text });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('published');
    return res.body.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ TRUSTED_PROXIES: LOOPBACK_PROXY });
    url = await t.listen();
    admin = await t.login('admin');
    organiser = await liveStaff(t, admin, 'organiser');
    const engine = t.app.get(ConsensusEngine);
    engine.intervalMs = 200;
    engine.start();
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  it('statements: moderators publish, residents are held until approved, ≤ 140 characters, promotion from a question or a chat message', async () => {
    const s = await liveSession(t, admin);
    const r = await resident(t, '提观点');
    expect(await statement(s.id, '小区应增设错时共享停车位')).toBeTruthy();
    const held = await api(r.token).post(`/sessions/${s.id}/statements`, {
      text: '  晚上十点后禁止广场舞  ',
    });
    expect(held.status).toBe(201);
    expect(held.body.status).toBe('held');
    const long = await api(r.token).post(`/sessions/${s.id}/statements`, { text: '长'.repeat(141) });
    expect(long.status).toBe(400);
    expect(long.body.code).toBe('STATEMENT_TOO_LONG');
    const both = await api(organiser.token).post(`/sessions/${s.id}/statements`, {
      text: '一',
      questionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(both.body.code).toBe('ONE_SOURCE');

    // Residents see published ones only; the moderator sees the held one too and approves it.
    let list = await api(r.token).get(`/sessions/${s.id}/statements`);
    expect(list.body.items.map((i: { text: string }) => i.text)).toEqual(['小区应增设错时共享停车位']);
    const mod = await api(organiser.token).get(`/sessions/${s.id}/statements`);
    expect(mod.body.items).toHaveLength(2);
    expect(
      (await api(r.token).post(`/statements/${held.body.id}/moderation`, { status: 'published' })).status,
    ).toBe(403);
    const ok = await api(organiser.token).post(`/statements/${held.body.id}/moderation`, {
      status: 'published',
    });
    expect(ok.body).toEqual({ id: held.body.id, status: 'published' });
    list = await api(r.token).get(`/sessions/${s.id}/statements`);
    expect(list.body.items.map((i: { text: string }) => i.text)).toContain('晚上十点后禁止广场舞');

    // A question promoted into a statement.
    const sr = await joined(r.token, s.id);
    const q = await emitAck(sr, 'question:ask', {
      sessionId: s.id,
      clientMsgId: 'c1',
      text: '加装电梯应由政府补贴',
    });
    const promoted = await api(organiser.token).post(`/sessions/${s.id}/statements`, {
      questionId: q.questionId,
    });
    expect(promoted.body.status).toBe('published');
    list = await api(r.token).get(`/sessions/${s.id}/statements`);
    expect(list.body.items.find((i: { id: string }) => i.id === promoted.body.id)).toMatchObject({
      text: '加装电梯应由政府补贴',
      origin: 'question',
    });
    // A chat message promoted (moderators only; a resident cannot promote).
    const said = await emitAck(sr, 'chat:send', {
      sessionId: s.id,
      clientMsgId: 'm1',
      text: '  小区门口应设非机动车停放区  ',
    });
    expect(said.ok).toBe(true);
    expect((await api(r.token).post(`/sessions/${s.id}/statements`, { messageId: said.id })).body.code).toBe(
      'NOT_MODERATOR',
    );
    const fromChat = await api(organiser.token).post(`/sessions/${s.id}/statements`, { messageId: said.id });
    expect(fromChat.body.status).toBe('published');
    list = await api(r.token).get(`/sessions/${s.id}/statements`);
    expect(list.body.items.find((i: { id: string }) => i.id === fromChat.body.id)).toMatchObject({
      text: '小区门口应设非机动车停放区',
      origin: 'message',
    });
  });

  it('votes: one per person under concurrent double taps, changeable, over REST and the socket', async () => {
    const s = await liveSession(t, admin);
    const id = await statement(s.id, '社区食堂应对老人优惠');
    const a = await resident(t, '双击人');
    const taps = await Promise.all([
      api(a.token).post(`/statements/${id}/votes`, { vote: 'agree' }),
      api(a.token).post(`/statements/${id}/votes`, { vote: 'agree' }),
    ]);
    expect(taps.map((x) => x.status)).toEqual([200, 200]);
    const rows = await t.db.query(`SELECT count(*)::int AS n FROM consensus_votes WHERE statement_id = $1`, [
      id,
    ]);
    expect(rows[0].n).toBe(1);
    await api(a.token).post(`/statements/${id}/votes`, { vote: 'disagree' }).expect(200);
    let list = await api(a.token).get(`/sessions/${s.id}/statements`);
    expect(list.body.items[0]).toMatchObject({
      votes: { agree: 0, disagree: 1, pass: 0 },
      myVote: 'disagree',
    });
    expect((await api().post(`/statements/${id}/votes`, { vote: 'agree' })).status).toBe(401);
    expect((await api(a.token).post(`/statements/${id}/votes`, { vote: 'maybe' })).status).toBe(400);
    const unknown = await api(a.token).post(`/statements/00000000-0000-4000-8000-000000000000/votes`, {
      vote: 'agree',
    });
    expect(unknown.body.code).toBe('STATEMENT_NOT_FOUND');

    // The socket: a vote changes the same row; double taps there too give one row.
    const sock = await joined(a.token, s.id);
    const acks = await Promise.all([
      emitAck(sock, 'statement:vote', { statementId: id, vote: 'pass' }),
      emitAck(sock, 'statement:vote', { statementId: id, vote: 'pass' }),
    ]);
    expect(acks).toEqual([
      { ok: true, statementId: id, vote: 'pass' },
      { ok: true, statementId: id, vote: 'pass' },
    ]);
    list = await api(a.token).get(`/sessions/${s.id}/statements`);
    expect(list.body.items[0]).toMatchObject({ votes: { agree: 0, disagree: 0, pass: 1 }, myVote: 'pass' });

    // A concluded session's statements take no more votes (the room's snapshot is cached up to 2 s).
    const done = await liveSession(t, admin);
    const late = await statement(done.id, '社区活动室应周末开放');
    await sessionTransition(t, admin, done.id, 'end');
    await sessionTransition(t, admin, done.id, 'conclude');
    const b = await resident(t, '晚到者');
    let closed = await api(b.token).post(`/statements/${late}/votes`, { vote: 'agree' });
    await until(
      async () => {
        closed = await api(b.token).post(`/statements/${late}/votes`, { vote: 'agree' });
        return closed.status === 409;
      },
      10_000,
      300,
    );
    expect(closed.body.code).toBe('VOTING_CLOSED');
  });

  it('guests vote only where the session allows it (needs anonymous viewing); elsewhere GUEST_VOTING_OFF and nothing stored', async () => {
    // The setting: refused without anonymous viewing, off again when anonymous viewing goes.
    const draft = await createSession(t, admin, { allowAnonymousViewing: true });
    expect(draft.allowGuestVoting).toBe(false);
    const patch = (body: object) =>
      t.http().patch(`/api/v1/sessions/${draft.id}`).set(bearer(admin)).send(body);
    const alone = await patch({ allowAnonymousViewing: false, allowGuestVoting: true });
    expect(alone.status).toBe(400);
    expect(alone.body.code).toBe('GUEST_VOTING_NEEDS_ANONYMOUS_VIEWING');
    expect((await patch({ allowGuestVoting: true })).body.allowGuestVoting).toBe(true);
    const off = await patch({ allowAnonymousViewing: false });
    expect(off.body).toMatchObject({ allowAnonymousViewing: false, allowGuestVoting: false });
    const created = await t
      .http()
      .post('/api/v1/sessions')
      .set(bearer(admin))
      .send({ ...draftBody(draft), allowGuestVoting: true });
    expect(created.status).toBe(400);
    expect(created.body.code).toBe('GUEST_VOTING_NEEDS_ANONYMOUS_VIEWING');

    // A room guests may watch but not vote in: refused with a stable code, nothing stored.
    const s = await liveSession(t, admin, { allowAnonymousViewing: true });
    const id = await statement(s.id, '公园应延长开放时间');
    const guest = await open(url, { nickname: '路人' });
    sockets.push(guest);
    const join = await emitAck(guest, 'room:join', { sessionId: s.id });
    expect(join.room.access).toMatchObject({ allowAnonymousViewing: true, allowGuestVoting: false });
    const taps = await Promise.all([
      emitAck(guest, 'statement:vote', { statementId: id, vote: 'agree' }),
      emitAck(guest, 'statement:vote', { statementId: id, vote: 'agree' }),
    ]);
    for (const refused of taps)
      expect(refused).toMatchObject({ ok: false, error: { code: 'GUEST_VOTING_OFF' } });
    const next = await emitAck(guest, 'statement:next', { sessionId: s.id });
    expect(next.error?.code).toBe('GUEST_VOTING_OFF');
    const rows = await t.db.query(`SELECT count(*)::int AS n FROM consensus_votes WHERE session_id = $1`, [
      s.id,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('guests where allowed: one vote per guest and statement under double taps, changed not added (also after a reconnect), counted in the figures and the groups, never exported, not erased with a person', async () => {
    const s = await liveSession(t, admin, { allowAnonymousViewing: true, allowGuestVoting: true });
    expect(s.allowGuestVoting).toBe(true);
    const id = await statement(s.id, '菜市场应增设便民早点摊');
    const other = await statement(s.id, '菜市场应延长营业到晚九点');
    const guestJoined = async (nickname: string) => {
      const g = await open(url, { nickname });
      sockets.push(g);
      const join = await emitAck(g, 'room:join', { sessionId: s.id });
      expect(join.room.access.allowGuestVoting).toBe(true);
      return g;
    };
    const a = await guestJoined('游客甲');
    expect((await emitAck(a, 'statement:next', { sessionId: s.id })).statement.id).toBe(id);

    // Two taps at once from one guest: one row.
    const taps = await Promise.all([
      emitAck(a, 'statement:vote', { statementId: id, vote: 'agree' }),
      emitAck(a, 'statement:vote', { statementId: id, vote: 'agree' }),
    ]);
    expect(taps).toEqual([
      { ok: true, statementId: id, vote: 'agree' },
      { ok: true, statementId: id, vote: 'agree' },
    ]);
    const guestRows = () =>
      t.db.query<{ voter_key: string; user_id: null; vote: number }[]>(
        `SELECT voter_key, user_id, vote FROM consensus_votes WHERE statement_id = $1 AND user_id IS NULL`,
        [id],
      );
    let rows = await guestRows();
    expect(rows).toHaveLength(1);
    // The key holds neither the nickname nor the address, nor the socket's viewer key.
    expect(rows[0].voter_key).toMatch(/^g:[0-9a-f]{32}$/);
    const key = rows[0].voter_key;

    // Again changes the vote; so does the same guest after reconnecting.
    await expect(emitAck(a, 'statement:vote', { statementId: id, vote: 'disagree' })).resolves.toMatchObject({
      ok: true,
    });
    a.disconnect();
    const again = await guestJoined('游客甲');
    expect(await emitAck(again, 'statement:vote', { statementId: id, vote: 'pass' })).toMatchObject({
      ok: true,
      vote: 'pass',
    });
    rows = await guestRows();
    expect(rows).toEqual([{ voter_key: key, user_id: null, vote: 3 }]);
    // Voted on: the next statement offered is the other one.
    expect((await emitAck(again, 'statement:next', { sessionId: s.id })).statement.id).toBe(other);

    // Another guest and a resident count beside them.
    const b = await guestJoined('游客乙');
    expect(await emitAck(b, 'statement:vote', { statementId: id, vote: 'agree' })).toMatchObject({
      ok: true,
    });
    const r = await resident(t, '有账号');
    await api(r.token).post(`/statements/${id}/votes`, { vote: 'agree' }).expect(200);
    let view: Record<string, unknown> = {};
    await until(async () => {
      view = (await api(organiser.token).get(`/sessions/${s.id}/consensus`)).body;
      return view.voters === 3;
    });
    // Anyone watching (a guest over REST too) sees the aggregates only: no map, nobody's vote.
    const anonymous = await api().get(`/sessions/${s.id}/consensus`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ voters: 3, me: null });
    expect(anonymous.body.points).toBeUndefined();
    const anonymousList = await api().get(`/sessions/${s.id}/statements`);
    expect(anonymousList.body.items.every((i: { myVote: unknown }) => i.myVote === null)).toBe(true);
    const list = await api(organiser.token).get(`/sessions/${s.id}/statements`);
    expect(list.body.items.find((i: { id: string }) => i.id === id).votes).toEqual({
      agree: 2,
      disagree: 0,
      pass: 1,
    });

    // Chat's rate limit, per guest: a burst past it is refused and still leaves one row.
    const c = await guestJoined('游客丙');
    const burst = await Promise.all(
      Array.from({ length: 12 }, () => emitAck(c, 'statement:vote', { statementId: other, vote: 'agree' })),
    );
    expect(burst.some((x) => x.error?.code === 'RATE_LIMITED')).toBe(true);
    const otherRows = await t.db.query(
      `SELECT count(*)::int AS n FROM consensus_votes WHERE statement_id = $1`,
      [other],
    );
    expect(otherRows[0].n).toBe(1);

    // The export has the counts and no guest key; erasing the resident leaves the guests' votes.
    const csv = await api(organiser.token).get(`/sessions/${s.id}/statements.csv`);
    expect(csv.text).toContain('菜市场应增设便民早点摊');
    for (const secret of [key, key.slice(2), '游客甲', '游客乙', r.id])
      expect(csv.text).not.toContain(secret);
    const voters = async (n: number) =>
      until(async () => (await api(organiser.token).get(`/sessions/${s.id}/consensus`)).body.voters === n);
    await voters(4);
    const erased = await t.app.get(ConsensusService).eraseUser(r.id);
    expect(erased.votes).toBe(1);
    expect(await guestRows()).toHaveLength(2);
    await voters(3);
  });

  it('statement:next offers each unvoted statement once, fewest votes first', async () => {
    const s = await liveSession(t, admin);
    const busy = await statement(s.id, '观点甲');
    const quiet = await statement(s.id, '观点乙');
    const voter = await resident(t, '先投');
    await api(voter.token).post(`/statements/${busy}/votes`, { vote: 'agree' }).expect(200);
    const r = await resident(t, '看下一条');
    const sock = await joined(r.token, s.id);
    const first = await emitAck(sock, 'statement:next', { sessionId: s.id });
    expect(first.statement).toEqual({ id: quiet, text: '观点乙' });
    const second = await emitAck(sock, 'statement:next', { sessionId: s.id });
    expect(second.statement.id).toBe(busy);
    expect((await emitAck(sock, 'statement:next', { sessionId: s.id })).statement).toBeNull();
  });

  it('groups two opinion camps, finds the shared statement, pushes the map to the moderator, adopts it into the outcome and the 专报', async () => {
    const s = await liveSession(t, admin);
    const shared = await statement(s.id, '小区应建立居民议事会');
    const split = [await statement(s.id, '应拆除违建车棚'), await statement(s.id, '应扩建停车场')];
    const other = [await statement(s.id, '应保留绿地'), await statement(s.id, '应限制外来车辆')];
    const mod = await joined(organiser.token, s.id);
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => resident(t, `居民${i}`)));
    const mine = await joined(people[0].token, s.id);
    const mapSeen = waitFor(mod, 'consensus:update', (u) => u.voters === 8 && (u.points?.length ?? 0) === 8);
    const sharedSeen = waitFor(mine, 'consensus:update', (u) => u.voters === 8);
    const meSeen = waitFor(mine, 'consensus:me', (u) => !!u.me);
    // Camp A (0–3) agrees with `split`, disagrees with `other`; camp B (4–7) the opposite; all agree on `shared`.
    for (const [i, p] of people.entries()) {
      const campA = i < 4;
      const votes: [string, string][] = [
        [shared, 'agree'],
        ...split.map((id): [string, string] => [id, campA ? 'agree' : 'disagree']),
        ...other.map((id): [string, string] => [id, campA ? 'disagree' : 'agree']),
      ];
      for (const [id, vote] of votes)
        await api(p.token).post(`/statements/${id}/votes`, { vote }).expect(200);
    }
    const update = await mapSeen;
    expect(update.groups).toHaveLength(2);
    expect(update.groups.map((g: { size: number }) => g.size).sort()).toEqual([4, 4]);
    expect(update.consensus[0]).toMatchObject({ statementId: shared, agree: 8, groupAgree: [1, 1] });
    expect(update.divisive.map((d: { statementId: string }) => d.statementId).sort()).toEqual(
      [...split, ...other].sort(),
    );
    // A resident gets the shared view (no map, no one's point) and then their own point in that version.
    const seen = await sharedSeen;
    expect(seen.points).toBeUndefined();
    expect(seen.me).toBeUndefined();
    const me = await meSeen;
    expect(me).toMatchObject({ sessionId: s.id, version: expect.any(Number) });
    expect(me.me.group).toBeGreaterThanOrEqual(0);

    // A newcomer is offered every statement once; all have 8 votes, so the ones that split the groups
    // come before the one everybody agrees with.
    const newcomer = await joined((await resident(t, '新来的')).token, s.id);
    const offered: string[] = [];
    for (let i = 0; i < 5; i++)
      offered.push((await emitAck(newcomer, 'statement:next', { sessionId: s.id })).statement.id);
    expect(offered.slice(0, 4).sort()).toEqual([...split, ...other].sort());
    expect(offered[4]).toBe(shared);

    // Over REST: residents get no map, only their own point.
    let view: Record<string, unknown> = {};
    await until(async () => {
      view = (await api(people[1].token).get(`/sessions/${s.id}/consensus`)).body;
      return view.voters === 8;
    });
    expect(view.points).toBeUndefined();
    expect(view.me).toMatchObject({ group: expect.any(Number) });
    expect((await api(organiser.token).get(`/sessions/${s.id}/consensus`)).body.points).toHaveLength(8);

    // Adoption waits for the end of the meeting, then carries the figures into the outcome and the 专报.
    const early = await api(organiser.token).post(`/sessions/${s.id}/outcome/consensus`, {
      statementIds: [shared],
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SESSION_NOT_ENDED');
    await sessionTransition(t, admin, s.id, 'end');
    expect(
      (await api(people[0].token).post(`/sessions/${s.id}/outcome/consensus`, { statementIds: [shared] }))
        .status,
    ).toBe(403);
    const adopted = await api(organiser.token).post(`/sessions/${s.id}/outcome/consensus`, {
      statementIds: [shared],
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body.consensus).toEqual([
      '小区应建立居民议事会（同意 100%：第1组 100%、第2组 100%；表态 8 人，共 8 人参与）',
    ]);
    // Adopting again adds nothing twice.
    await api(organiser.token)
      .post(`/sessions/${s.id}/outcome/consensus`, { statementIds: [shared] })
      .expect(200);
    const outcome = await api(organiser.token).get(`/sessions/${s.id}/outcome`);
    expect(outcome.body.consensus).toHaveLength(1);
    const docx = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/report.docx`)
      .set(bearer(organiser.token))
      .buffer(true)
      .parse(binary);
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(docx.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('小区应建立居民议事会（同意 100%');
    // The opinion map as a PNG image part, its 8 anonymous points in two groups, and the adopted statement's table.
    const images = zip.file(/^word\/media\/.+\.png$/);
    expect(images).toHaveLength(1);
    const png = PNG.sync.read(await images[0].async('nodebuffer'));
    expect([png.width, png.height]).toEqual([600, 400]);
    const colours = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i] !== png.data[i + 1] || png.data[i + 1] !== png.data[i + 2])
        colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
    expect(colours.size).toBe(2);
    expect(xml).toContain('<w:drawing>');
    expect(xml).toContain('观点地图：8 位参与者分为 2 组');
    expect(xml).toContain('<w:tbl>');
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    for (const cell of ['第1组同意率', '第2组同意率', '小区应建立居民议事会', '100%'])
      expect(table).toContain(cell);
    // The PDF carries the same map heading and table.
    const pdf = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/report.pdf`)
      .set(bearer(organiser.token))
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const pdfWords = pdfText(pdf.body as Buffer);
    expect(pdfWords).toContain('观点地图：8 位参与者分为 2 组');
    for (const cell of ['第1组同意率', '第2组同意率', '小区应建立居民议事会', '100%'])
      expect(pdfWords).toContain(cell);
    // The map's dots are drawn in the two groups' colours.
    const drawn = [...pdfObjects(pdf.body as Buffer).values()]
      .map((o) => o.stream?.toString('latin1') ?? '')
      .join('\n');
    const fills = new Set(
      [...drawn.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn)/g)].map((m) =>
        m
          .slice(1, 4)
          .map((x) => Math.round(Number(x) * 255))
          .join(','),
      ),
    );
    expect(fills).toContain('31,111,178'); // group 1, #1f6fb2
    expect(fills).toContain('194,65,12'); // group 2, #c2410c

    // The session's export: every statement with its counts and group agree rates, and nobody's identity.
    const xlsx = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/statements.xlsx`)
      .set(bearer(organiser.token))
      .buffer(true)
      .parse(binary);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const sheet = wb.getWorksheet('观点表态')!;
    const cells = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(cells(1)).toEqual([
      '观点',
      '状态',
      '来源',
      '提出时间',
      '同意',
      '不同意',
      '跳过',
      '表态人数',
      '同意率',
      '第1组同意率',
      '第2组同意率',
    ]);
    expect(sheet.rowCount).toBe(6);
    const rows = Array.from({ length: 5 }, (_, i) => cells(i + 2));
    const byText = new Map(rows.map((r) => [r[0], r]));
    const sharedRow = byText.get('小区应建立居民议事会')!;
    expect(sharedRow.slice(1, 3)).toEqual(['已发布', '主持人']);
    expect(sharedRow.slice(4)).toEqual([8, 0, 0, 8, 1, 1, 1]);
    const splitRow = byText.get('应拆除违建车棚')!;
    expect(splitRow.slice(4, 9)).toEqual([4, 4, 0, 8, 0.5]);
    expect((splitRow.slice(9) as number[]).sort()).toEqual([0, 1]);
    const summary = wb.getWorksheet('分组概况')!;
    expect((summary.getRow(3).values as unknown[]).slice(1)).toEqual(['表态人数', 8]);
    const everything = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    for (const p of people) expect(everything).not.toContain(p.id);
    expect(everything).not.toContain('居民0');
    const csv = await api(organiser.token).get(`/sessions/${s.id}/statements.csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('小区应建立居民议事会,已发布,主持人');
    expect((await api(people[0].token).get(`/sessions/${s.id}/statements.xlsx`)).status).toBe(403);
  });
});
