import { Injectable, Logger } from '@nestjs/common';

export interface DomainEvent {
  type: string;
}

type Handler = (event: DomainEvent) => Promise<void> | void;

/**
 * In-process event bus for side effects (notifications, broadcasts, statistics). Publish only after
 * the transaction that made the change has committed, so nothing announces rolled-back data.
 * Handlers run after the publisher returns; a failing handler is logged and never breaks the caller.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<string, Handler[]>();
  private readonly logger = new Logger('events');
  private pending = new Set<Promise<void>>();

  on<E extends DomainEvent>(type: E['type'], handler: (event: E) => Promise<void> | void): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler);
    this.handlers.set(type, list);
  }

  publish(event: DomainEvent): void {
    for (const handler of this.handlers.get(event.type) ?? []) {
      const p = Promise.resolve()
        .then(() => handler(event))
        .catch((e: Error) =>
          this.logger.error({ msg: 'event handler failed', type: event.type, error: e.message }),
        )
        .finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  /** Waits for handlers already started (used at shutdown and in tests). */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
