import { io, type Socket } from 'socket.io-client';
import { auth } from '../api/auth';

export interface LiveMessage {
  seq: number;
  id: string;
  author: { nickname: string; role: 'moderator' | 'staff' | 'speaker' | 'resident' | string };
  text: string;
  at: string;
  /** Only on held messages, which only moderators receive. */
  authorId?: string;
  reason?: string | null;
  status?: 'published' | 'held';
}
export interface ChatBatch {
  sessionId: string;
  messages: LiveMessage[];
  dropped?: number;
}
export interface LiveQuestion {
  id: string;
  text: string;
  votes: number;
  author?: { nickname: string };
  answered?: boolean;
  answer?: string | null;
  upvotedByMe?: boolean;
  held?: boolean;
  hidden?: boolean;
}
export interface LivePoll {
  id: string;
  pollId?: string;
  question: string;
  options: { id: string; text: string; votes?: number }[];
  counts?: Record<string, number> | number[];
  total?: number;
  status: 'open' | 'closed';
  multi?: boolean;
}
export interface HandEntry {
  handId: string;
  userId: string;
  nickname: string;
  note: string | null;
  raisedAt: string;
}
export interface HandQueue {
  sessionId: string;
  speaker: (HandEntry & { grantedAt: string; until: string }) | null;
  queue: HandEntry[];
}
export interface RoomState {
  sessionId: string;
  title: string;
  status: 'waiting' | 'live' | 'paused' | 'ended';
  streamUrl: string | null;
  pinned: string | null;
  slowModeSeconds: number;
  likes: number;
  agenda?: { kind: string; title: string; minutes: number }[];
  currentSegment?: number | null;
}
export interface JoinAck {
  room: RoomState;
  seq: number;
  missed: LiveMessage[];
  hasMore: boolean;
  /** Without lastSeq: the latest messages, for context. */
  recent?: LiveMessage[];
  moderator: boolean;
  presence: { online: number; peak: number };
  held?: LiveMessage[];
  hands?: HandQueue;
}

export type Ack<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };

export class LiveError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A socket to the /live namespace, authenticated with the access token or, read-only, with a nickname. */
export function connectLive(nickname?: string): Socket {
  return io('/live', {
    path: '/socket.io',
    transports: ['websocket', 'polling'],
    auth: (cb) => cb(auth.accessToken ? { token: auth.accessToken } : { nickname: nickname || '游客' }),
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}

/** Emits with an ack and resolves the `{ ok: true }` payload or rejects with the server's error code. */
export function call<T>(socket: Socket, event: string, payload: unknown, timeoutMs = 8000): Promise<T> {
  return new Promise((resolve, reject) => {
    socket.timeout(timeoutMs).emit(event, payload, (err: Error | null, res: Ack<T>) => {
      if (err) return reject(new LiveError('TIMEOUT', err.message));
      if (!res || typeof res !== 'object') return reject(new LiveError('BAD_ACK', 'bad ack'));
      if (res.ok) return resolve(res);
      reject(new LiveError(res.error?.code ?? 'ERROR', res.error?.message ?? ''));
    });
  });
}

export function clientMsgId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
