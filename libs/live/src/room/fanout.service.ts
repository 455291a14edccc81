import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Socket } from 'socket.io';
import type { Histogram } from 'prom-client';
import type { LiveNamespace } from '../live-socket';
import { APP_CONFIG, Metrics, RedisConnection } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { heldView, MessageRow, MessagesRepository, messageView } from '../chat/messages.repository';
import { InteractRepository, questionView } from '../interact/interact.repository';
import { LiveCache } from '../live-cache';
import { LiveKeys } from '../live-keys';
import type { HeldMessageView, LiveNodeStats, MessageView } from '../live.types';
import { FramedPacket } from './frame-writer';
import { RoomsRepository } from './rooms.repository';

/** One entry of a room's sequence: a message to show, a held one (moderators only), or a gap filler. */
export interface FanItem {
  seq: number;
  msg?: MessageView;
  /** Staff, speaker and moderator messages are never dropped by the cap. */
  priority?: boolean;
  held?: HeldMessageView;
}

export const roomOf = (sessionId: string) => `s:${sessionId}`;
export const modRoomOf = (sessionId: string) => `s:${sessionId}:mod`;
export const userRoomOf = (sessionId: string, userId: string) => `s:${sessionId}:u:${userId}`;

export function itemFromRow(r: MessageRow): FanItem {
  const seq = Number(r.seq);
  if (r.status === 'published') return { seq, msg: messageView(r), priority: r.author_role !== 'resident' };
  if (r.status === 'held') return { seq, held: heldView(r) };
  return { seq };
}

class RoomRuntime {
  nextSeq = 0;
  ready = false;
  readonly pending = new Map<number, FanItem>();
  gapSince = 0;
  filling = false;
  likesDelta = 0;
  readonly polls = new Set<string>();
  readonly questions = new Set<string>();
  capTokens = 0;
  capAt = Date.now();
  /** Local participants (key → sockets), for presence. */
  readonly members = new Map<string, number>();
  emptySince = 0;
  online = 0;
  peak = 0;
  sentPresence = '';
  /** A sliced batch is still going out: the next tick waits rather than overtaking it. */
  sending = false;
  constructor(readonly sessionId: string) {}

  /** Online across nodes, never less than this node's own participants (the cross-node sum lags). */
  get onlineNow(): number {
    return Math.max(this.online, this.members.size);
  }
}

/**
 * The per-node fan-out: every stored message is announced to every node (serverSideEmit through the
 * Redis Streams adapter), each node puts them back in sequence order and, once per tick (≤ 100 ms),
 * sends ONE identical `chat:batch` to its own sockets in the room. Counters go out as snapshots per tick.
 */
@Injectable()
export class FanoutService implements OnModuleDestroy {
  tickMs = 100;
  /** Above this many people online the viewers' chat push is capped at `capPerSecond` (0 = no cap). */
  capThreshold: number;
  capPerSecond: number;
  /** Packets waiting in a socket's engine.io buffer before it is skipped / disconnected. */
  slowSkip = 64;
  slowDisconnect = 512;
  slowGraceMs = 5000;
  /** Counters for tests and metrics: batches written straight to the socket, slow sockets cut off. */
  directWrites = 0;
  slowCuts = 0;
  /** Chat batches sent by this node, and how many took longer than a tick (the room fell behind). */
  private readonly sends = { count: 0, overTick: 0, lastMs: 0, maxMs: 0 };
  private readonly slowSince = new Map<Socket, number>();
  presenceMs = 1000;
  /**
   * Rooms with more local sockets than this get their batch written directly (FramedPacket), in
   * slices of `sliceBudgetMs`: one 10,000-socket write loop would otherwise hold up every ack and
   * every database reply on this node for a whole tick.
   */
  sliceAbove = 1000;
  sliceBudgetMs = 5;

  readonly nodeId = randomUUID();
  private nsp: LiveNamespace | undefined;
  private clustered = false;
  private readonly rooms = new Map<string, RoomRuntime>();
  private readonly opening = new Map<string, Promise<RoomRuntime>>();
  private timers: NodeJS.Timeout[] = [];
  private readonly logger = new Logger('live');
  private presenceBusy = false;

  constructor(
    private readonly messages: MessagesRepository,
    private readonly roomsRepo: RoomsRepository,
    private readonly interact: InteractRepository,
    private readonly redis: RedisConnection,
    private readonly keys: LiveKeys,
    private readonly cache: LiveCache,
    @Inject(APP_CONFIG) config: AppConfig,
    metrics: Metrics,
  ) {
    this.capThreshold = config.liveViewerCapRoomSize;
    this.capPerSecond = config.liveViewerCapPerSecond;
    metrics.gauge('xs_live_rooms', 'Live rooms open on this replica', () => this.rooms.size);
    metrics.gauge(
      'xs_live_sockets',
      'Live sockets connected to this replica',
      () => this.nsp?.sockets.size ?? 0,
    );
    metrics.gauge('xs_live_online', 'People online in the live rooms open here (cluster-wide count)', () =>
      [...this.rooms.values()].reduce((n, rt) => n + rt.onlineNow, 0),
    );
    metrics.counterFrom('xs_live_batches_total', 'Chat fan-out batches sent', () => this.sends.count);
    metrics.counterFrom(
      'xs_live_batches_over_tick_total',
      'Fan-out batches that outlasted a tick (batchesOverTick)',
      () => this.sends.overTick,
    );
    this.batchSeconds = metrics.histogram(
      'xs_live_batch_duration_seconds',
      'Fan-out batch duration',
      [],
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2],
    );
  }

  private readonly batchSeconds: Histogram<never>;

  attach(nsp: LiveNamespace, clustered: boolean): void {
    this.nsp = nsp;
    this.clustered = clustered;
    nsp.on('live:item', (sessionId: string, item: FanItem) => this.accept(sessionId, item));
    nsp.on('live:hidden', (sessionId: string, messageId: string) => this.dropHidden(sessionId, messageId));
    nsp.on('live:invalidate', (key: string) => this.cache.drop(key));
    this.restartTimers();
  }

  restartTimers(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [
      setInterval(() => this.tick(), this.tickMs),
      setInterval(() => void this.presence(), this.presenceMs),
    ];
    for (const t of this.timers) t.unref();
  }

  onModuleDestroy(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  get namespace(): LiveNamespace {
    if (!this.nsp) throw new Error('live gateway not initialised');
    return this.nsp;
  }

  /** The room's runtime on this node, created on first join with the sequence the database is at. */
  open(sessionId: string): Promise<RoomRuntime> {
    const have = this.rooms.get(sessionId);
    if (have?.ready) return Promise.resolve(have);
    let p = this.opening.get(sessionId);
    if (!p) {
      const rt = have ?? new RoomRuntime(sessionId);
      this.rooms.set(sessionId, rt);
      p = (async () => {
        try {
          await this.roomsRepo.ensure(sessionId);
          rt.nextSeq = (await this.roomsRepo.lastSeq(sessionId)) + 1;
          await this.loadPeak(rt);
          for (const s of rt.pending.keys()) if (s < rt.nextSeq) rt.pending.delete(s);
          rt.ready = true;
          return rt;
        } finally {
          this.opening.delete(sessionId);
        }
      })();
      this.opening.set(sessionId, p);
    }
    return p;
  }

  /** Drops a cached value here and on every other node. */
  invalidate(key: string): void {
    this.cache.drop(key);
    this.clusterEmit('live:invalidate', key);
  }

  /** Tells the other nodes (no-op in single-process mode, where the in-memory adapter has no peers). */
  clusterEmit(event: string, ...args: unknown[]): void {
    if (this.clustered) this.namespace.serverSideEmit(event, ...args);
  }

  /** A stored message (or sequence filler) goes to every node's queue for the room. */
  announce(sessionId: string, item: FanItem): void {
    this.accept(sessionId, item);
    this.clusterEmit('live:item', sessionId, item);
  }

  private accept(sessionId: string, item: FanItem): void {
    const rt = this.rooms.get(sessionId);
    if (!rt || typeof item?.seq !== 'number') return;
    if (rt.ready && item.seq < rt.nextSeq) return;
    rt.pending.set(item.seq, item);
  }

  /** A hidden message leaves every client (mod:removed) and every node's not-yet-sent queue. */
  hidden(sessionId: string, messageId: string): void {
    this.dropHidden(sessionId, messageId);
    this.clusterEmit('live:hidden', sessionId, messageId);
    this.namespace.to(roomOf(sessionId)).emit('mod:removed', { sessionId, messageId });
  }

  private dropHidden(sessionId: string, messageId: string): void {
    const rt = this.rooms.get(sessionId);
    if (!rt) return;
    for (const [seq, it] of rt.pending) {
      if (it.msg?.id === messageId || it.held?.id === messageId) rt.pending.set(seq, { seq });
    }
  }

  like(sessionId: string, n: number): void {
    const rt = this.rooms.get(sessionId);
    if (rt) rt.likesDelta += n;
  }

  pollChanged(sessionId: string, pollId: string): void {
    this.rooms.get(sessionId)?.polls.add(pollId);
  }

  questionChanged(sessionId: string, questionId: string): void {
    this.rooms.get(sessionId)?.questions.add(questionId);
  }

  addMember(sessionId: string, key: string): void {
    const rt = this.rooms.get(sessionId);
    if (!rt) return;
    rt.members.set(key, (rt.members.get(key) ?? 0) + 1);
    rt.emptySince = 0;
  }

  removeMember(sessionId: string, key: string): void {
    const rt = this.rooms.get(sessionId);
    if (!rt) return;
    const n = (rt.members.get(key) ?? 0) - 1;
    if (n > 0) rt.members.set(key, n);
    else rt.members.delete(key);
    if (!rt.members.size) rt.emptySince = Date.now();
  }

  presenceOf(sessionId: string): { online: number; peak: number } {
    const rt = this.rooms.get(sessionId);
    return { online: rt?.onlineNow ?? 0, peak: rt?.peak ?? 0 };
  }

  tick(): void {
    if (!this.nsp) return;
    const now = Date.now();
    for (const rt of this.rooms.values()) {
      try {
        this.tickRoom(rt, now);
      } catch (e) {
        this.logger.error({ msg: 'live tick failed', sessionId: rt.sessionId, error: (e as Error).message });
      }
    }
  }

  private tickRoom(rt: RoomRuntime, now: number): void {
    if (!rt.ready) return;
    if (rt.emptySince && now - rt.emptySince > 30_000 && !rt.pending.size) {
      this.rooms.delete(rt.sessionId);
      return;
    }
    const room = roomOf(rt.sessionId);
    this.flushChat(rt, now);
    if (rt.likesDelta > 0) {
      const n = rt.likesDelta;
      rt.likesDelta = 0;
      this.roomsRepo
        .addLikes(rt.sessionId, n)
        .then((likes) => this.namespace.to(room).emit('reactions', { sessionId: rt.sessionId, likes }))
        .catch((e: Error) => this.logger.error({ msg: 'likes flush failed', error: e.message }));
    }
    if (rt.polls.size) {
      const ids = [...rt.polls];
      rt.polls.clear();
      this.interact
        .pollsByIds(ids)
        .then((rows) => this.interact.pollViews(rows))
        .then((ups) => ups.forEach((u) => this.namespace.to(room).emit('poll:update', u)))
        .catch((e: Error) => this.logger.error({ msg: 'poll tally failed', error: e.message }));
    }
    if (rt.questions.size) {
      const ids = [...rt.questions];
      rt.questions.clear();
      this.interact
        .questionsByIds(ids)
        .then((rows) =>
          rows.forEach((r) =>
            this.namespace
              .to(room)
              .emit('question:update', { ...questionView(r), hidden: r.status === 'hidden' || undefined }),
          ),
        )
        .catch((e: Error) => this.logger.error({ msg: 'question update failed', error: e.message }));
    }
    const presence = `${rt.onlineNow}/${rt.peak}`;
    if (presence !== rt.sentPresence) {
      rt.sentPresence = presence;
      const p = this.presenceOf(rt.sessionId);
      this.namespace.local
        .to(room)
        .emit('presence', { sessionId: rt.sessionId, online: p.online, peak: Math.max(p.peak, p.online) });
    }
  }

  /** Sends what is in sequence: one `chat:batch` per socket, and held messages to moderators. */
  private flushChat(rt: RoomRuntime, now: number): void {
    const out: FanItem[] = [];
    while (!rt.sending && rt.pending.has(rt.nextSeq)) {
      out.push(rt.pending.get(rt.nextSeq)!);
      rt.pending.delete(rt.nextSeq);
      rt.nextSeq++;
    }
    if (rt.pending.size && !rt.sending) this.fillGap(rt, now);
    else rt.gapSince = 0;

    const mods = modRoomOf(rt.sessionId);
    const shown = out.filter((i) => i.msg);
    const held = out.filter((i) => i.held).map((i) => i.held!);
    if (shown.length) {
      const elapsed = (now - rt.capAt) / 1000;
      rt.capAt = now;
      rt.capTokens = Math.min(this.capPerSecond, rt.capTokens + elapsed * this.capPerSecond);
      const all = shown.map((i) => i.msg!);
      const big = this.capPerSecond > 0 && rt.onlineNow > this.capThreshold;
      let capped = all;
      let dropped = 0;
      if (big) {
        capped = [];
        for (const i of shown) {
          if (i.priority) capped.push(i.msg!);
          else if (rt.capTokens >= 1) {
            rt.capTokens -= 1;
            capped.push(i.msg!);
          } else dropped++;
        }
      }
      this.sendBatch(rt, all, capped, dropped);
    }
    if (held.length)
      this.namespace.local.to(mods).emit('mod:held', { sessionId: rt.sessionId, messages: held });
  }

  /**
   * One identical `chat:batch` per socket. When any were dropped, moderators get everything and
   * viewers the capped batch with the count they missed live. Big rooms go slice by slice.
   */
  private sendBatch(rt: RoomRuntime, all: MessageView[], capped: MessageView[], dropped: number): void {
    const nsp = this.namespace;
    const room = roomOf(rt.sessionId);
    const mods = modRoomOf(rt.sessionId);
    const full = { sessionId: rt.sessionId, messages: all };
    const viewers = dropped ? { sessionId: rt.sessionId, messages: capped, dropped } : full;
    if (dropped) nsp.local.to(mods).except(this.slowSockets(mods)).emit('chat:batch', full);
    const ids = nsp.adapter.rooms.get(room);
    if (!ids) return;
    if (ids.size <= this.sliceAbove) {
      const t0 = Date.now();
      const slow = this.slowSockets(room);
      nsp.local
        .to(room)
        .except(dropped ? [mods, ...slow] : slow)
        .emit('chat:batch', viewers);
      this.recordSend(Date.now() - t0);
      return;
    }
    // A big room: the packet is framed once and written socket by socket in time-boxed slices.
    rt.sending = true;
    const packet = new FramedPacket(nsp, 'chat:batch', viewers);
    const targets = [...ids];
    const skipMods = dropped ? nsp.adapter.rooms.get(mods) : undefined;
    const t0 = Date.now();
    let i = 0;
    const slice = () => {
      // Write until the time budget is spent, then let acks and database replies through.
      const until = Date.now() + this.sliceBudgetMs;
      for (let n = 0; i < targets.length; i++, n++) {
        if ((n & 255) === 255 && Date.now() >= until) break;
        const id = targets[i];
        const s = nsp.sockets.get(id);
        if (!s || skipMods?.has(id) || !s.rooms.has(room)) continue;
        try {
          if (this.slowCheck(s, t0) === 'ok') {
            if (packet.writeTo(s)) this.directWrites++;
          }
        } catch (e) {
          this.logger.warn({ msg: 'live write failed', error: (e as Error).message });
        }
      }
      if (i < targets.length) return void setImmediate(slice);
      rt.sending = false;
      const took = Date.now() - t0;
      this.recordSend(took);
      // The send outlasted a tick: that tick left the room alone, so catch up now rather than at the next.
      if (took >= this.tickMs) this.flushChat(rt, Date.now());
    };
    slice();
  }

  private recordSend(ms: number): void {
    this.batchSeconds.observe(ms / 1000);
    this.sends.count++;
    if (ms >= this.tickMs) this.sends.overTick++;
    this.sends.lastMs = ms;
    this.sends.maxMs = Math.max(this.sends.maxMs, ms);
  }

  /** What this node's fan-out is doing, for operators: a room that keeps falling behind shows here first. */
  nodeStats(): LiveNodeStats {
    const adapterRooms = this.nsp?.adapter.rooms;
    return {
      nodeId: this.nodeId,
      tickMs: this.tickMs,
      sockets: this.nsp?.sockets.size ?? 0,
      rooms: [...this.rooms.values()].map((rt) => ({
        sessionId: rt.sessionId,
        localSockets: adapterRooms?.get(roomOf(rt.sessionId))?.size ?? 0,
        online: rt.onlineNow,
        peak: Math.max(rt.peak, rt.onlineNow),
        waiting: rt.pending.size,
        sending: rt.sending,
      })),
      batches: this.sends.count,
      batchesOverTick: this.sends.overTick,
      lastBatchMs: this.sends.lastMs,
      maxBatchMs: this.sends.maxMs,
      directWrites: this.directWrites,
      slowSockets: this.slowSince.size,
      slowCuts: this.slowCuts,
    };
  }

  /** Items arrive from several nodes in any order; a hole older than 250 ms is read from the database. */
  private fillGap(rt: RoomRuntime, now: number): void {
    if (!rt.gapSince) rt.gapSince = now;
    if (now - rt.gapSince < 250 || rt.filling) return;
    const upTo = Math.min(...rt.pending.keys()) - 1;
    const from = rt.nextSeq;
    rt.filling = true;
    this.messages
      .range(rt.sessionId, from, upTo)
      .then((rows) => {
        for (const r of rows) if (Number(r.seq) >= rt.nextSeq) rt.pending.set(Number(r.seq), itemFromRow(r));
        // Sequence numbers commit in order (the counter row is locked until commit), so a hole the
        // database cannot fill after a few seconds is a renumbered (approved) message: skip it.
        if (!rt.pending.has(rt.nextSeq) && Date.now() - rt.gapSince > 3000) {
          for (let s = from; s <= upTo; s++) if (!rt.pending.has(s)) rt.pending.set(s, { seq: s });
        }
      })
      .catch((e: Error) => this.logger.error({ msg: 'gap fill failed', error: e.message }))
      .finally(() => {
        rt.filling = false;
        rt.gapSince = Date.now();
      });
  }

  /**
   * A socket whose outgoing buffer is backed up is skipped; one far behind, or skipped for longer than
   * `slowGraceMs`, is disconnected, so that it reconnects with `lastSeq` and catches up from the
   * database instead of silently missing what was skipped. Nothing is buffered without bound.
   */
  private slowCheck(s: Socket, now: number): 'ok' | 'skip' | 'cut' {
    const backlog = socketBacklog(s);
    if (backlog < this.slowSkip) {
      // Runs for every socket of a big room each tick: only touch the map when someone is slow.
      if (this.slowSince.size) this.slowSince.delete(s);
      return 'ok';
    }
    const since = this.slowSince.get(s) ?? now;
    this.slowSince.set(s, since);
    if (backlog < this.slowDisconnect && now - since < this.slowGraceMs) return 'skip';
    this.slowSince.delete(s);
    this.slowCuts++;
    s.disconnect(true);
    return 'cut';
  }

  /** The ids of a room's sockets to leave out this tick (slow ones; those far behind are cut off). */
  private slowSockets(room: string): string[] {
    const ids = this.namespace.adapter.rooms.get(room);
    const slow: string[] = [];
    if (!ids) return slow;
    const now = Date.now();
    for (const id of [...ids]) {
      const s = this.namespace.sockets.get(id);
      if (s && this.slowCheck(s, now) !== 'ok') slow.push(id);
    }
    return slow;
  }

  /** Online now across nodes: each node writes its count to a Redis hash; stale nodes age out after 10 s. */
  private async presence(): Promise<void> {
    if (this.presenceBusy || !this.nsp) return;
    // Sockets seen slow are re-checked here too, so a quiet room still cuts off one that stays stuck.
    const now = Date.now();
    for (const s of [...this.slowSince.keys()]) {
      if (s.disconnected) this.slowSince.delete(s);
      else this.slowCheck(s, now);
    }
    this.presenceBusy = true;
    try {
      // Redis away: the other nodes' messages are not announced, so read them from the database.
      if (this.clustered && !this.redis.ready) await this.catchUpFromDatabase();
      const now = Date.now();
      for (const rt of this.rooms.values()) {
        const local = rt.members.size;
        let online = local;
        if (this.redis.ready) {
          try {
            online = await this.onlineAcrossNodes(rt.sessionId, local, now);
          } catch (e) {
            this.logger.warn({ msg: 'presence aggregation failed', error: (e as Error).message });
          }
        }
        rt.online = online;
        if (online > rt.peak) rt.peak = await this.roomsRepo.raisePeak(rt.sessionId, online);
      }
    } catch (e) {
      this.logger.warn({ msg: 'presence update failed', error: (e as Error).message });
    } finally {
      this.presenceBusy = false;
    }
  }

  private async onlineAcrossNodes(sessionId: string, local: number, now: number): Promise<number> {
    const key = this.keys.key(`presence:${sessionId}`);
    const res = await this.redis
      .client!.multi()
      .hset(key, this.nodeId, `${local}|${now}`)
      .pexpire(key, 60_000)
      .hgetall(key)
      .exec();
    const all = (res?.[2]?.[1] ?? {}) as Record<string, string>;
    let online = 0;
    for (const v of Object.values(all)) {
      const [n, at] = v.split('|').map(Number);
      if (now - at < 10_000) online += n;
    }
    return online;
  }

  /**
   * Without Redis each node still serves its own sockets; what the other nodes stored reaches them
   * here, once a second, in sequence order (the room's counter is committed with its messages).
   */
  private async catchUpFromDatabase(): Promise<void> {
    for (const rt of this.rooms.values()) {
      if (!rt.ready) continue;
      const last = await this.roomsRepo.lastSeq(rt.sessionId);
      let from = rt.nextSeq;
      while (from <= last && rt.pending.has(from)) from++;
      if (from > last) continue;
      for (const r of await this.messages.range(rt.sessionId, from, last)) {
        const seq = Number(r.seq);
        if (seq >= rt.nextSeq && !rt.pending.has(seq)) rt.pending.set(seq, itemFromRow(r));
      }
    }
  }

  /** The stored peak, read once when the room opens on this node (then kept by the presence loop). */
  private async loadPeak(rt: RoomRuntime): Promise<void> {
    const row = await this.roomsRepo.find(rt.sessionId);
    rt.peak = Math.max(rt.peak, row?.peakOnline ?? 0);
  }
}

/** Packets queued in engine.io plus bytes queued in the WebSocket, in packet-ish units. */
export function socketBacklog(s: Socket): number {
  const conn = s.conn as unknown as {
    writeBuffer?: unknown[];
    transport?: { socket?: { bufferedAmount?: number } };
  };
  const packets = conn.writeBuffer?.length ?? 0;
  const bytes = conn.transport?.socket?.bufferedAmount ?? 0;
  return packets + Math.floor(bytes / 16_384);
}
