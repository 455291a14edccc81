import { Inject, Injectable } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { LIVE_TEXT_MAX, type LiveServerEvents, type SessionSnapshot } from '@xs/contracts';
import type { Principal } from '@xs/identity';
import {
  APP_CONFIG,
  isUniqueViolation,
  local,
  momentText,
  type AppConfig,
  type LocalText,
} from '@xs/platform';
import { InteractRepository } from '../interact/interact.repository';
import type { AuthorRole } from '../live.types';
import { FanoutService, itemFromRow, userRoomOf } from '../room/fanout.service';
import { LiveAccessService, startOf, streamStatus } from '../room/live-access.service';
import { dataOf, RoomService } from '../room/room.service';
import { RoomsRepository } from '../room/rooms.repository';
import { LiveCache } from '../live-cache';
import { ChatWriter } from './chat-writer';
import { ChatLimits } from './limits';
import { MessageRow, MessagesRepository } from './messages.repository';
import { SensitiveWords } from './sensitive-words';
import { Errors } from '../errors';

const MAX_TEXT = LIVE_TEXT_MAX;

type SanctionNotice = LiveServerEvents['notice'];

export function requireUser(socket: Socket): Principal {
  const p = dataOf(socket).principal;
  if (!p) throw Errors.unauthorized('READ_ONLY');
  return p;
}

export function cleanText(text: string): string {
  const t = text.trim();
  if (!t) throw Errors.badInput('EMPTY_TEXT');
  if ([...t].length > MAX_TEXT) throw Errors.badInput('TEXT_TOO_LONG', { max: MAX_TEXT });
  return t;
}

/** When a mute ends, in words and in the display zone (Beijing time): `12月4日 18:40` / `4 Dec, 18:40`. */
export function muteEnd(until: Date | null, timeZone: string): LocalText {
  return until ? momentText(until, timeZone) : local('本场会议结束', 'the end of this meeting');
}

/** Chat: checks, storage with a per-room sequence number, moderation, mute and ban. */
@Injectable()
export class ChatService {
  constructor(
    private readonly db: DataSource,
    private readonly access: LiveAccessService,
    private readonly rooms: RoomsRepository,
    private readonly room: RoomService,
    private readonly messages: MessagesRepository,
    private readonly interact: InteractRepository,
    private readonly limits: ChatLimits,
    private readonly words: SensitiveWords,
    private readonly fanout: FanoutService,
    private readonly writer: ChatWriter,
    private readonly cache: LiveCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses a muted or banned person; returns nothing when free to speak. */
  async assertMaySpeak(sessionId: string, userId: string): Promise<void> {
    const sanctions = await this.room.sanctionsOf(sessionId, userId);
    const ban = sanctions.find((x) => x.kind === 'ban');
    if (ban) throw Errors.forbidden('BANNED');
    const mute = sanctions.find((x) => x.kind === 'mute');
    if (mute) {
      // The message says the end in words; `until` gives it to clients that say it their own way.
      throw Errors.forbidden(
        'MUTED',
        { until: muteEnd(mute.until, this.config.timezone) },
        { until: mute.until ? mute.until.toISOString() : null },
      );
    }
  }

  async authorRole(p: Principal, s: SessionSnapshot): Promise<AuthorRole> {
    if (this.access.isModerator(p, s)) return 'moderator';
    const speaker = await this.cache.get(`speaker:${s.id}`, 1000, () => this.interact.currentSpeaker(s.id));
    if (speaker === p.id) return 'speaker';
    return p.kind === 'staff' ? 'staff' : 'resident';
  }

  async send(
    socket: Socket,
    dto: { sessionId: string; clientMsgId: string; text: string },
  ): Promise<{ seq: number; status: 'published' | 'held'; id: string }> {
    const p = requireUser(socket);
    const s = await this.room.joinedSession(socket, dto.sessionId);
    const again = await this.messages.findByClientId(s.id, p.id, dto.clientMsgId);
    if (again) return ackOf(again);
    const text = cleanText(dto.text);
    const roomRow = await this.cache.get(`room:${s.id}`, 1000, () => this.rooms.find(s.id));
    if (streamStatus(s, roomRow) === 'ended') throw Errors.conflict('ROOM_ENDED');
    await this.assertMaySpeak(s.id, p.id);
    const role = await this.authorRole(p, s);
    await this.limits.take(p.id);
    if (role !== 'moderator') await this.limits.slowMode(s.id, p.id, roomRow?.slowModeSeconds ?? 0);
    let status: 'published' | 'held' = 'published';
    let heldReason: string | null = null;
    if (role !== 'moderator') {
      if (this.words.match(text)) [status, heldReason] = ['held', 'sensitive_word'];
      else if (s.moderation === 'pre') [status, heldReason] = ['held', 'pre_moderation'];
    }
    let row: MessageRow;
    try {
      row = await this.writer.write({
        sessionId: s.id,
        authorId: p.id,
        nickname: p.nickname ?? p.displayName,
        role,
        clientMsgId: dto.clientMsgId,
        text,
        status,
        heldReason,
        startedAt: startOf(s, roomRow),
      });
    } catch (e) {
      // The same clientMsgId raced in from another connection: answer with the stored message.
      if (!isUniqueViolation(e, 'UQ_live_messages_client')) throw e;
      const stored = await this.messages.findByClientId(s.id, p.id, dto.clientMsgId);
      if (!stored) throw e;
      return ackOf(stored);
    }
    this.fanout.announce(s.id, itemFromRow(row));
    return ackOf(row);
  }

  private async moderatedMessage(p: Principal | undefined, messageId: string): Promise<MessageRow> {
    const row = await this.messages.findById(undefined, messageId);
    if (!row) throw Errors.notFound('MESSAGE_NOT_FOUND');
    const s = await this.access.session(row.sessionId);
    this.access.assertModerator(p, s);
    return row;
  }

  async approve(p: Principal | undefined, messageId: string): Promise<{ seq: number }> {
    const row = await this.moderatedMessage(p, messageId);
    if (row.status !== 'held') throw Errors.conflict('NOT_HELD');
    const published = await this.db.transaction(async (m) => {
      const seq = await this.rooms.nextSeq(m, row.sessionId);
      const r = await this.messages.publish(m, messageId, seq, p!.id);
      if (!r) throw Errors.conflict('NOT_HELD');
      return r;
    });
    this.fanout.announce(row.sessionId, itemFromRow(published));
    return { seq: Number(published.seq) };
  }

  async hide(p: Principal | undefined, messageId: string): Promise<{ hidden: true }> {
    const row = await this.moderatedMessage(p, messageId);
    await this.messages.hide(messageId, p!.id);
    this.fanout.hidden(row.sessionId, messageId);
    return { hidden: true };
  }

  async sanction(
    p: Principal | undefined,
    kind: 'mute' | 'ban',
    dto: { sessionId: string; userId: string; minutes?: number },
  ): Promise<{ until: string | null }> {
    const s = await this.access.session(dto.sessionId);
    this.access.assertModerator(p, s);
    if (dto.userId === p.id) throw Errors.badInput('CANNOT_SANCTION_SELF');
    const until = await this.rooms.addSanction(s.id, dto.userId, kind, dto.minutes ?? null, p.id);
    await this.fanout.invalidate(`sanctions:${s.id}`);
    const text =
      kind === 'mute'
        ? until
          ? `您已被主持人禁言 ${dto.minutes} 分钟`
          : '您已被主持人禁言'
        : '您已被主持人移出本场会议';
    const notice: SanctionNotice = { sessionId: s.id, kind, text, until: until ? until.toISOString() : null };
    // A ban's notice travels with the kick: a room broadcast could reach another node after the kick
    // had taken the person's sockets out of the room, and they would never be told.
    if (kind === 'ban') this.kick(s.id, dto.userId, notice);
    else this.fanout.namespace.to(userRoomOf(s.id, dto.userId)).emit('notice', notice);
    return { until: until ? until.toISOString() : null };
  }

  /** Tells a banned person's sockets and takes them out of the room, on every node. */
  kick(sessionId: string, userId: string, notice: SanctionNotice): void {
    this.kickLocal(sessionId, userId, notice);
    this.fanout.clusterEmit('live:kick', sessionId, userId, notice);
  }

  /** `notice` may be missing in a kick from a node of the previous release (rolling deploy). */
  kickLocal(sessionId: string, userId: string, notice?: SanctionNotice): void {
    const nsp = this.fanout.namespace;
    const ids = nsp.adapter.rooms.get(userRoomOf(sessionId, userId));
    for (const id of ids ? [...ids] : []) {
      const sock = nsp.sockets.get(id);
      if (!sock) continue;
      if (notice) sock.emit('notice', notice);
      this.room.leave(sock, sessionId);
    }
  }
}

function ackOf(r: MessageRow): { seq: number; status: 'published' | 'held'; id: string } {
  return { seq: Number(r.seq), status: r.status === 'held' ? 'held' : 'published', id: r.id };
}
