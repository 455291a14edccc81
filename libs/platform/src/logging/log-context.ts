import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving one request, job or socket event says about it. */
export interface LogContext {
  requestId?: string;
  userId?: string;
  /** A scheduling job or a cron task. */
  job?: string;
  /** A socket.io event: the socket and the event name. */
  socket?: string;
  event?: string;
  /**
   * The client's address, for the audit trail of what a request does (never written to log lines).
   * A function: the address behind a trusted proxy costs a parse, paid only when something is audited.
   */
  clientIp?: () => string | null;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with its own log context; everything it awaits or schedules sees the same context. */
export function runWithLogContext<T>(ctx: LogContext, fn: () => T): T {
  return storage.run({ ...ctx }, fn);
}

/** Adds to the current context (e.g. the user once the token is checked); a no-op outside one. */
export function setLogContext(patch: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, patch);
}

export function logContext(): LogContext | undefined {
  return storage.getStore();
}
