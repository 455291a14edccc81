import { ref, watch, type Ref, type ShallowRef } from 'vue';
import type { ConsensusUpdate } from '@contracts';
import { client, ok, type Schemas } from '../api/client';
import { call, type LiveSocket } from '../live/live';

export type ConsensusView = Schemas['ConsensusView'];
export type StatementView = Schemas['ConsensusStatementView'];
export type Vote = 'agree' | 'disagree' | 'pass';

/**
 * A room's consensus finder beside its live socket: the statements, the latest analysis (loaded over
 * REST, then replaced by each `consensus:update` the server pushes) and the next statement for me.
 */
export function useConsensus(
  sessionId: string,
  socket: ShallowRef<LiveSocket | null>,
  connection: Ref<string>,
) {
  const view = ref<ConsensusView | ConsensusUpdate | null>(null);
  const statements = ref<StatementView[]>([]);
  /** undefined: not asked yet; null: nothing left to vote on. */
  const next = ref<{ id: string; text: string } | null | undefined>(undefined);

  async function loadView(): Promise<void> {
    const v = await ok(client.GET('/sessions/{id}/consensus', { params: { path: { id: sessionId } } }));
    if (!view.value || v.version >= view.value.version) view.value = v;
  }
  async function loadStatements(): Promise<void> {
    const r = await ok(client.GET('/sessions/{id}/statements', { params: { path: { id: sessionId } } }));
    statements.value = r.items;
  }

  function need(): LiveSocket {
    if (!socket.value) throw new Error('not connected');
    return socket.value;
  }
  async function askNext(): Promise<void> {
    const statement = (await call(need(), 'statement:next', { sessionId })).statement;
    // Nothing left to vote on: the current list tells "all answered" from "none yet" (it is not pushed).
    if (statement === null) await loadStatements().catch(() => undefined);
    next.value = statement;
  }
  /** Votes over the socket (acked), then offers the next statement. */
  async function vote(statementId: string, v: Vote): Promise<void> {
    await call(need(), 'statement:vote', { statementId, vote: v });
    statements.value = statements.value.map((s) => (s.id === statementId ? { ...s, myVote: v } : s));
    await askNext();
  }
  async function create(text: string): Promise<'published' | 'held'> {
    const r = await ok(
      client.POST('/sessions/{id}/statements', { params: { path: { id: sessionId } }, body: { text } }),
    );
    await loadStatements();
    return r.status === 'held' ? 'held' : 'published';
  }

  // Each new socket (reconnects make a new one) gets the listener; older analyses never replace newer.
  watch(
    socket,
    (s) => {
      s?.on('consensus:update', (u) => {
        if (u.sessionId !== sessionId) return;
        // Until this version's own point follows (consensus:me), the person keeps the one they had.
        if (!view.value || u.version >= view.value.version)
          view.value = { ...u, me: u.me ?? view.value?.me ?? null };
      });
      s?.on('consensus:me', (m) => {
        if (m.sessionId !== sessionId || !view.value || m.version < view.value.version) return;
        view.value = { ...view.value, me: m.me };
      });
    },
    { immediate: true },
  );
  watch(connection, (c) => {
    if (c === 'connected' && next.value === undefined) void askNext().catch(() => undefined);
  });

  // Nothing was left to vote on: a new analysis may follow new statements, so ask again.
  watch(
    () => view.value?.version,
    () => {
      if (next.value === null && connection.value === 'connected') void askNext().catch(() => undefined);
    },
  );

  const textOf = (id: string) => statements.value.find((s) => s.id === id)?.text ?? '';

  return { view, statements, next, loadView, loadStatements, askNext, vote, create, textOf };
}

/** Agree rate as a whole percentage. */
export const pct = (rate: number) => `${Math.round(rate * 100)}%`;
