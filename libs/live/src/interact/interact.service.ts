import { isUniqueViolation } from '@xs/platform';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { SUGGESTION_PORT } from '@xs/contracts';
import type { SuggestionPort } from '@xs/contracts';
import type { Principal } from '@xs/identity';
import { ChatService, cleanText, requireUser } from '../chat/chat.service';
import { ChatLimits } from '../chat/limits';
import { MessagesRepository } from '../chat/messages.repository';
import { SensitiveWords } from '../chat/sensitive-words';
import type { HandQueue, PollView, QuestionView } from '../live.types';
import { FanoutService, modRoomOf, userRoomOf } from '../room/fanout.service';
import { LiveAccessService, startOf } from '../room/live-access.service';
import { RoomService } from '../room/room.service';
import { RoomsRepository } from '../room/rooms.repository';
import { InteractRepository, questionView } from './interact.repository';
import { Errors } from '../errors';

/** Q&A, raise hand, polls, likes and promotion to a suggestion. */
@Injectable()
export class InteractService implements OnModuleDestroy {
  private sweeper: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('live');

  constructor(
    private readonly db: DataSource,
    private readonly access: LiveAccessService,
    private readonly repo: InteractRepository,
    private readonly rooms: RoomsRepository,
    private readonly room: RoomService,
    private readonly chat: ChatService,
    private readonly messages: MessagesRepository,
    private readonly limits: ChatLimits,
    private readonly words: SensitiveWords,
    private readonly fanout: FanoutService,
    @Inject(SUGGESTION_PORT) private readonly suggestions: SuggestionPort,
  ) {}

  /** Ends floors whose time is up, once a second on every node (the UPDATE hands each to exactly one). */
  start(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      this.repo
        .endExpiredHands()
        .then((ids) => Promise.all(ids.map((id) => this.pushQueue(id))))
        .catch((e: Error) => this.logger.warn({ msg: 'hand sweep failed', error: e.message }));
    }, 1000);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  // ---------- questions ----------
  async ask(
    socket: Socket,
    dto: { sessionId: string; clientMsgId: string; text: string },
  ): Promise<{ questionId: string; status: string }> {
    const p = requireUser(socket);
    const s = await this.room.joinedSession(socket, dto.sessionId);
    const again = await this.repo.findQuestionByClientId(s.id, p.id, dto.clientMsgId);
    if (again) return { questionId: again.id, status: again.status };
    const text = cleanText(dto.text);
    await this.chat.assertMaySpeak(s.id, p.id);
    await this.limits.take(p.id);
    const moderator = this.access.isModerator(p, s);
    const held = !moderator && (!!this.words.match(text) || s.moderation === 'pre');
    const roomRow = await this.rooms.find(s.id);
    let row;
    try {
      row = await this.repo.insertQuestion({
        sessionId: s.id,
        authorId: p.id,
        nickname: p.nickname ?? p.displayName,
        clientMsgId: dto.clientMsgId,
        text,
        status: held ? 'held' : 'visible',
        startedAt: startOf(s, roomRow),
      });
    } catch (e) {
      if (!isUniqueViolation(e, 'UQ_live_questions_client')) throw e;
      const stored = await this.repo.findQuestionByClientId(s.id, p.id, dto.clientMsgId);
      if (!stored) throw e;
      return { questionId: stored.id, status: stored.status };
    }
    if (held)
      this.fanout.namespace.to(modRoomOf(s.id)).emit('question:update', { ...questionView(row), held: true });
    else this.fanout.questionChanged(s.id, row.id);
    return { questionId: row.id, status: row.status };
  }

  async upvote(socket: Socket, questionId: string): Promise<{ votes: number }> {
    const p = requireUser(socket);
    const q = await this.repo.findQuestion(questionId);
    if (!q || q.status !== 'visible') throw Errors.notFound('QUESTION_NOT_FOUND');
    await this.room.joinedSession(socket, q.sessionId);
    let votes: number;
    try {
      votes = await this.db.transaction((m) => this.repo.upvote(m, questionId, p.id));
    } catch (e) {
      if (isUniqueViolation(e)) throw Errors.conflict('ALREADY_UPVOTED');
      throw e;
    }
    this.fanout.questionChanged(q.sessionId, questionId);
    return { votes };
  }

  async answer(
    p: Principal | undefined,
    dto: { questionId: string; answer?: string },
  ): Promise<{ question: QuestionView }> {
    const q = await this.repo.findQuestion(dto.questionId);
    if (!q) throw Errors.notFound('QUESTION_NOT_FOUND');
    const s = await this.access.session(q.sessionId);
    if (!p || !this.access.canAnswer(p, s)) {
      this.access.assertModerator(p, s);
    }
    const row = await this.repo.answer(dto.questionId, dto.answer?.trim() || null, p.id, p.displayName);
    this.fanout.questionChanged(q.sessionId, q.id);
    return { question: questionView(row!) };
  }

  async moderateQuestion(
    p: Principal | undefined,
    questionId: string,
    status: 'visible' | 'hidden',
  ): Promise<{ status: string }> {
    const q = await this.repo.findQuestion(questionId);
    if (!q) throw Errors.notFound('QUESTION_NOT_FOUND');
    this.access.assertModerator(p, await this.access.session(q.sessionId));
    await this.repo.setQuestionStatus(questionId, status);
    this.fanout.questionChanged(q.sessionId, questionId);
    return { status };
  }

  async questions(sessionId: string, sort: 'votes' | 'time', limit = 500): Promise<QuestionView[]> {
    return (await this.repo.questions(sessionId, sort, limit)).map(questionView);
  }

  // ---------- raise hand ----------
  async raise(
    socket: Socket,
    dto: { sessionId: string; note?: string },
  ): Promise<{ handId: string; position: number }> {
    const p = requireUser(socket);
    const s = await this.room.joinedSession(socket, dto.sessionId);
    await this.chat.assertMaySpeak(s.id, p.id);
    let handId: string;
    try {
      handId = (await this.repo.raiseHand(s.id, p.id, p.nickname ?? p.displayName, dto.note?.trim() || null))
        .id;
    } catch (e) {
      if (isUniqueViolation(e)) throw Errors.conflict('HAND_ALREADY_RAISED');
      throw e;
    }
    const q = await this.pushQueue(s.id);
    return { handId, position: q.queue.findIndex((h) => h.handId === handId) + 1 };
  }

  async lower(socket: Socket, sessionId: string): Promise<{ lowered: boolean }> {
    const p = requireUser(socket);
    await this.room.joinedSession(socket, sessionId);
    const row = await this.repo.lowerHand(sessionId, p.id);
    if (row) await this.pushQueue(sessionId);
    return { lowered: !!row };
  }

  async grant(
    p: Principal | undefined,
    dto: { handId: string; seconds: number },
  ): Promise<{ handId: string; until: string }> {
    const hand = await this.repo.findHand(dto.handId);
    if (!hand) throw Errors.notFound('HAND_NOT_FOUND');
    this.access.assertModerator(p, await this.access.session(hand.sessionId));
    let row;
    try {
      row = await this.repo.grantHand(dto.handId, dto.seconds, p.id);
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_live_hands_speaker')) throw Errors.conflict('FLOOR_TAKEN');
      throw e;
    }
    if (!row) throw Errors.conflict('HAND_NOT_QUEUED');
    const until = new Date(new Date(row.grantedAt!).getTime() + dto.seconds * 1000).toISOString();
    this.fanout.namespace.to(userRoomOf(row.sessionId, row.userId)).emit('notice', {
      sessionId: row.sessionId,
      kind: 'floor',
      text: `请开始发言，限时 ${dto.seconds} 秒`,
      until,
    });
    await this.pushQueue(row.sessionId);
    return { handId: row.id, until };
  }

  async end(p: Principal | undefined, handId: string): Promise<{ ended: boolean }> {
    const hand = await this.repo.findHand(handId);
    if (!hand) throw Errors.notFound('HAND_NOT_FOUND');
    this.access.assertModerator(p, await this.access.session(hand.sessionId));
    const row = await this.repo.endHand(handId);
    await this.pushQueue(hand.sessionId);
    return { ended: !!row };
  }

  /** The queue goes to the moderators and to whoever holds the floor. */
  async pushQueue(sessionId: string): Promise<HandQueue> {
    await this.fanout.invalidate(`speaker:${sessionId}`);
    const q = await this.repo.handQueue(sessionId);
    let op = this.fanout.namespace.to(modRoomOf(sessionId));
    if (q.speaker) op = op.to(userRoomOf(sessionId, q.speaker.userId));
    op.emit('hand:queue', q);
    return q;
  }

  // ---------- polls ----------
  async openPoll(
    p: Principal | undefined,
    dto: { sessionId: string; question: string; options: string[]; multi?: boolean },
  ): Promise<{ pollId: string; options: { id: string; text: string }[] }> {
    const s = await this.access.session(dto.sessionId);
    this.access.assertModerator(p, s);
    const texts = dto.options.map((o) => o.trim());
    if (texts.some((t) => !t)) throw Errors.badInput('EMPTY_OPTION');
    if (new Set(texts).size !== texts.length) throw Errors.badInput('DUPLICATE_OPTION');
    const options = texts.map((text, i) => ({ id: `o${i + 1}`, text }));
    const row = await this.repo.insertPoll({
      sessionId: s.id,
      question: dto.question.trim(),
      options,
      multi: !!dto.multi,
      createdBy: p.id,
    });
    this.fanout.pollChanged(s.id, row.id);
    return { pollId: row.id, options };
  }

  async closePoll(p: Principal | undefined, pollId: string): Promise<{ status: 'closed' }> {
    const poll = await this.repo.findPoll(pollId);
    if (!poll) throw Errors.notFound('POLL_NOT_FOUND');
    this.access.assertModerator(p, await this.access.session(poll.sessionId));
    if (!(await this.repo.closePoll(pollId))) throw Errors.conflict('POLL_CLOSED');
    this.fanout.pollChanged(poll.sessionId, pollId);
    return { status: 'closed' };
  }

  async vote(socket: Socket, dto: { pollId: string; optionIds: string[] }): Promise<{ voted: true }> {
    const p = requireUser(socket);
    const poll = await this.repo.findPoll(dto.pollId);
    if (!poll) throw Errors.notFound('POLL_NOT_FOUND');
    await this.room.joinedSession(socket, poll.sessionId);
    const ids = [...new Set(dto.optionIds)];
    const known = new Set(poll.options.map((o) => o.id));
    if (!ids.length || ids.some((id) => !known.has(id))) throw Errors.badInput('UNKNOWN_OPTION');
    if (!poll.multi && ids.length !== 1) throw Errors.badInput('SINGLE_CHOICE');
    if (poll.status !== 'open') throw Errors.conflict('POLL_CLOSED');
    let ok: boolean;
    try {
      ok = await this.repo.vote(poll.id, p.id, ids);
    } catch (e) {
      if (isUniqueViolation(e)) throw Errors.conflict('ALREADY_VOTED');
      throw e;
    }
    if (!ok) throw Errors.conflict('POLL_CLOSED');
    this.fanout.pollChanged(poll.sessionId, poll.id);
    return { voted: true };
  }

  async polls(sessionId: string): Promise<PollView[]> {
    return this.repo.pollViews(await this.repo.polls(sessionId));
  }

  // ---------- reactions ----------
  async like(socket: Socket, dto: { sessionId: string; count?: number }): Promise<{ counted: number }> {
    requireUser(socket);
    await this.room.joinedSession(socket, dto.sessionId);
    const n = dto.count ?? 1;
    this.fanout.like(dto.sessionId, n);
    return { counted: n };
  }

  // ---------- promote to suggestion ----------
  async promote(
    p: Principal | undefined,
    dto: { sessionId: string; messageId?: string; questionId?: string; departmentIds?: string[] },
  ): Promise<{ suggestionId: string }> {
    const s = await this.access.session(dto.sessionId);
    this.access.assertModerator(p, s);
    if (!!dto.messageId === !!dto.questionId) {
      throw Errors.badInput('ONE_SOURCE');
    }
    let content: string;
    if (dto.messageId) {
      const m = await this.messages.findById(undefined, dto.messageId);
      if (!m || m.sessionId !== s.id) throw Errors.notFound('MESSAGE_NOT_FOUND');
      content = m.text;
    } else {
      const q = await this.repo.findQuestion(dto.questionId!);
      if (!q || q.sessionId !== s.id) throw Errors.notFound('QUESTION_NOT_FOUND');
      content = q.text;
    }
    const created = await this.suggestions.createDraft({
      sessionId: s.id,
      content,
      departmentIds: dto.departmentIds ?? [],
      sourceMessageId: dto.messageId,
      sourceQuestionId: dto.questionId,
      createdBy: p.id,
    });
    return { suggestionId: created.id };
  }
}
