import { Injectable, Logger } from '@nestjs/common';
import { MessagesRepository } from '../../chat/messages.repository';
import { RoomsRepository } from '../rooms.repository';
import { FanItem, itemFromRow, RoomRuntime } from './room-runtime';
import { FanoutTuning } from './tuning';

/**
 * Puts a room's items back in sequence order: items arrive from every node in any order, are held
 * until their turn, and a hole that lasts is filled from the database (or skipped once it is clear
 * that the number was never used for a message anyone may see).
 */
@Injectable()
export class RoomSequencer {
  private readonly logger = new Logger('live');

  constructor(
    private readonly messages: MessagesRepository,
    private readonly roomsRepo: RoomsRepository,
    private readonly tuning: FanoutTuning,
  ) {}

  /** The room's place in the sequence, read once when it opens on this node. */
  start(rt: RoomRuntime, lastSeq: number): void {
    const st = rt.seq;
    st.nextSeq = lastSeq + 1;
    for (const s of st.pending.keys()) if (s < st.nextSeq) st.pending.delete(s);
    st.ready = true;
  }

  accept(rt: RoomRuntime, item: FanItem): void {
    const st = rt.seq;
    if (typeof item?.seq !== 'number') return;
    if (st.ready && item.seq < st.nextSeq) return;
    st.pending.set(item.seq, item);
  }

  /** A hidden message is replaced by a filler in the not-yet-sent queue (its number stays taken). */
  dropHidden(rt: RoomRuntime, messageId: string): void {
    for (const [seq, it] of rt.seq.pending) {
      if (it.msg?.id === messageId || it.held?.id === messageId) rt.seq.pending.set(seq, { seq });
    }
  }

  /**
   * What is next in sequence, taken off the queue. Nothing while a batch is still going out (it would
   * be overtaken); a hole starts (or keeps) its timer and is filled once it has lasted.
   */
  take(rt: RoomRuntime, now: number): FanItem[] {
    const st = rt.seq;
    const out: FanItem[] = [];
    while (!rt.send.sending && st.pending.has(st.nextSeq)) {
      out.push(st.pending.get(st.nextSeq)!);
      st.pending.delete(st.nextSeq);
      st.nextSeq++;
    }
    if (st.pending.size && !rt.send.sending) this.fillGap(rt, now);
    else st.gapSince = 0;
    return out;
  }

  /**
   * Without Redis nothing is announced across nodes; what the others stored is read here (once a
   * second) up to each room's committed counter, so this node's viewers still get it, in order. The
   * counters of all open rooms come in one query; a room's messages are read only when it moved on.
   */
  async catchUp(rooms: Iterable<RoomRuntime>): Promise<void> {
    const ready = [...rooms].filter((rt) => rt.seq.ready);
    if (!ready.length) return;
    const last = await this.roomsRepo.lastSeqs(ready.map((rt) => rt.sessionId));
    for (const rt of ready) await this.catchUpRoom(rt, last.get(rt.sessionId) ?? 0);
  }

  private async catchUpRoom(rt: RoomRuntime, last: number): Promise<void> {
    const st = rt.seq;
    let from = st.nextSeq;
    while (from <= last && st.pending.has(from)) from++;
    if (from > last) return;
    for (const r of await this.messages.range(rt.sessionId, from, last)) {
      const seq = Number(r.seq);
      if (seq >= st.nextSeq && !st.pending.has(seq)) st.pending.set(seq, itemFromRow(r));
    }
  }

  /** Items arrive from several nodes in any order; a hole older than `gapWaitMs` is read from the database. */
  private fillGap(rt: RoomRuntime, now: number): void {
    const st = rt.seq;
    if (!st.gapSince) st.gapSince = now;
    if (now - st.gapSince < this.tuning.gapWaitMs || st.filling) return;
    const upTo = Math.min(...st.pending.keys()) - 1;
    const from = st.nextSeq;
    st.filling = true;
    this.messages
      .range(rt.sessionId, from, upTo)
      .then((rows) => {
        for (const r of rows) if (Number(r.seq) >= st.nextSeq) st.pending.set(Number(r.seq), itemFromRow(r));
        // Sequence numbers commit in order (the counter row is locked until commit), so a hole the
        // database cannot fill after a few seconds is a renumbered (approved) message: skip it.
        if (!st.pending.has(st.nextSeq) && Date.now() - st.gapSince > this.tuning.gapSkipMs) {
          for (let s = from; s <= upTo; s++) if (!st.pending.has(s)) st.pending.set(s, { seq: s });
        }
      })
      .catch((e: Error) => this.logger.error({ msg: 'gap fill failed', error: e.message }))
      .finally(() => {
        st.filling = false;
        st.gapSince = Date.now();
      });
  }
}
