/** What clients receive; the socket event payloads of API.md "Live rooms". */
export type AuthorRole = 'moderator' | 'staff' | 'speaker' | 'resident';

export interface MessageView {
  seq: number;
  id: string;
  author: { nickname: string; role: AuthorRole };
  text: string;
  at: string;
  /** Milliseconds since the session started, for replay beside the recording (null before the start). */
  offsetMs: number | null;
}

export interface HeldMessageView extends MessageView {
  authorId: string;
  reason: string | null;
}

export interface QuestionView {
  id: string;
  sessionId: string;
  author: { nickname: string };
  text: string;
  votes: number;
  answered: boolean;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  at: string;
  offsetMs: number | null;
}

export interface PollView {
  id: string;
  sessionId: string;
  question: string;
  multi: boolean;
  options: { id: string; text: string; votes: number }[];
  total: number;
  status: 'open' | 'closed';
}

export interface PollUpdate {
  pollId: string;
  sessionId: string;
  question: string;
  multi: boolean;
  options: { id: string; text: string }[];
  counts: Record<string, number>;
  total: number;
  status: 'open' | 'closed';
}

export interface HandView {
  handId: string;
  userId: string;
  nickname: string;
  note: string | null;
  raisedAt: string;
}

export interface HandQueue {
  sessionId: string;
  speaker: (HandView & { grantedAt: string; until: string }) | null;
  queue: HandView[];
}

export type StreamStatus = 'waiting' | 'live' | 'paused' | 'ended';

export interface RoomState {
  sessionId: string;
  title: string;
  status: StreamStatus;
  streamUrl: string | null;
  pinned: string | null;
  slowModeSeconds: number;
  agenda: { kind: string; title: string; minutes: number }[];
  currentSegment: number | null;
  access: {
    onlineAccess: 'signed_in' | 'registered';
    allowAnonymousViewing: boolean;
    moderation: 'post' | 'pre';
  };
  startedAt: string | null;
  likes: number;
}

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
