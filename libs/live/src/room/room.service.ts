import { Injectable } from '@nestjs/common';
import type { Socket } from 'socket.io';
import type { LiveAttendanceEvent, SessionSnapshot } from '@xs/contracts';
import type { Principal } from '@xs/identity';
import { DomainEvents, type Lang } from '@xs/platform';
import { heldView, MessagesRepository, messageView } from '../chat/messages.repository';
import { InteractRepository } from '../interact/interact.repository';
import type {
  HandQueue,
  HeldMessageView,
  MessageView,
  RoomState,
  StreamStatus,
  ViewerIdentity,
} from '../live.types';
import { FanoutService, modRoomOf, roomOf, userRoomOf } from './fanout.service';
import { LiveAccessService } from './live-access.service';
import { RoomsRepository, type SanctionRow } from './rooms.repository';
import { ParticipantWriter } from './participant-writer';
import type { RoomRuntime } from './fanout/room-runtime';
import { LiveCache } from '../live-cache';
import { Errors } from '../errors';

export const JOIN_MISSED_LIMIT = 200;
const RECENT_ON_JOIN = 50;
const ROOM_CACHE_MS = 1000;
const SANCTIONS_CACHE_MS = 2000;
const RECENT_CACHE_MS = 2000;

/** What a socket carries once authenticated in the handshake. */
export interface LiveSocketData {
  principal?: Principal;
  viewer: ViewerIdentity;
  /** Sessions this socket joined (presence bookkeeping on leave/disconnect). */
  joined: Set<string>;
  /** The language of this socket's error messages (`auth.locale`, else the handshake's Accept-Language). */
  lang: Lang;
}

export function dataOf(socket: Socket): LiveSocketData {
  return socket.data as LiveSocketData;
}

export interface JoinResult {
  room: RoomState;
  seq: number;
  missed: MessageView[];
  hasMore: boolean;
  /** When no lastSeq was given: the latest messages, for context. */
  recent?: MessageView[];
  moderator: boolean;
  presence: { online: number; peak: number };
  held?: HeldMessageView[];
  hands?: HandQueue;
}

/** Entering and leaving rooms, room state and the moderator's room settings. */
@Injectable()
export class RoomService {
  constructor(
    private readonly access: LiveAccessService,
    private readonly rooms: RoomsRepository,
    private readonly messages: MessagesRepository,
    private readonly interact: InteractRepository,
    private readonly fanout: FanoutService,
    private readonly events: DomainEvents,
    private readonly participants: ParticipantWriter,
    private readonly cache: LiveCache,
  ) {}

  async join(socket: Socket, sessionId: string, lastSeq: number | undefined): Promise<JoinResult> {
    const d = dataOf(socket);
    const p = d.principal;
    const s = await this.access.session(sessionId);
    await this.access.assertCanView(p, s);
    if (p) {
      const sanctions = await this.sanctionsOf(sessionId, p.id);
      const ban = sanctions.find((x) => x.kind === 'ban');
      if (ban) throw Errors.forbidden('BANNED');
    }
    const moderator = this.access.isModerator(p, s);
    const rt = await this.fanout.open(sessionId);
    // Join first, then read: nothing can fall between what the joiner is given and the live batches.
    const rooms = [roomOf(sessionId)];
    if (p) rooms.push(userRoomOf(sessionId, p.id));
    if (moderator) rooms.push(modRoomOf(sessionId));
    await socket.join(rooms);
    if (!d.joined.has(sessionId)) {
      d.joined.add(sessionId);
      this.fanout.addMember(sessionId, d.viewer.key);
    }
    // A ban made while this join was under way: its kick found no socket of this person's to take out
    // (not yet in the person's room, or not yet counted as joined). Ask again now that the socket is
    // fully in: a ban committed before this read is in it (the ban drops the cached sanctions first),
    // and a kick arriving after it finds the socket.
    if (p && (await this.sanctionsOf(sessionId, p.id)).some((x) => x.kind === 'ban')) {
      this.leave(socket, sessionId);
      throw Errors.forbidden('BANNED');
    }
    // The highest number this node knows stored (sent, or waiting its turn): whatever comes after it
    // reaches this socket in a batch, so the room row's counter need not be read per join.
    let seq = rt.seq.nextSeq - 1;
    for (const k of rt.seq.pending.keys()) if (k > seq) seq = k;
    const [first, room] = await Promise.all([
      this.participants.add(sessionId, d.viewer.key, d.viewer.userId),
      this.cache.get(`room:${sessionId}`, ROOM_CACHE_MS, () => this.rooms.find(sessionId)),
    ]);
    if (first && d.viewer.userId) {
      const event: LiveAttendanceEvent = { type: 'live.joined', sessionId, userId: d.viewer.userId };
      this.events.publish(event);
    }
    const result: JoinResult = {
      room: this.access.roomState(s, room),
      seq,
      missed: [],
      hasMore: false,
      moderator,
      presence: this.fanout.presenceOf(sessionId),
    };
    if (lastSeq !== undefined) {
      const page = await this.messages.publishedAfter(sessionId, lastSeq, JOIN_MISSED_LIMIT);
      result.missed = page.items.map(messageView);
      result.hasMore = page.hasMore;
      result.seq = Math.max(seq, result.missed.at(-1)?.seq ?? 0);
    } else {
      result.recent = await this.recent(rt, seq);
    }
    if (moderator) {
      result.held = (await this.messages.held(sessionId, 200)).map(heldView);
      result.hands = await this.interact.handQueue(sessionId);
    }
    return result;
  }

  /**
   * The mutes and bans in force for a person, from one cached read of the room's (a handful):
   * a storm of joins or of chat would otherwise each ask the database. A new sanction drops the key.
   */
  async sanctionsOf(sessionId: string, userId: string): Promise<SanctionRow[]> {
    const byUser = await this.cache.get(`sanctions:${sessionId}`, SANCTIONS_CACHE_MS, async () => {
      const m = new Map<string, SanctionRow[]>();
      for (const r of await this.rooms.roomSanctions(sessionId))
        m.set(r.userId, [...(m.get(r.userId) ?? []), { kind: r.kind, until: r.until }]);
      return m;
    });
    return (byUser.get(userId) ?? []).filter((x) => !x.until || x.until.getTime() > Date.now());
  }

  /**
   * The latest messages up to `seq`: the same for every joiner until the room moves on, so read once
   * per seq (and again after a hide, which drops it; the TTL bounds an erased nickname's staleness).
   */
  private async recent(rt: RoomRuntime, seq: number): Promise<MessageView[]> {
    const c = rt.recent;
    if (!c.views || c.seq < seq || Date.now() - c.at > RECENT_CACHE_MS) {
      const views = this.messages
        .publishedAfter(rt.sessionId, Math.max(0, seq - RECENT_ON_JOIN * 2), RECENT_ON_JOIN * 2)
        .then((page) => page.items.map(messageView).filter((m) => m.seq <= seq));
      Object.assign(c, { seq, at: Date.now(), views });
      views.catch(() => {
        if (c.views === views) c.views = undefined;
      });
    }
    return (await c.views!).filter((m) => m.seq <= seq).slice(-RECENT_ON_JOIN);
  }

  leave(socket: Socket, sessionId: string): boolean {
    const d = dataOf(socket);
    if (!d.joined.delete(sessionId)) return false;
    this.fanout.removeMember(sessionId, d.viewer.key);
    void socket.leave(roomOf(sessionId));
    void socket.leave(modRoomOf(sessionId));
    if (d.principal) void socket.leave(userRoomOf(sessionId, d.principal.id));
    return true;
  }

  leaveAll(socket: Socket): void {
    for (const id of [...dataOf(socket).joined]) this.leave(socket, id);
  }

  /** The session of a joined room, or NOT_IN_ROOM: every room event needs a join first. */
  async joinedSession(socket: Socket, sessionId: string): Promise<SessionSnapshot> {
    if (!socket.rooms.has(roomOf(sessionId))) throw Errors.forbidden('NOT_IN_ROOM');
    return this.access.session(sessionId);
  }

  async state(sessionId: string): Promise<RoomState> {
    this.access.forget(sessionId);
    const s = await this.access.session(sessionId);
    return this.access.roomState(s, await this.rooms.find(sessionId));
  }

  async broadcastState(sessionId: string): Promise<RoomState> {
    await this.fanout.invalidate(`room:${sessionId}`);
    const state = await this.state(sessionId);
    this.fanout.namespace.to(roomOf(sessionId)).emit('room:state', state);
    return state;
  }

  async setStatus(
    p: Principal | undefined,
    sessionId: string,
    status: Exclude<StreamStatus, 'waiting'>,
  ): Promise<RoomState> {
    const s = await this.access.session(sessionId);
    this.access.assertModerator(p, s);
    await this.rooms.update(sessionId, { streamStatus: status });
    if (status === 'live') await this.rooms.markStarted(sessionId);
    return this.broadcastState(sessionId);
  }

  async pin(p: Principal | undefined, sessionId: string, text: string): Promise<RoomState> {
    const s = await this.access.session(sessionId);
    this.access.assertModerator(p, s);
    await this.rooms.update(sessionId, { pinnedText: text.trim() || null });
    return this.broadcastState(sessionId);
  }

  async slowMode(p: Principal | undefined, sessionId: string, seconds: number): Promise<RoomState> {
    const s = await this.access.session(sessionId);
    this.access.assertModerator(p, s);
    await this.rooms.update(sessionId, { slowModeSeconds: seconds });
    return this.broadcastState(sessionId);
  }

  async segment(p: Principal | undefined, sessionId: string, index: number | null): Promise<RoomState> {
    const s = await this.access.session(sessionId);
    this.access.assertModerator(p, s);
    if (index !== null && index >= (s.agenda?.length ?? 0)) {
      throw Errors.badInput('NO_SUCH_SEGMENT');
    }
    await this.rooms.update(sessionId, { agendaIndex: index });
    return this.broadcastState(sessionId);
  }
}
