import { Injectable } from '@nestjs/common';
import { RedisConnection } from '@xs/platform';
import { LiveKeys } from '../../live-keys';
import { FramedPacket, writeToRoom } from '../frame-writer';
import type { LiveNamespace } from '../../live-socket';
import { RoomsRepository } from '../rooms.repository';
import { roomOf, RoomRuntime } from './room-runtime';
import { FanoutTuning } from './tuning';

/**
 * Who is in a room: this node's participants (a person with two tabs counts once), the online count
 * summed across nodes through a Redis hash, the stored peak, and the `presence` event when they change.
 */
@Injectable()
export class PresenceAggregator {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: LiveKeys,
    private readonly roomsRepo: RoomsRepository,
    private readonly tuning: FanoutTuning,
  ) {}

  add(rt: RoomRuntime, key: string): void {
    const st = rt.presence;
    st.members.set(key, (st.members.get(key) ?? 0) + 1);
    st.emptySince = 0;
  }

  remove(rt: RoomRuntime, key: string): void {
    const st = rt.presence;
    const n = (st.members.get(key) ?? 0) - 1;
    if (n > 0) st.members.set(key, n);
    else st.members.delete(key);
    if (!st.members.size) st.emptySince = Date.now();
  }

  /** Nobody has been here for `idleRoomMs`: the room can close on this node. */
  idle(rt: RoomRuntime, now: number): boolean {
    return !!rt.presence.emptySince && now - rt.presence.emptySince > this.tuning.idleRoomMs;
  }

  /** The stored peak, read once when the room opens on this node (then kept by `aggregate`). */
  async loadPeak(rt: RoomRuntime): Promise<void> {
    const row = await this.roomsRepo.find(rt.sessionId);
    rt.presence.peak = Math.max(rt.presence.peak, row?.peakOnline ?? 0);
  }

  /** Online now across nodes: each node writes its count to a Redis hash; stale nodes age out. */
  async aggregate(rooms: Iterable<RoomRuntime>, nodeId: string): Promise<void> {
    const now = Date.now();
    for (const rt of rooms) {
      const st = rt.presence;
      const local = st.members.size;
      let online = local;
      // Redis away (or failing now): this node's own people, rather than a stale sum.
      if (this.redis.ready) {
        try {
          online = await this.acrossNodes(rt.sessionId, nodeId, local, now);
        } catch {
          online = local;
        }
      }
      st.online = online;
      if (online > st.peak) st.peak = await this.roomsRepo.raisePeak(rt.sessionId, online);
    }
  }

  private async acrossNodes(sessionId: string, nodeId: string, local: number, now: number): Promise<number> {
    const key = this.keys.key(`presence:${sessionId}`);
    const res = await this.redis
      .client!.multi()
      .hset(key, nodeId, `${local}|${now}`)
      .pexpire(key, this.tuning.presenceKeyTtlMs)
      .hgetall(key)
      .exec();
    const all = (res?.[2]?.[1] ?? {}) as Record<string, string>;
    let online = 0;
    for (const v of Object.values(all)) {
      const [n, at] = v.split('|').map(Number);
      if (now - at < this.tuning.presenceStaleMs) online += n;
    }
    return online;
  }

  /**
   * Sends this node's sockets the count when it changed, at most once per `presenceAnnounceMs`: the
   * first change after a quiet spell goes out on the next tick, the ones after it are folded into one
   * a beat later (a joiner has the count in its ack meanwhile). A big room gets it framed once.
   */
  announce(nsp: LiveNamespace, rt: RoomRuntime, now = Date.now()): void {
    const st = rt.presence;
    const sent = `${st.onlineNow}/${st.peak}`;
    if (sent === st.sent || now - st.sentAt < this.tuning.presenceAnnounceMs) return;
    st.sent = sent;
    st.sentAt = now;
    const body = { sessionId: rt.sessionId, online: st.onlineNow, peak: Math.max(st.peak, st.onlineNow) };
    const room = roomOf(rt.sessionId);
    if ((nsp.adapter.rooms.get(room)?.size ?? 0) <= this.tuning.sliceAbove) {
      nsp.local.to(room).emit('presence', body);
      return;
    }
    writeToRoom(nsp, room, new FramedPacket(nsp, 'presence', body), this.tuning.sliceBudgetMs);
  }
}
