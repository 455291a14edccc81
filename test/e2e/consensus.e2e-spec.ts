import type { Socket } from 'socket.io-client';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { ConsensusEngine } from '@xs/live';
import { liveSession, sessionTransition } from '../support/factories/scheduling';
import {
  emitAck,
  liveStaff,
  LOOPBACK_PROXY,
  open,
  resident,
  until,
  waitFor,
} from '../support/factories/live';
import { bearer, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

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

  it('statements: moderators publish, residents are held until approved, ≤ 140 characters, promotion from a question', async () => {
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
  });

  it('votes: one per person under concurrent double taps, changeable, anonymous refused, over REST and the socket', async () => {
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
    const guest = await open(url, { nickname: '路人' });
    sockets.push(guest);
    await emitAck(guest, 'room:join', { sessionId: s.id });
    const refused = await emitAck(guest, 'statement:vote', { statementId: id, vote: 'agree' });
    expect(refused.error?.code).toBe('READ_ONLY');
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
    const meSeen = waitFor(mine, 'consensus:update', (u) => u.voters === 8 && !!u.me);
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
    const me = await meSeen;
    expect(me.points).toBeUndefined();
    expect(me.me.group).toBeGreaterThanOrEqual(0);

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
