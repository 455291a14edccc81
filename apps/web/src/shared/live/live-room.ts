import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { auth } from '../api/auth';
import { client, ok, okAs, type Page } from '../api/client';
import {
  call,
  clientMsgId,
  connectLive,
  type ChatBatch,
  type HandQueue,
  type LiveMessage,
  type LivePoll,
  type LiveQuestion,
  type LiveSocket,
  type RoomState,
} from './live';
import type { LiveClientEvent, LiveClientEvents, LiveServerEvents } from '@contracts';
import { formatDateTime, formatTime } from '../format';
import { sharedT } from '../i18n';

const { t } = sharedT;

/** A notice in the user's language (the server's `text` is Simplified Chinese; its kind and `until` say it all). */
export function noticeText(n: LiveServerEvents['notice']): string {
  const time = (iso: string) =>
    new Date(iso).getTime() - Date.now() < 12 * 3600_000 ? formatTime(iso) : formatDateTime(iso);
  switch (n.kind) {
    case 'mute':
      return n.until ? t('live.noticeMutedUntil', { time: time(n.until) }) : t('live.noticeMuted');
    case 'ban':
      return t('live.noticeBanned');
    case 'floor':
      return t('live.noticeFloor');
    case 'disconnect':
      return t('live.noticeDisconnected');
    default:
      return n.text;
  }
}

export type Connection = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

const MAX_KEPT = 500;

/**
 * One live room: the socket, the chat ordered by seq (deduplicated, gaps filled over REST),
 * rejoining with lastSeq after a reconnect, questions, polls, hands, presence and likes.
 */
export function useLiveRoom(sessionId: string) {
  const socket = shallowRef<LiveSocket | null>(null);
  const connection = ref<Connection>('idle');
  const failure = ref<string | null>(null);
  const moderator = ref(false);
  const messages = ref<LiveMessage[]>([]);
  const held = ref<LiveMessage[]>([]);
  const questions = ref<LiveQuestion[]>([]);
  const polls = ref<LivePoll[]>([]);
  const hands = ref<HandQueue | null>(null);
  const notices = ref<string[]>([]);
  const room = reactive<{
    title: string | null;
    status: RoomState['status'] | null;
    pinned: string | null;
    slowModeSeconds: number;
    streamUrl: string | null;
    agenda: { kind: string; title: string; minutes: number }[];
    currentSegment: number | null;
    /** Guests may vote on the consensus finder's statements here. */
    guestVoting: boolean;
  }>({
    title: null,
    status: null,
    pinned: null,
    slowModeSeconds: 0,
    streamUrl: null,
    agenda: [],
    currentSegment: null,
    guestVoting: false,
  });
  const presence = reactive({ online: 0, peak: 0 });
  const likes = ref(0);
  const myHand = ref<'none' | 'raised' | 'granted'>('none');
  let lastSeq = 0;
  let expired = false;
  const seen = new Set<string>();

  const lastSeqRef = computed(() =>
    messages.value.length ? messages.value[messages.value.length - 1].seq : 0,
  );

  function merge(batch: LiveMessage[] | undefined): void {
    let changed = false;
    for (const m of batch ?? []) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      messages.value.push(m);
      changed = true;
    }
    if (!changed) return;
    messages.value.sort((a, b) => a.seq - b.seq);
    if (messages.value.length > MAX_KEPT) messages.value.splice(0, messages.value.length - MAX_KEPT);
    const ids = new Set(messages.value.map((m) => m.id));
    held.value = held.value.filter((h) => !ids.has(h.id));
    lastSeq = Math.max(lastSeq, messages.value[messages.value.length - 1]?.seq ?? 0);
  }

  function addHeld(list: LiveMessage[] | undefined): void {
    const known = new Set(held.value.map((h) => h.id));
    const fresh = (list ?? []).filter((m) => !known.has(m.id) && !seen.has(m.id));
    if (fresh.length) held.value = [...held.value, ...fresh.map((m) => ({ ...m, status: 'held' as const }))];
  }

  /** Pages through REST history after `after` until nothing more is missing. */
  async function fillFrom(after: number): Promise<void> {
    let cursor = after;
    for (let i = 0; i < 20; i++) {
      const page = await okAs<{ items: LiveMessage[]; hasMore: boolean }>(
        client.GET('/sessions/{id}/messages', {
          params: { path: { id: sessionId }, query: { after: cursor, limit: 100 } },
        }),
      ).catch(() => null);
      if (!page?.items?.length) return;
      merge(page.items);
      cursor = page.items[page.items.length - 1].seq;
      if (!page.hasMore) return;
    }
  }

  async function loadSide(): Promise<void> {
    const [qs, ps] = await Promise.all([
      okAs<Page<LiveQuestion> | LiveQuestion[]>(
        client.GET('/sessions/{id}/questions', { params: { path: { id: sessionId } } }),
      ).catch(() => null),
      okAs<Page<LivePoll> | LivePoll[]>(
        client.GET('/sessions/{id}/polls', { params: { path: { id: sessionId } } }),
      ).catch(() => null),
    ]);
    if (qs) questions.value = sortQuestions(Array.isArray(qs) ? qs : (qs.items ?? []));
    if (ps) polls.value = Array.isArray(ps) ? ps : (ps.items ?? []);
  }

  function applyRoomState(s: Partial<RoomState> | undefined): void {
    if (!s) return;
    if (s.title) room.title = s.title;
    if (s.status) room.status = s.status;
    if ('pinned' in s) room.pinned = s.pinned ?? null;
    if (typeof s.slowModeSeconds === 'number') room.slowModeSeconds = s.slowModeSeconds;
    if ('streamUrl' in s) room.streamUrl = s.streamUrl ?? null;
    if (s.agenda) room.agenda = s.agenda;
    if ('currentSegment' in s) room.currentSegment = s.currentSegment ?? null;
    if (s.access) room.guestVoting = s.access.allowGuestVoting;
    if (typeof s.likes === 'number') likes.value = s.likes;
  }

  function applyHands(q: HandQueue | undefined): void {
    if (!q) return;
    hands.value = q;
    if (auth.user && q.speaker?.userId === auth.user.id) myHand.value = 'granted';
    else if (auth.user && q.queue.some((h) => h.userId === auth.user?.id)) myHand.value = 'raised';
    else if (myHand.value === 'granted') myHand.value = 'none';
  }

  async function join(): Promise<void> {
    const s = socket.value;
    if (!s) return;
    try {
      const ack = await call(s, 'room:join', { sessionId, ...(lastSeq ? { lastSeq } : {}) });
      connection.value = 'connected';
      failure.value = null;
      moderator.value = !!ack.moderator;
      applyRoomState(ack.room);
      if (ack.presence) {
        presence.online = ack.presence.online;
        presence.peak = Math.max(ack.presence.peak, ack.presence.online);
      }
      merge(ack.recent);
      merge(ack.missed);
      addHeld(ack.held);
      applyHands(ack.hands);
      if (ack.hasMore) await fillFrom(lastSeq);
      await loadSide();
    } catch (e) {
      connection.value = 'failed';
      failure.value = (e as Error).message || 'JOIN_FAILED';
    }
  }

  /** After an expired token: refresh over REST (the client retries on 401 TOKEN_EXPIRED), then reconnect. */
  async function renewAndReconnect(s: LiveSocket): Promise<void> {
    try {
      await ok(client.GET('/me'));
      if (socket.value === s && auth.accessToken) s.connect();
    } catch {
      connection.value = 'failed';
    }
  }

  function connect(nickname?: string): void {
    disconnect();
    connection.value = 'connecting';
    failure.value = null;
    const s = connectLive(nickname);
    socket.value = s;
    s.on('connect', () => void join());
    s.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      connection.value = 'reconnecting';
      // The server closes sockets whose token expired; socket.io does not retry those by itself.
      if (reason === 'io server disconnect' && expired) {
        expired = false;
        void renewAndReconnect(s);
      }
    });
    s.on('auth:expired', () => (expired = true));
    s.on('connect_error', (e) => {
      const err = e as Error & { data?: { code?: string; message?: string } };
      const code = err.data?.code ?? err.message;
      if (/TOKEN_EXPIRED/.test(code) && auth.refreshToken) {
        void renewAndReconnect(s);
        return;
      }
      if (!s.active) {
        connection.value = 'failed';
        failure.value = err.data?.message ?? code;
      } else connection.value = 'reconnecting';
    });
    s.on('chat:batch', (b: ChatBatch) => {
      if (b.sessionId && b.sessionId !== sessionId) return;
      const first = b.messages[0];
      const gap = (b.dropped ?? 0) > 0 || (!!first && lastSeq > 0 && first.seq > lastSeq + 1);
      const from = lastSeq;
      merge(b.messages);
      if (gap) void fillFrom(from);
    });
    s.on('mod:held', (p) => {
      if (p.sessionId === sessionId) addHeld(p.messages);
    });
    s.on('mod:removed', (p) => {
      messages.value = messages.value.filter((m) => m.id !== p.messageId);
      held.value = held.value.filter((m) => m.id !== p.messageId);
    });
    s.on('presence', (p) => {
      if (p.sessionId && p.sessionId !== sessionId) return;
      presence.online = p.online;
      presence.peak = Math.max(p.peak ?? 0, p.online);
    });
    s.on('reactions', (p) => (likes.value = p.likes));
    s.on('room:state', (p) => applyRoomState(p));
    s.on('notice', (p) => {
      if (p?.text) notices.value = [noticeText(p), ...notices.value].slice(0, 5);
    });
    s.on('question:update', (q) => {
      const old = questions.value.find((x) => x.id === q.id);
      const rest = questions.value.filter((x) => x.id !== q.id);
      questions.value = sortQuestions(q.hidden ? rest : [...rest, { ...old, ...q }]);
    });
    // The poll as REST has it, tally included: it replaces the one we hold.
    s.on('poll:update', (p) => {
      polls.value = polls.value.some((x) => x.id === p.id)
        ? polls.value.map((x) => (x.id === p.id ? p : x))
        : [p, ...polls.value];
    });
    s.on('hand:queue', (q) => applyHands(q));
  }

  // A token refreshed over REST extends the socket's login too.
  watch(
    () => auth.accessToken,
    (token) => {
      const s = socket.value;
      if (token && s?.connected) void call(s, 'auth:refresh', { token }).catch(() => undefined);
    },
  );

  function disconnect(): void {
    socket.value?.removeAllListeners();
    socket.value?.disconnect();
    socket.value = null;
    connection.value = 'idle';
  }

  function need(): LiveSocket {
    if (!socket.value) throw new Error('not connected');
    return socket.value;
  }

  async function send(text: string): Promise<'published' | 'held'> {
    const ack = await call(need(), 'chat:send', {
      sessionId,
      clientMsgId: clientMsgId(),
      text,
    });
    return ack.status;
  }
  const ask = (text: string) => call(need(), 'question:ask', { sessionId, clientMsgId: clientMsgId(), text });
  async function upvote(questionId: string): Promise<void> {
    await call(need(), 'question:upvote', { questionId });
    questions.value = questions.value.map((q) => (q.id === questionId ? { ...q, upvotedByMe: true } : q));
  }
  async function raiseHand(note?: string): Promise<void> {
    await call(need(), 'hand:raise', { sessionId, ...(note ? { note } : {}) });
    myHand.value = 'raised';
  }
  async function lowerHand(): Promise<void> {
    await call(need(), 'hand:lower', { sessionId });
    myHand.value = 'none';
  }
  const vote = (pollId: string, optionIds: string[]) => call(need(), 'poll:vote', { pollId, optionIds });
  async function like(): Promise<void> {
    await call(need(), 'reaction:like', { sessionId, count: 1 });
  }
  const mod = <E extends LiveClientEvent>(event: E, payload: LiveClientEvents[E]['payload']) =>
    call(need(), event, payload);

  return {
    socket,
    connection,
    failure,
    moderator,
    messages,
    held,
    questions,
    polls,
    hands,
    notices,
    room,
    presence,
    likes,
    myHand,
    lastSeq: lastSeqRef,
    connect,
    disconnect,
    send,
    ask,
    upvote,
    raiseHand,
    lowerHand,
    vote,
    like,
    mod,
    loadSide,
    fillFrom,
  };
}

function sortQuestions(qs: LiveQuestion[]): LiveQuestion[] {
  return [...qs].sort(
    (a, b) => Number(!!a.answered) - Number(!!b.answered) || (b.votes ?? 0) - (a.votes ?? 0),
  );
}
