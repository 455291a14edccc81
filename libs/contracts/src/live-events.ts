/**
 * The live room protocol (socket.io namespace `/live`): every event with its payload, and for the
 * client's events the ack. The gateway's emits and the web client's listeners are typed by these
 * maps; docs/asyncapi.json is generated from the same events (`npm run openapi`).
 */

/**
 * The longest chat message or question, in characters (code points, after trimming): longer ones are
 * refused with TEXT_TOO_LONG, so a client's input stops there.
 */
export const LIVE_TEXT_MAX = 300;

// ---------- shapes ----------
export type AuthorRole = 'moderator' | 'staff' | 'speaker' | 'resident';

export interface MessageView {
  /** Per-room sequence: ascending, with holes (held, hidden or dropped messages). */
  seq: number;
  id: string;
  author: { nickname: string; role: AuthorRole };
  text: string;
  at: string;
  /** Milliseconds since the session started, for replay beside the recording (null before the start). */
  offsetMs: number | null;
}

/** A message held for review (pre-moderation or a sensitive word), as moderators see it. */
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

/** A question as `question:update` carries it: moderators also learn it is held or hidden. */
export interface QuestionUpdate extends QuestionView {
  held?: true;
  hidden?: true;
}

/** A poll and its tally: the one shape of REST history, `poll:update` and the web client. */
export interface PollView {
  id: string;
  sessionId: string;
  question: string;
  multi: boolean;
  options: { id: string; text: string; votes: number }[];
  /** People who voted. */
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
    /** Guests may vote on statements (`statement:vote`, `statement:next`). */
    allowGuestVoting: boolean;
    moderation: 'post' | 'pre';
  };
  startedAt: string | null;
  likes: number;
}

export interface Presence {
  online: number;
  peak: number;
}

export interface JoinResult {
  room: RoomState;
  /** The room's latest seq when joining. */
  seq: number;
  /** Messages after `lastSeq` (at most 200; page the rest over REST when `hasMore`). */
  missed: MessageView[];
  hasMore: boolean;
  /** Without `lastSeq`: the latest messages, for context. */
  recent?: MessageView[];
  moderator: boolean;
  presence: Presence;
  /** Moderators only. */
  held?: HeldMessageView[];
  hands?: HandQueue;
}

export interface AckError {
  code: string;
  message: string;
  /** Seconds, on RATE_LIMITED. */
  retryAfter?: number;
  /** On MUTED: when the mute ends (ISO 8601), or null when it lasts for the rest of the meeting. */
  until?: string | null;
  /** On VALIDATION_FAILED: one line per problem of the payload. */
  details?: string[];
}

/** Consensus finder: a statement's figures; `groupAgree` is the agree rate (0–1) per opinion group. */
export interface ConsensusFigures {
  statementId: string;
  text: string;
  agree: number;
  disagree: number;
  pass: number;
  groupAgree: number[];
}

/** One anonymous participant on the opinion map. */
export interface OpinionPoint {
  x: number;
  y: number;
  group: number;
}

/**
 * The latest background analysis of a room's votes. Moderators get `points` (the opinion map); a
 * resident gets `me`, their own place on it (null until they voted enough).
 */
export interface ConsensusUpdate {
  sessionId: string;
  version: number;
  computedAt: string | null;
  participants: number;
  voters: number;
  groups: { id: number; size: number; representative: string[] }[];
  consensus: ConsensusFigures[];
  divisive: (ConsensusFigures & { spread: number })[];
  points?: OpinionPoint[];
  me?: OpinionPoint | null;
}

/** Every client event is answered through its ack: `{ ok: true, …result }` or `{ ok: false, error }`. */
export type Ack<T> = ({ ok: true } & T) | { ok: false; error: AckError };

// ---------- client → server ----------
export interface LiveClientEvents {
  'room:join': { payload: { sessionId: string; lastSeq?: number }; ack: JoinResult };
  'room:leave': { payload: { sessionId: string }; ack: { left: boolean } };
  'chat:send': {
    payload: { sessionId: string; clientMsgId: string; text: string };
    ack: { seq: number; status: 'published' | 'held'; id: string };
  };
  'question:ask': {
    payload: { sessionId: string; clientMsgId: string; text: string };
    ack: { questionId: string; status: string };
  };
  'question:upvote': { payload: { questionId: string }; ack: { votes: number } };
  'question:answer': { payload: { questionId: string; answer?: string }; ack: { question: QuestionView } };
  'hand:raise': { payload: { sessionId: string; note?: string }; ack: { handId: string; position: number } };
  'hand:lower': { payload: { sessionId: string }; ack: { lowered: boolean } };
  'hand:grant': { payload: { handId: string; seconds: number }; ack: { handId: string; until: string } };
  'hand:end': { payload: { handId: string }; ack: { ended: boolean } };
  'poll:open': {
    payload: { sessionId: string; question: string; options: string[]; multi?: boolean };
    ack: { pollId: string; options: { id: string; text: string }[] };
  };
  'poll:close': { payload: { pollId: string }; ack: { status: 'closed' } };
  'poll:vote': { payload: { pollId: string; optionIds: string[] }; ack: { voted: true } };
  'reaction:like': { payload: { sessionId: string; count?: number }; ack: { counted: number } };
  /** A message (`{ hidden }`) or a question (`{ status }`). */
  'mod:hide': {
    payload: { messageId?: string; questionId?: string };
    ack: { hidden: true } | { seq: number } | { status: string };
  };
  /** A held message is published (`{ seq }`) or a question shown (`{ status }`). */
  'mod:approve': {
    payload: { messageId?: string; questionId?: string };
    ack: { hidden: true } | { seq: number } | { status: string };
  };
  'mod:mute': {
    payload: { sessionId: string; userId: string; minutes: number };
    ack: { until: string | null };
  };
  'mod:ban': {
    payload: { sessionId: string; userId: string; minutes?: number };
    ack: { until: string | null };
  };
  'mod:pin': { payload: { sessionId: string; text: string }; ack: RoomState };
  'mod:slowmode': { payload: { sessionId: string; seconds: number }; ack: RoomState };
  'mod:segment': { payload: { sessionId: string; index?: number }; ack: RoomState };
  'room:status': { payload: { sessionId: string; status: 'live' | 'paused' | 'ended' }; ack: RoomState };
  'suggestion:promote': {
    payload: { sessionId: string; messageId?: string; questionId?: string; departmentIds?: string[] };
    ack: { suggestionId: string };
  };
  'auth:refresh': { payload: { token: string }; ack: { expiresAt: string } };
  /** Consensus finder: agree / disagree / pass on a statement; again changes the vote. */
  'statement:vote': {
    payload: { statementId: string; vote: 'agree' | 'disagree' | 'pass' };
    ack: { statementId: string; vote: 'agree' | 'disagree' | 'pass' };
  };
  /** The next statement for me (each offered once; few votes and divisive ones first); null when none is left. */
  'statement:next': {
    payload: { sessionId: string };
    ack: { statement: { id: string; text: string } | null };
  };
}
export type LiveClientEvent = keyof LiveClientEvents;

// ---------- server → client ----------
export interface LiveServerEvents {
  /** One per room per tick (100 ms): the messages in seq order; `dropped` counts those a big room skipped. */
  'chat:batch': { sessionId: string; messages: MessageView[]; dropped?: number };
  'mod:removed': { sessionId: string; messageId: string };
  /** Moderators: messages held for review. */
  'mod:held': { sessionId: string; messages: HeldMessageView[] };
  'question:update': QuestionUpdate;
  'poll:update': PollView;
  'hand:queue': HandQueue;
  'room:state': RoomState;
  presence: { sessionId: string } & Presence;
  reactions: { sessionId: string; likes: number };
  /** After each background recomputation of the opinion groups (every few seconds while votes arrive). */
  'consensus:update': ConsensusUpdate;
  /**
   * Right after a `consensus:update`, to each resident the analysis placed: their own point in that
   * version (the shared update is encoded once for the whole room; this is the only per-person part).
   */
  'consensus:me': { sessionId: string; version: number; me: OpinionPoint };
  /** To one person (mute, ban, floor) or one socket (error, disconnect). */
  notice: {
    sessionId?: string;
    kind: 'mute' | 'ban' | 'floor' | 'error' | 'disconnect';
    text: string;
    until?: string | null;
    code?: string;
  };
  /** The access token ran out: refresh it and reconnect (or send `auth:refresh` before expiry). */
  'auth:expired': { code: 'TOKEN_EXPIRED'; message: string };
  /** The login was revoked or the account disabled: the socket is closed. */
  'auth:revoked': { code: 'SESSION_REVOKED'; message: string };
}
export type LiveServerEvent = keyof LiveServerEvents;

/** socket.io's typed-events form of the maps (server: `Namespace<ClientToServer, ServerToClient>`). */
export type LiveServerToClient = { [E in LiveServerEvent]: (payload: LiveServerEvents[E]) => void };
export type LiveClientToServer = {
  [E in LiveClientEvent]: (
    payload: LiveClientEvents[E]['payload'],
    ack: (res: Ack<LiveClientEvents[E]['ack']>) => void,
  ) => void;
};
