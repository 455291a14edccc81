import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  HeldMessageView,
  JoinResult,
  LiveClientEvent,
  LiveClientEvents,
  LiveClientToServer,
  LiveServerEvents,
  LiveServerToClient,
  MessageView,
  PollView,
  QuestionUpdate,
} from '@contracts';
import { auth } from '../api/auth';
import { locale } from '../i18n/core';

// The live protocol's types come from the event map in libs/contracts (docs/asyncapi.json).
export type { HandQueue, RoomState } from '@contracts';

/** A socket to `/live`, typed by the event map: listeners get the payloads the server sends. */
export type LiveSocket = Socket<LiveServerToClient, LiveClientToServer>;

/** A chat message; held ones (moderators only) carry their author and reason, and `status: 'held'` here. */
export type LiveMessage = MessageView &
  Partial<Pick<HeldMessageView, 'authorId' | 'reason'>> & {
    status?: 'published' | 'held';
  };
export type ChatBatch = LiveServerEvents['chat:batch'];
/** A question, with what this client remembers of it. */
export type LiveQuestion = QuestionUpdate & { upvotedByMe?: boolean };
export type LivePoll = PollView;
export type JoinAck = JoinResult;
export type { Ack };

export class LiveError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A socket to the /live namespace, authenticated with the access token or, read-only, with a nickname. */
export function connectLive(nickname?: string): LiveSocket {
  return io('/live', {
    path: '/socket.io',
    transports: ['websocket', 'polling'],
    // Read at every (re)connect, so the language of the server's messages follows the user's choice.
    auth: (cb) =>
      cb({
        ...(auth.accessToken ? { token: auth.accessToken } : { nickname: nickname || '游客' }),
        locale: locale.value,
      }),
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}

type AckOf<E extends LiveClientEvent> = LiveClientEvents[E]['ack'];

/** Emits with an ack and resolves the `{ ok: true }` payload or rejects with the server's error code. */
export function call<E extends LiveClientEvent>(
  socket: LiveSocket,
  event: E,
  payload: LiveClientEvents[E]['payload'],
  timeoutMs = 8000,
): Promise<{ ok: true } & AckOf<E>> {
  // socket.io's typed emit cannot follow a generic event name; the signature above is the typing.
  const timed = socket.timeout(timeoutMs) as unknown as {
    emit(event: string, payload: unknown, ack: (err: Error | null, res: Ack<AckOf<E>>) => void): void;
  };
  return new Promise((resolve, reject) => {
    timed.emit(event, payload, (err, res) => {
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
