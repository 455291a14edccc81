// What clients receive: the event map and its shapes are the contract, in @xs/contracts.
export type {
  AuthorRole,
  HandQueue,
  HandView,
  HeldMessageView,
  MessageView,
  PollView,
  QuestionView,
  RoomState,
  StreamStatus,
} from '@xs/contracts';

/** Who is on a socket: a logged-in user or a read-only anonymous viewer. */
export interface ViewerIdentity {
  userId: string | null;
  nickname: string;
  /** The user id, or `anon:<hash>` (unique participants, presence). */
  key: string;
}

/** GET /api/v1/live/node: this node's fan-out (each replica answers for itself). */
export interface LiveNodeStats {
  nodeId: string;
  tickMs: number;
  /** Sockets connected to /live on this node. */
  sockets: number;
  rooms: {
    sessionId: string;
    localSockets: number;
    /** Online across nodes (local count when there is no Redis). */
    online: number;
    peak: number;
    /** Items received but not yet sent (waiting for their turn or for a gap to fill). */
    waiting: number;
    /** A batch is still being written to a big room. */
    sending: boolean;
  }[];
  /** Chat batches sent since start, and how many took a tick or longer to write. */
  batches: number;
  batchesOverTick: number;
  lastBatchMs: number;
  maxBatchMs: number;
  directWrites: number;
  /** Sockets being skipped now because their connection is backed up, and those cut off since start. */
  slowSockets: number;
  slowCuts: number;
}
