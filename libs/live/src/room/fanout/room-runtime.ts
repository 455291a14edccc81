import { heldView, MessageRow, messageView } from '../../chat/messages.repository';
import type { HeldMessageView, MessageView } from '../../live.types';

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
  if (r.status === 'published') return { seq, msg: messageView(r), priority: r.authorRole !== 'resident' };
  if (r.status === 'held') return { seq, held: heldView(r) };
  return { seq };
}

/** What the sequencer knows of a room: where it is and what has arrived ahead of its turn. */
export class SequenceState {
  nextSeq = 0;
  ready = false;
  readonly pending = new Map<number, FanItem>();
  gapSince = 0;
  filling = false;
}

/** What the batch writer keeps per room: the viewer cap's token bucket and whether a batch is going out. */
export class SendState {
  capTokens = 0;
  capAt = Date.now();
  /** A sliced batch is still going out: the next tick waits rather than overtaking it. */
  sending = false;
  /** When the room's chat and counters last went out (a big room skips the ticks in between). */
  beatAt = 0;
  /** No beat before this: the room rests after a sliced batch (FanoutTuning.writeShare). */
  restUntil = 0;
}

/** Who is here (local participants, key → sockets) and the cross-node count. */
export class PresenceState {
  readonly members = new Map<string, number>();
  emptySince = 0;
  online = 0;
  peak = 0;
  /** The last `online/peak` sent, so an unchanged count is not sent again. */
  sent = '';
  sentAt = 0;

  /** Online across nodes, never less than this node's own participants (the cross-node sum lags). */
  get onlineNow(): number {
    return Math.max(this.online, this.members.size);
  }
}

/** Counters that go out as one snapshot per tick rather than per event. */
export class CounterState {
  likes = 0;
  readonly polls = new Set<string>();
  readonly questions = new Set<string>();
}

/**
 * The latest published messages a joiner gets (up to `seq`), read once and shared by every joiner
 * until the room moves on or a message is hidden.
 */
export class RecentState {
  seq = -1;
  at = 0;
  views: Promise<MessageView[]> | undefined;
}

/** One live room on this node: each part of the fan-out owns one piece of its state. */
export class RoomRuntime {
  readonly seq = new SequenceState();
  readonly send = new SendState();
  readonly presence = new PresenceState();
  readonly counters = new CounterState();
  readonly recent = new RecentState();
  constructor(readonly sessionId: string) {}
}
