import { createHmac } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { OUTCOME_CONSENSUS_PORT } from '@xs/contracts';
import type { ConsensusReport, ConsensusStatementsExport } from '@xs/contracts';
import type { OutcomeConsensusPort, SessionSnapshot } from '@xs/contracts';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, NotFoundError } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ChatService } from '../chat/chat.service';
import { ChatLimits } from '../chat/limits';
import { MessagesRepository } from '../chat/messages.repository';
import { InteractRepository } from '../interact/interact.repository';
import { LiveCache } from '../live-cache';
import { FanoutService, modRoomOf, roomOf } from '../room/fanout.service';
import { LiveAccessService } from '../room/live-access.service';
import { dataOf, RoomService } from '../room/room.service';
import { ConsensusEngine, type SessionAnalysis } from './consensus-engine';
import { VOTE_CODE } from './consensus-math';
import { ConsensusRepository, type StatementRow, type Voter } from './consensus.repository';
import type {
  ConsensusAdopted,
  ConsensusStatementFigures,
  ConsensusStatementView,
  ConsensusView,
  OpinionPoint,
  StatementCreated,
  StatementModerated,
  VoteRecorded,
  VoteValue,
} from './consensus.responses';
import { Errors } from '../errors';

export const MAX_STATEMENT = 140;
/** Sessions whose statements take votes: before (online consultation), during and after the meeting. */
const VOTABLE = new Set(['published', 'live', 'ended']);
const VOTE_NAME: Record<number, VoteValue> = { 1: 'agree', 2: 'disagree', 3: 'pass' };

function statementText(raw: string): string {
  const t = raw.trim().replace(/\s+/g, ' ');
  if (!t) throw Errors.badInput('EMPTY_TEXT');
  if ([...t].length > MAX_STATEMENT) throw Errors.badInput('STATEMENT_TOO_LONG', { max: MAX_STATEMENT });
  return t;
}

/** Statements, votes and what the opinion groups show (consensus finder, issue 18). */
@Injectable()
export class ConsensusService implements OnModuleInit {
  /** Statements each person was already offered by `statement:next` (this node). */
  private readonly shown = new Map<string, Set<string>>();
  /** Rooms announced to the other nodes in the last half second (true: changed again since). */
  private readonly announcing = new Map<string, boolean>();

  constructor(
    private readonly repo: ConsensusRepository,
    private readonly engine: ConsensusEngine,
    private readonly access: LiveAccessService,
    private readonly room: RoomService,
    private readonly chat: ChatService,
    private readonly limits: ChatLimits,
    private readonly messages: MessagesRepository,
    private readonly interact: InteractRepository,
    private readonly fanout: FanoutService,
    @Inject(OUTCOME_CONSENSUS_PORT) private readonly outcomes: OutcomeConsensusPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: LiveCache,
  ) {}

  onModuleInit(): void {
    this.engine.start();
    this.engine.onAnalysis((a) => {
      this.push(a).catch(() => undefined);
    });
  }

  markDirtyLocal(sessionId: string): void {
    this.engine.markDirty(sessionId);
  }

  /**
   * A vote or a statement changed a room: recompute here and on every other node (each pushes to its own
   * sockets). The other nodes hear of a room at most every half second (thousands of votes a second
   * would be as many cluster messages), and once more after the last change of a burst.
   */
  private changed(sessionId: string): void {
    this.engine.markDirty(sessionId);
    if (this.announcing.has(sessionId)) {
      this.announcing.set(sessionId, true);
      return;
    }
    this.fanout.clusterEmit('live:consensus-dirty', sessionId);
    this.announcing.set(sessionId, false);
    setTimeout(() => {
      const again = this.announcing.get(sessionId);
      this.announcing.delete(sessionId);
      if (again) this.changed(sessionId);
    }, 500).unref();
  }

  /**
   * Pushes a new analysis to this node's sockets: moderators get the map, a resident who is on it their
   * own point, everyone else the lists.
   */
  async push(a: SessionAnalysis): Promise<void> {
    let nsp;
    try {
      nsp = this.fanout.namespace;
    } catch {
      return;
    }
    const room = roomOf(a.sessionId);
    const mods = modRoomOf(a.sessionId);
    const local = nsp.adapter.rooms.get(room);
    if (!local?.size) return;
    const shared = await this.view(a.sessionId, a, false);
    const modView = { ...shared, points: this.points(a) };
    delete (shared as { me?: unknown }).me;
    nsp.local.to(mods).emit('consensus:update', modView);
    // The shared view is encoded once for the room; each resident on the map then gets only their
    // point (encoding the whole view per person stalled the event loop for thousands of voters).
    nsp.local.to(room).except(mods).emit('consensus:update', shared);
    const modSockets = nsp.adapter.rooms.get(mods);
    for (const id of local) {
      if (modSockets?.has(id)) continue;
      const socket = nsp.sockets.get(id);
      const voterKey = socket ? this.voterKeyOf(socket, a.sessionId) : null;
      const me = voterKey ? this.pointOf(a, voterKey) : null;
      if (!socket || !me) continue;
      socket.emit('consensus:me', { sessionId: a.sessionId, version: shared.version, me });
    }
  }

  // ---------- statements ----------
  async create(
    p: Principal | undefined,
    sessionId: string,
    dto: { text?: string; messageId?: string; questionId?: string },
  ): Promise<StatementCreated> {
    if (!p) throw Errors.unauthorized('LOGIN_REQUIRED');
    const s = await this.access.session(sessionId);
    const moderator = this.access.isModerator(p, s);
    const sources = [dto.text !== undefined, !!dto.messageId, !!dto.questionId].filter(Boolean).length;
    if (sources !== 1) throw Errors.badInput('ONE_SOURCE');
    if (dto.text === undefined) {
      this.access.assertModerator(p, s);
      const source = dto.messageId
        ? await this.messages.findById(undefined, dto.messageId)
        : await this.interact.findQuestion(dto.questionId!);
      if (!source || source.sessionId !== s.id)
        throw Errors.notFound(dto.messageId ? 'MESSAGE_NOT_FOUND' : 'QUESTION_NOT_FOUND');
      const row = await this.repo.insertStatement({
        sessionId: s.id,
        text: statementText(source.text),
        status: 'published',
        origin: dto.messageId ? 'message' : 'question',
        sourceId: source.id,
        authorId: p.id,
      });
      return this.created(row);
    }
    const text = statementText(dto.text);
    if (!moderator) {
      await this.assertMayTakePart(p, s);
      await this.chat.assertMaySpeak(s.id, p.id);
      await this.limits.take(p.id);
    }
    // Participants' statements wait for a moderator, as chat does under pre-moderation.
    const held = !moderator;
    const row = await this.repo.insertStatement({
      sessionId: s.id,
      text,
      status: held ? 'held' : 'published',
      origin: moderator ? 'moderator' : 'participant',
      sourceId: null,
      authorId: p.id,
    });
    return this.created(row);
  }

  private created(row: StatementRow): StatementCreated {
    if (row.status === 'published') this.changed(row.sessionId);
    return { id: row.id, status: row.status };
  }

  async list(p: Principal | undefined, sessionId: string): Promise<{ items: ConsensusStatementView[] }> {
    const s = await this.access.session(sessionId);
    await this.access.assertCanView(p, s);
    const moderator = this.access.isModerator(p, s);
    const [rows, counts, mine] = await Promise.all([
      this.repo.statements(s.id, moderator),
      this.repo.counts(s.id),
      p ? this.repo.myVotes(s.id, p.id) : Promise.resolve([]),
    ]);
    const byId = new Map(counts.map((c) => [c.statementId, c]));
    const myVote = new Map(mine.map((v) => [v.statementId, VOTE_NAME[v.vote]]));
    return {
      items: rows.map((r) => {
        const c = byId.get(r.id);
        return {
          id: r.id,
          text: r.text,
          status: r.status,
          origin: r.origin,
          createdAt: new Date(r.createdAt).toISOString(),
          votes: { agree: c?.agree ?? 0, disagree: c?.disagree ?? 0, pass: c?.pass ?? 0 },
          myVote: myVote.get(r.id) ?? null,
        };
      }),
    };
  }

  async moderate(
    p: Principal | undefined,
    statementId: string,
    status: 'published' | 'hidden',
  ): Promise<StatementModerated> {
    const row = await this.repo.findStatement(statementId);
    if (!row) throw Errors.notFound('STATEMENT_NOT_FOUND');
    this.access.assertModerator(p, await this.access.session(row.sessionId));
    await this.repo.setStatus(row.id, status);
    await this.fanout.invalidate(`statement:${row.id}`);
    this.changed(row.sessionId);
    return { id: row.id, status };
  }

  // ---------- votes ----------
  async vote(p: Principal | undefined, statementId: string, vote: VoteValue): Promise<VoteRecorded> {
    if (!p) throw Errors.unauthorized('LOGIN_REQUIRED');
    const row = await this.statementRow(statementId);
    if (!row || row.status !== 'published') throw Errors.notFound('STATEMENT_NOT_FOUND');
    const s = await this.access.session(row.sessionId);
    await this.assertMayTakePart(p, s);
    return this.record(s, row, { key: p.id, userId: p.id }, vote);
  }

  /** People vote as over REST; guests of the room only where the session allows guest voting. */
  async voteFromSocket(socket: Socket, statementId: string, vote: VoteValue): Promise<VoteRecorded> {
    const row = await this.statementRow(statementId);
    if (!row) throw Errors.notFound('STATEMENT_NOT_FOUND');
    const s = await this.room.joinedSession(socket, row.sessionId);
    const p = dataOf(socket).principal;
    const voter = p ? { key: p.id, userId: p.id } : this.guestOf(socket, s);
    if (row.status !== 'published') throw Errors.notFound('STATEMENT_NOT_FOUND');
    if (p) await this.assertMayTakePart(p, s);
    return this.record(s, row, voter, vote);
  }

  /**
   * The statement a vote is for, from the live cache for a second (a room votes on the same few hundred
   * statements thousands of times a second); moderation drops the key on every node.
   */
  private async statementRow(id: string): Promise<StatementRow | null> {
    const key = `statement:${id}`;
    const row = await this.cache.get(key, 1000, () => this.repo.findStatement(id));
    if (!row) this.cache.drop(key);
    return row;
  }

  private async record(
    s: SessionSnapshot,
    row: StatementRow,
    voter: Voter,
    vote: VoteValue,
  ): Promise<VoteRecorded> {
    if (!VOTABLE.has(s.status)) throw Errors.conflict('VOTING_CLOSED');
    // Mutes and bans are a person's; a guest has none (a banned guest is out of the room already).
    if (voter.userId) await this.chat.assertMaySpeak(s.id, voter.userId);
    await this.limits.take(`vote:${voter.key}`);
    await this.repo.upsertVote(row.id, s.id, voter, VOTE_CODE[vote]);
    this.changed(s.id);
    return { statementId: row.id, vote };
  }

  /**
   * A guest's voter: refused unless the session lets guests vote. Its key is a keyed hash of the session
   * and the socket's viewer key (address + nickname), so the same guest changes rather than adds a vote,
   * while the database holds neither address nor nickname and no guest can be followed across sessions.
   */
  private guestOf(socket: Socket, s: SessionSnapshot): Voter {
    if (!s.allowAnonymousViewing || !s.allowGuestVoting) throw Errors.forbidden('GUEST_VOTING_OFF');
    return { key: this.guestKey(s.id, dataOf(socket).viewer.key), userId: null };
  }

  private guestKey(sessionId: string, viewerKey: string): string {
    const mac = createHmac('sha256', this.config.tokenSecret).update(
      `consensus-guest|${sessionId}|${viewerKey}`,
    );
    return `g:${mac.digest('hex').slice(0, 32)}`;
  }

  /** The row of the vote matrix this socket's votes go to (null for a guest where guests do not vote). */
  private voterKeyOf(socket: Socket, sessionId: string): string | null {
    const d = dataOf(socket);
    if (d?.principal) return d.principal.id;
    return d?.viewer?.key ? this.guestKey(sessionId, d.viewer.key) : null;
  }

  /**
   * The next statement for this person: one not voted and not yet offered, favouring statements with
   * few votes and those that split the groups.
   */
  async next(socket: Socket, sessionId: string): Promise<{ statement: { id: string; text: string } | null }> {
    const s = await this.room.joinedSession(socket, sessionId);
    const p = dataOf(socket).principal;
    const voter = p ? p.id : this.guestOf(socket, s).key;
    const [rows, counts, mine] = await Promise.all([
      this.repo.statements(s.id, false),
      this.repo.counts(s.id),
      this.repo.myVotes(s.id, voter),
    ]);
    const key = `${s.id}:${voter}`;
    const shown = this.shown.get(key) ?? new Set<string>();
    const voted = new Set(mine.map((v) => v.statementId));
    const total = new Map(counts.map((c) => [c.statementId, c.agree + c.disagree + c.pass]));
    const most = Math.max(1, ...total.values());
    const spread = new Map<string, number>();
    const a = this.engine.latest(s.id);
    for (const d of a?.result.divisive ?? []) spread.set(a!.statementIds[d.statement], d.spread);
    let best: StatementRow | null = null;
    let bestScore = -Infinity;
    for (const r of rows) {
      if (voted.has(r.id) || shown.has(r.id)) continue;
      const score = 1 - (total.get(r.id) ?? 0) / most + (spread.get(r.id) ?? 0);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (!best) return { statement: null };
    shown.add(best.id);
    if (this.shown.size > 200_000) this.shown.clear();
    this.shown.set(key, shown);
    return { statement: { id: best.id, text: best.text } };
  }

  /** People take part where they may watch the room (guests are checked by `guestOf`). */
  private async assertMayTakePart(p: Principal, s: SessionSnapshot): Promise<void> {
    await this.access.assertCanView(p, s);
  }

  // ---------- what the groups show ----------
  async consensus(p: Principal | undefined, sessionId: string): Promise<ConsensusView> {
    const s = await this.access.session(sessionId);
    await this.access.assertCanView(p, s);
    const a = this.engine.latest(s.id);
    const view = await this.view(s.id, a, this.access.isModerator(p, s));
    view.me = a && p ? this.pointOf(a, p.id) : null;
    return view;
  }

  /** The shared part of the view; `points` (the opinion map) for moderators only. */
  async view(sessionId: string, a: SessionAnalysis | null, withPoints: boolean): Promise<ConsensusView> {
    if (!a)
      return {
        sessionId,
        version: 0,
        computedAt: null,
        participants: 0,
        voters: 0,
        groups: [],
        consensus: [],
        divisive: [],
        ...(withPoints ? { points: [] } : {}),
        me: null,
      };
    const r = a.result;
    const ids = new Set<string>();
    for (const f of [...r.consensus, ...r.divisive]) ids.add(a.statementIds[f.statement]);
    const texts = new Map(
      (await this.repo.statementsByIds(sessionId, [...ids])).map((row) => [row.id, row.text]),
    );
    const figures = (f: (typeof r.figures)[number]): ConsensusStatementFigures => ({
      statementId: a.statementIds[f.statement],
      text: texts.get(a.statementIds[f.statement]) ?? '',
      agree: f.agree,
      disagree: f.disagree,
      pass: f.pass,
      groupAgree: f.groupAgree.map((x) => Math.round(x * 1000) / 1000),
    });
    const view: ConsensusView = {
      sessionId,
      version: a.version,
      computedAt: a.computedAt.toISOString(),
      participants: r.clustered,
      voters: r.voters,
      groups: r.groups.map((g) => ({
        id: g.id,
        size: g.size,
        representative: g.representative.map((i) => a.statementIds[i]),
      })),
      consensus: r.consensus.slice(0, 20).map(figures),
      divisive: r.divisive
        .slice(0, 20)
        .map((d) => ({ ...figures(d), spread: Math.round(d.spread * 1000) / 1000 })),
      me: null,
    };
    if (withPoints) view.points = this.points(a);
    return view;
  }

  points(a: SessionAnalysis): OpinionPoint[] {
    const out: OpinionPoint[] = [];
    a.result.points.forEach((pt, i) => {
      if (pt) out.push({ x: round(pt[0]), y: round(pt[1]), group: a.result.group[i] });
    });
    return out;
  }

  pointOf(a: SessionAnalysis, userId: string): OpinionPoint | null {
    const i = a.userIndex.get(userId);
    const pt = i === undefined ? null : a.result.points[i];
    return pt ? { x: round(pt[0]), y: round(pt[1]), group: a.result.group[i!] } : null;
  }

  // ---------- into the outcome ----------
  async adopt(
    p: Principal | undefined,
    sessionId: string,
    statementIds: string[],
  ): Promise<ConsensusAdopted> {
    const s = await this.access.session(sessionId);
    this.access.assertModerator(p, s);
    const rows = await this.repo.statementsByIds(s.id, [...new Set(statementIds)]);
    if (rows.length !== new Set(statementIds).size || rows.some((r) => r.status !== 'published'))
      throw Errors.notFound('STATEMENT_NOT_FOUND');
    // Figures from a fresh analysis: adoption is a rare, deliberate act, not a hot path.
    const a = await this.engine.recompute(s.id);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const points = statementIds
      .filter((id, i) => statementIds.indexOf(id) === i)
      .map((id) => {
        const idx = a.statementIds.indexOf(id);
        const f = idx >= 0 ? a.result.figures[idx] : null;
        return pointText(byId.get(id)!.text, f, a.result.voters);
      });
    return this.outcomes.adoptConsensus({ sessionId: s.id, points, actorId: p.id });
  }

  /** CONSENSUS_REPORT_PORT: the latest analysis (a fresh one if none yet), without any identity. */
  async reportOf(sessionId: string): Promise<ConsensusReport | null> {
    const a = this.engine.latest(sessionId) ?? (await this.engine.recompute(sessionId));
    if (!a.result.voters) return null;
    const rows = await this.repo.statementsByIds(sessionId, a.statementIds);
    const text = new Map(rows.map((r) => [r.id, r.text]));
    return {
      points: this.points(a),
      groups: a.result.groups.length,
      voters: a.result.voters,
      statements: a.result.figures.map((f) => ({
        text: text.get(a.statementIds[f.statement]) ?? '',
        agree: f.agree,
        disagree: f.disagree,
        pass: f.pass,
        groupAgree: f.groupAgree.map(round),
      })),
    };
  }

  /** CONSENSUS_REPORT_PORT: statements and their counts for the session export (no identities). */
  async statementsOf(sessionId: string): Promise<ConsensusStatementsExport | null> {
    const s = await this.access.session(sessionId).catch((e: unknown) => {
      if (e instanceof NotFoundError) return null;
      throw e;
    });
    if (!s) return null;
    const [rows, counts] = await Promise.all([this.repo.statements(s.id, true), this.repo.counts(s.id)]);
    // A fresh analysis, as adoption does: an export is a deliberate act and must match the counts beside it.
    const a = await this.engine.recompute(s.id);
    const byId = new Map(counts.map((c) => [c.statementId, c]));
    const index = new Map(a.statementIds.map((id, i) => [id, i]));
    return {
      session: { id: s.id, title: s.title, regionCode: s.regionCode },
      voters: a.result.voters,
      groupSizes: a.result.groups.map((g) => g.size),
      statements: rows
        .filter((r) => r.status === 'published' || r.status === 'hidden')
        .map((r) => {
          const c = byId.get(r.id);
          const i = index.get(r.id);
          const f = i === undefined ? undefined : a.result.figures[i];
          return {
            text: r.text,
            status: r.status as 'published' | 'hidden',
            origin: r.origin,
            createdAt: new Date(r.createdAt),
            agree: c?.agree ?? 0,
            disagree: c?.disagree ?? 0,
            pass: c?.pass ?? 0,
            groupAgree: a.result.groups.map((_, g) => (f ? round(f.groupAgree[g] ?? 0) : null)),
          };
        }),
    };
  }

  /** Erasure: a person's votes go with them (and the groups are recomputed). */
  async eraseUser(userId: string): Promise<{ votes: number }> {
    const { votes, sessions } = await this.repo.eraseUser(userId);
    for (const id of sessions) this.changed(id);
    return { votes };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "text（同意 82%：第1组 90%、第2组 75%；表态 120 人）" — the figures travel with the point. */
export function pointText(
  text: string,
  f: { agree: number; disagree: number; pass: number; groupAgree: number[] } | null,
  voters: number,
): string {
  if (!f) return text;
  const n = f.agree + f.disagree + f.pass;
  const groups = f.groupAgree.map((r, i) => `第${i + 1}组 ${pct(r)}`).join('、');
  return `${text}（同意 ${pct(n ? f.agree / n : 0)}：${groups}；表态 ${n} 人，共 ${voters} 人参与）`;
}
