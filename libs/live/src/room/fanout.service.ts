import { randomUUID } from 'node:crypto';
import { setTimeout as after } from 'node:timers/promises';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Metrics, RedisConnection } from '@xs/platform';
import type { LiveNamespace } from '../live-socket';
import { LiveCache } from '../live-cache';
import type { LiveNodeStats } from '../live.types';
import { BatchWriter } from './fanout/batch-writer';
import { CounterFlusher } from './fanout/counter-flusher';
import { PresenceAggregator } from './fanout/presence-aggregator';
import { FanItem, modRoomOf, roomOf, RoomRuntime } from './fanout/room-runtime';
import { RoomSequencer } from './fanout/sequencer';
import { FanoutTuning } from './fanout/tuning';
import { RoomsRepository } from './rooms.repository';

export { itemFromRow, modRoomOf, roomOf, userRoomOf } from './fanout/room-runtime';
export type { FanItem } from './fanout/room-runtime';
export { socketBacklog } from './fanout/batch-writer';

/** How long a cache drop waits for the other nodes to confirm it (they answer in milliseconds). */
const INVALIDATE_ACK_MS = 2000;

/**
 * The per-node fan-out: every stored message is announced to every node (serverSideEmit through the
 * Redis Streams adapter), each node puts them back in sequence order and, once per tick (≤ 100 ms),
 * sends ONE identical `chat:batch` to its own sockets in the room. Counters go out as snapshots per tick.
 *
 * This class keeps the rooms and the beat; the work is in its parts: the sequencer (order and gaps),
 * the batch writer (cap, slices, slow sockets), the presence aggregator and the counter flusher, all
 * tuned by one `FanoutTuning`.
 */
@Injectable()
export class FanoutService implements OnModuleDestroy {
  readonly nodeId = randomUUID();
  private nsp: LiveNamespace | undefined;
  private clustered = false;
  private readonly rooms = new Map<string, RoomRuntime>();
  private readonly opening = new Map<string, Promise<RoomRuntime>>();
  private timers: NodeJS.Timeout[] = [];
  private readonly logger = new Logger('live');
  private presenceBusy = false;

  constructor(
    readonly tuning: FanoutTuning,
    readonly writer: BatchWriter,
    private readonly sequencer: RoomSequencer,
    private readonly presenceAgg: PresenceAggregator,
    private readonly counters: CounterFlusher,
    private readonly roomsRepo: RoomsRepository,
    private readonly cache: LiveCache,
    private readonly redis: RedisConnection,
    metrics: Metrics,
  ) {
    metrics.gauge('xs_live_rooms', 'Live rooms open on this replica', () => this.rooms.size);
    metrics.gauge(
      'xs_live_sockets',
      'Live sockets connected to this replica',
      () => this.nsp?.sockets.size ?? 0,
    );
    metrics.gauge('xs_live_online', 'People online in the live rooms open here (cluster-wide count)', () =>
      [...this.rooms.values()].reduce((n, rt) => n + rt.presence.onlineNow, 0),
    );
  }

  attach(nsp: LiveNamespace, clustered: boolean): void {
    this.nsp = nsp;
    this.clustered = clustered;
    nsp.on('live:item', (sessionId: string, item: FanItem) => this.accept(sessionId, item));
    nsp.on('live:hidden', (sessionId: string, messageId: string) => this.dropHidden(sessionId, messageId));
    nsp.on('live:invalidate', (key: string, ack?: () => void) => {
      this.cache.drop(key);
      ack?.();
    });
    this.restartTimers();
  }

  restartTimers(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [
      setInterval(() => this.tick(), this.tuning.tickMs),
      setInterval(() => void this.presence(), this.tuning.presenceMs),
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
    if (have?.seq.ready) return Promise.resolve(have);
    let p = this.opening.get(sessionId);
    if (!p) {
      const rt = have ?? new RoomRuntime(sessionId);
      this.rooms.set(sessionId, rt);
      p = (async () => {
        try {
          await this.roomsRepo.ensure(sessionId);
          const lastSeq = await this.roomsRepo.lastSeq(sessionId);
          await this.presenceAgg.loadPeak(rt);
          this.sequencer.start(rt, lastSeq);
          return rt;
        } finally {
          this.opening.delete(sessionId);
        }
      })();
      this.opening.set(sessionId, p);
    }
    return p;
  }

  /**
   * Drops a cached value here and on every other node, and resolves once every node has said it did:
   * a moderator told "muted" can rely on it on every replica. A node that does not answer within
   * INVALIDATE_ACK_MS (dying, or paused far longer than a GC) is logged and not waited for, and
   * while Redis is away nobody is waited for; the cache's TTL bounds what a node may still serve.
   */
  async invalidate(key: string): Promise<void> {
    this.cache.drop(key);
    // With Redis away no other node can be told (the outage is logged once): their TTL bounds it.
    if (!this.clustered || !this.redis.ready) return;
    const confirmed = await Promise.race([
      this.namespace.serverSideEmitWithAck('live:invalidate', key).then(
        () => true,
        () => false,
      ),
      after(INVALIDATE_ACK_MS, false, { ref: false }),
    ]);
    if (!confirmed) {
      this.logger.warn(
        `live:invalidate ${key.split(':')[0]}: not every node confirmed within ${INVALIDATE_ACK_MS} ms`,
      );
    }
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
    if (rt) this.sequencer.accept(rt, item);
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
    this.sequencer.dropHidden(rt, messageId);
    rt.recent.views = undefined;
  }

  like(sessionId: string, n: number): void {
    const rt = this.rooms.get(sessionId);
    if (rt) this.counters.like(rt, n);
  }

  pollChanged(sessionId: string, pollId: string): void {
    this.rooms.get(sessionId)?.counters.polls.add(pollId);
  }

  questionChanged(sessionId: string, questionId: string): void {
    this.rooms.get(sessionId)?.counters.questions.add(questionId);
  }

  addMember(sessionId: string, key: string): void {
    const rt = this.rooms.get(sessionId);
    if (rt) this.presenceAgg.add(rt, key);
  }

  removeMember(sessionId: string, key: string): void {
    const rt = this.rooms.get(sessionId);
    if (rt) this.presenceAgg.remove(rt, key);
  }

  presenceOf(sessionId: string): { online: number; peak: number } {
    const rt = this.rooms.get(sessionId);
    return { online: rt?.presence.onlineNow ?? 0, peak: rt?.presence.peak ?? 0 };
  }

  tick(): void {
    if (!this.nsp) return;
    const now = Date.now();
    for (const rt of this.rooms.values()) {
      try {
        this.tickRoom(this.nsp, rt, now);
      } catch (e) {
        this.logger.error({ msg: 'live tick failed', sessionId: rt.sessionId, error: (e as Error).message });
      }
    }
  }

  private tickRoom(nsp: LiveNamespace, rt: RoomRuntime, now: number): void {
    if (!rt.seq.ready) return;
    if (this.presenceAgg.idle(rt, now) && !rt.seq.pending.size) {
      this.rooms.delete(rt.sessionId);
      return;
    }
    if (this.onBeat(nsp, rt, now)) {
      this.flushChat(nsp, rt, now);
      this.counters.flush(nsp, rt);
    }
    this.presenceAgg.announce(nsp, rt, now);
  }

  /**
   * Every tick for most rooms; every `bigRoomTickMs` for a room with many sockets on this node; never
   * while a room rests after a sliced batch.
   */
  private onBeat(nsp: LiveNamespace, rt: RoomRuntime, now: number): boolean {
    const { tickMs, bigRoomAbove, bigRoomTickMs } = this.tuning;
    if (now < rt.send.restUntil) return false;
    const local = nsp.adapter.rooms.get(roomOf(rt.sessionId))?.size ?? 0;
    // Half a tick of slack: timers fire a little early or late, and a beat must not slip a whole tick.
    if (local > bigRoomAbove && now - rt.send.beatAt < bigRoomTickMs - tickMs / 2) return false;
    rt.send.beatAt = now;
    return true;
  }

  /** Sends what is in sequence: one `chat:batch` per socket, and held messages to moderators. */
  private flushChat(nsp: LiveNamespace, rt: RoomRuntime, now: number): void {
    const out = this.sequencer.take(rt, now);
    const shown = out.filter((i) => i.msg);
    const held = out.filter((i) => i.held).map((i) => i.held!);
    if (shown.length) this.writer.send(nsp, rt, shown, now, () => this.catchUp(nsp, rt));
    if (held.length)
      nsp.local.to(modRoomOf(rt.sessionId)).emit('mod:held', { sessionId: rt.sessionId, messages: held });
  }

  /** A batch that outlasted a tick is followed once the room has rested (from a timer: errors stop here). */
  private catchUp(nsp: LiveNamespace, rt: RoomRuntime): void {
    try {
      this.flushChat(nsp, rt, Date.now());
    } catch (e) {
      this.logger.error({
        msg: 'live catch-up failed',
        sessionId: rt.sessionId,
        error: (e as Error).message,
      });
    }
  }

  /** What this node's fan-out is doing, for operators: a room that keeps falling behind shows here first. */
  nodeStats(): LiveNodeStats {
    const adapterRooms = this.nsp?.adapter.rooms;
    return {
      nodeId: this.nodeId,
      tickMs: this.tuning.tickMs,
      sockets: this.nsp?.sockets.size ?? 0,
      rooms: [...this.rooms.values()].map((rt) => ({
        sessionId: rt.sessionId,
        localSockets: adapterRooms?.get(roomOf(rt.sessionId))?.size ?? 0,
        online: rt.presence.onlineNow,
        peak: Math.max(rt.presence.peak, rt.presence.onlineNow),
        waiting: rt.seq.pending.size,
        sending: rt.send.sending,
      })),
      ...this.writer.stats(),
    };
  }

  /** Each presence beat: slow sockets re-checked, then the online count summed across nodes. */
  private async presence(): Promise<void> {
    if (this.presenceBusy || !this.nsp) return;
    this.writer.recheckSlow(Date.now());
    this.presenceBusy = true;
    try {
      // Redis away: the other nodes' messages are not announced, so read them from the database.
      if (this.clustered && !this.redis.ready) await this.sequencer.catchUp(this.rooms.values());
      await this.presenceAgg.aggregate(this.rooms.values(), this.nodeId);
    } catch (e) {
      this.logger.warn({ msg: 'presence aggregation failed', error: (e as Error).message });
    } finally {
      this.presenceBusy = false;
    }
  }
}
