import { Injectable, Logger } from '@nestjs/common';
import type { Histogram } from 'prom-client';
import type { Socket } from 'socket.io';
import { Metrics } from '@xs/platform';
import type { LiveNamespace } from '../../live-socket';
import type { LiveNodeStats, MessageView } from '../../live.types';
import { forEachInRoomSliced, FramedPacket } from '../frame-writer';
import { FanItem, modRoomOf, roomOf, RoomRuntime } from './room-runtime';
import { FanoutTuning } from './tuning';

type WriterStats = Pick<
  LiveNodeStats,
  'batches' | 'batchesOverTick' | 'lastBatchMs' | 'maxBatchMs' | 'directWrites' | 'slowSockets' | 'slowCuts'
>;

/**
 * Writes a room's tick batch: ONE identical `chat:batch` per socket, the viewer cap applied, slow
 * sockets skipped (and cut off when they stay behind), big rooms framed once and written in
 * time-boxed slices.
 */
@Injectable()
export class BatchWriter {
  /** Counters for tests and metrics: batches written straight to the socket, slow sockets cut off. */
  directWrites = 0;
  slowCuts = 0;
  /** Chat batches sent by this node, and how many took longer than a tick (the room fell behind). */
  private readonly sends = { count: 0, overTick: 0, lastMs: 0, maxMs: 0 };
  private readonly slowSince = new Map<Socket, number>();
  private readonly batchSeconds: Histogram<never>;
  private readonly logger = new Logger('live');

  constructor(
    private readonly tuning: FanoutTuning,
    metrics: Metrics,
  ) {
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

  /**
   * Sends the shown messages of one tick. Above the room-size threshold viewers get what the cap's
   * token bucket allows (staff messages always) with the count they missed live; moderators get all.
   * `catchUp` runs when a sliced send outlasted a tick (that tick left the room alone), once the room
   * has rested (FanoutTuning.writeShare).
   */
  send(nsp: LiveNamespace, rt: RoomRuntime, shown: FanItem[], now: number, catchUp: () => void): void {
    const st = rt.send;
    const { capPerSecond, capThreshold } = this.tuning;
    const elapsed = (now - st.capAt) / 1000;
    st.capAt = now;
    st.capTokens = Math.min(capPerSecond, st.capTokens + elapsed * capPerSecond);
    const all = shown.map((i) => i.msg!);
    let capped = all;
    let dropped = 0;
    if (capPerSecond > 0 && rt.presence.onlineNow > capThreshold) {
      capped = [];
      for (const i of shown) {
        if (i.priority) capped.push(i.msg!);
        else if (st.capTokens >= 1) {
          st.capTokens -= 1;
          capped.push(i.msg!);
        } else dropped++;
      }
    }
    this.sendBatch(nsp, rt, all, capped, dropped, catchUp);
  }

  private sendBatch(
    nsp: LiveNamespace,
    rt: RoomRuntime,
    all: MessageView[],
    capped: MessageView[],
    dropped: number,
    catchUp: () => void,
  ): void {
    const room = roomOf(rt.sessionId);
    const mods = modRoomOf(rt.sessionId);
    const full = { sessionId: rt.sessionId, messages: all };
    const viewers = dropped ? { sessionId: rt.sessionId, messages: capped, dropped } : full;
    if (dropped) nsp.local.to(mods).except(this.slowSockets(nsp, mods)).emit('chat:batch', full);
    const ids = nsp.adapter.rooms.get(room);
    if (!ids) return;
    if (ids.size <= this.tuning.sliceAbove) {
      const t0 = Date.now();
      const slow = this.slowSockets(nsp, room);
      nsp.local
        .to(room)
        .except(dropped ? [mods, ...slow] : slow)
        .emit('chat:batch', viewers);
      this.recordSend(Date.now() - t0);
      return;
    }
    // A big room: the packet is framed once and written socket by socket in time-boxed slices.
    rt.send.sending = true;
    const packet = new FramedPacket(nsp, 'chat:batch', viewers);
    const skipMods = dropped ? nsp.adapter.rooms.get(mods) : undefined;
    const t0 = Date.now();
    forEachInRoomSliced(
      nsp,
      room,
      this.tuning.sliceBudgetMs,
      (s) => {
        if (skipMods?.has(s.id)) return;
        try {
          if (this.slowCheck(s, t0) === 'ok' && packet.writeTo(s)) this.directWrites++;
        } catch (e) {
          this.logger.warn({ msg: 'live write failed', error: (e as Error).message });
        }
      },
      (busyMs) => {
        rt.send.sending = false;
        const took = Date.now() - t0;
        this.recordSend(took);
        const { writeShare, maxRestMs } = this.tuning;
        const rest = Math.min(maxRestMs, busyMs * (1 / writeShare - 1));
        rt.send.restUntil = Date.now() + rest;
        if (took < this.tuning.tickMs) return;
        if (rest < 1) catchUp();
        else setTimeout(catchUp, rest).unref();
      },
    );
  }

  private recordSend(ms: number): void {
    this.batchSeconds.observe(ms / 1000);
    this.sends.count++;
    if (ms >= this.tuning.tickMs) this.sends.overTick++;
    this.sends.lastMs = ms;
    this.sends.maxMs = Math.max(this.sends.maxMs, ms);
  }

  stats(): WriterStats {
    return {
      batches: this.sends.count,
      batchesOverTick: this.sends.overTick,
      lastBatchMs: this.sends.lastMs,
      maxBatchMs: this.sends.maxMs,
      directWrites: this.directWrites,
      slowSockets: this.slowSince.size,
      slowCuts: this.slowCuts,
    };
  }

  /** Sockets seen slow are re-checked on the presence beat too, so a quiet room still cuts off one that stays stuck. */
  recheckSlow(now: number): void {
    for (const s of [...this.slowSince.keys()]) {
      if (s.disconnected) this.slowSince.delete(s);
      else this.slowCheck(s, now);
    }
  }

  /**
   * A socket whose outgoing buffer is backed up is skipped; one far behind, or skipped for longer than
   * `slowGraceMs`, is disconnected, so that it reconnects with `lastSeq` and catches up from the
   * database instead of silently missing what was skipped. Nothing is buffered without bound.
   */
  private slowCheck(s: Socket, now: number): 'ok' | 'skip' | 'cut' {
    const backlog = socketBacklog(s);
    if (backlog < this.tuning.slowSkip) {
      // Runs for every socket of a big room each tick: only touch the map when someone is slow.
      if (this.slowSince.size) this.slowSince.delete(s);
      return 'ok';
    }
    const since = this.slowSince.get(s) ?? now;
    this.slowSince.set(s, since);
    if (backlog < this.tuning.slowDisconnect && now - since < this.tuning.slowGraceMs) return 'skip';
    this.slowSince.delete(s);
    this.slowCuts++;
    s.disconnect(true);
    return 'cut';
  }

  /** The ids of a room's sockets to leave out this tick (slow ones; those far behind are cut off). */
  private slowSockets(nsp: LiveNamespace, room: string): string[] {
    const ids = nsp.adapter.rooms.get(room);
    const slow: string[] = [];
    if (!ids) return slow;
    const now = Date.now();
    for (const id of [...ids]) {
      const s = nsp.sockets.get(id);
      if (s && this.slowCheck(s, now) !== 'ok') slow.push(id);
    }
    return slow;
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
