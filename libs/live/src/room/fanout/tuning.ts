import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';

/**
 * Every knob of the live fan-out in one place, shared by its parts (one instance per app, so a test or
 * an operator that changes a value changes it for all of them).
 */
@Injectable()
export class FanoutTuning {
  /** One `chat:batch` per room per tick; a batch that takes longer counts as over the tick. */
  tickMs = 100;
  /**
   * A room with more local sockets than `bigRoomAbove` gets its chat and counters every `bigRoomTickMs`
   * instead of every tick: each beat is one write per socket whatever it carries, so at 10,000 sockets the
   * writes, not the messages, are the node's CPU (in a join storm and at 100 msg/s alike). Half the
   * beats for at most ~100 ms more delay, which a livestream's viewers (seconds behind the video) do not see.
   */
  bigRoomAbove = 2000;
  bigRoomTickMs = 200;
  /**
   * A sliced batch's writes may take at most this share of the node's time: after one held the event
   * loop for B ms the room rests B × (1 / share − 1) ms, at most `maxRestMs`, before its next beat. On a
   * slower core, 10,000 sockets' back-to-back batches left joins and requests only the gaps between
   * slices (a join storm queued for 30 s while the chat flowed); resting, batches grow instead.
   */
  writeShare = 0.5;
  maxRestMs = 800;
  /** How often the online count is summed across nodes and slow sockets are re-checked. */
  presenceMs = 1000;
  /**
   * The online count goes out to a room at most this often: while people pour in it changes every
   * tick, and each change is one write to every socket (a third of the server's CPU in a join storm).
   */
  presenceAnnounceMs = 1000;
  /** Above this many people online the viewers' chat push is capped at `capPerSecond` (0 = no cap). */
  capThreshold: number;
  capPerSecond: number;
  /** Packets waiting in a socket's engine.io buffer before it is skipped / disconnected. */
  slowSkip = 64;
  slowDisconnect = 512;
  /** A socket skipped for longer than this is disconnected, so that it catches up from the database. */
  slowGraceMs = 5000;
  /**
   * Rooms with more local sockets than this get their batch written directly (FramedPacket), in
   * slices of `sliceBudgetMs`: one 10,000-socket write loop would otherwise hold up every ack and
   * every database reply on this node for a whole tick.
   */
  sliceAbove = 1000;
  sliceBudgetMs = 5;
  /** A hole in the sequence older than this is read from the database… */
  gapWaitMs = 250;
  /** …and one the database still cannot fill after this long is a renumbered message: skipped. */
  gapSkipMs = 3000;
  /** A room nobody has been in for this long is closed on this node. */
  idleRoomMs = 30_000;
  /** A node's online count older than this no longer counts (the node is gone). */
  presenceStaleMs = 10_000;
  presenceKeyTtlMs = 60_000;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.capThreshold = config.liveViewerCapRoomSize;
    this.capPerSecond = config.liveViewerCapPerSecond;
  }
}
