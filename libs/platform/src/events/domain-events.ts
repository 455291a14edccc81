import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnyDomainEvent, DomainEventMap, DomainEventType } from '@xs/contracts';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

export type DomainEvent = AnyDomainEvent;

type Handler = (event: DomainEvent) => Promise<void> | void;

/** Events (or after-commit tasks) waiting on a transaction, with the savepoint depth they were held at. */
interface Pending {
  depth: number;
  event?: DomainEvent;
  task?: () => Promise<unknown>;
}
const PENDING = 'xsPendingEvents';

/**
 * In-process event bus for side effects (notifications, broadcasts, statistics), typed by
 * `DomainEventMap`. Inside a transaction, `publish(m, event)` holds the event until that transaction
 * commits and drops it when it rolls back, so nothing announces data that was rolled back, whichever
 * context opened the transaction. Handlers run after the publisher returns; a failing handler is logged
 * and never breaks the caller.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<string, Handler[]>();
  private readonly logger = new Logger('events');
  private pending = new Set<Promise<void>>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this.transactionWatcher());
  }

  on<T extends DomainEventType>(type: T, handler: (event: DomainEventMap[T]) => Promise<void> | void): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler);
    this.handlers.set(type, list);
  }

  /**
   * With the transaction's EntityManager: delivered after it commits (nothing on rollback).
   * Without one: delivered now, for changes already committed.
   */
  publish(m: EntityManager, event: DomainEvent): void;
  publish(event: DomainEvent): void;
  publish(a: EntityManager | DomainEvent, b?: DomainEvent): void {
    if (!b) return this.deliver(a as DomainEvent);
    if (!this.hold(a as EntityManager, { event: b })) this.deliver(b);
  }

  /**
   * Runs `task` once the transaction of `m` has committed (never if it rolls back): for effects a port
   * cannot put in the caller's transaction, such as notices and the audit chain. Failures are logged.
   */
  afterCommit(m: EntityManager, task: () => Promise<unknown>): void {
    if (!this.hold(m, { task })) this.run('after-commit task', task);
  }

  private hold(m: EntityManager, item: Omit<Pending, 'depth'>): boolean {
    const runner = m.queryRunner;
    if (!runner?.isTransactionActive) return false;
    const list = ((runner.data as Record<string, Pending[]>)[PENDING] ??= []);
    list.push({ depth: (runner as QueryRunner & { transactionDepth: number }).transactionDepth, ...item });
    return true;
  }

  /** Waits for handlers already started (used at shutdown and in tests). */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private deliver(event: DomainEvent): void {
    for (const handler of this.handlers.get(event.type) ?? []) this.run(event.type, () => handler(event));
  }

  private run(type: string, fn: () => unknown): void {
    const p = Promise.resolve()
      .then(fn)
      .then(
        () => undefined,
        (e: Error) => this.logger.error({ msg: 'event handler failed', type, error: e.message }),
      )
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Releases held events when the outermost transaction commits; a rolled-back savepoint drops its own. */
  private transactionWatcher(): EntitySubscriberInterface {
    const held = (r: QueryRunner) => (r.data as Record<string, Pending[] | undefined>)[PENDING];
    const depth = (r: QueryRunner) => (r as QueryRunner & { transactionDepth: number }).transactionDepth;
    return {
      afterTransactionCommit: (e: TransactionCommitEvent) => {
        const list = held(e.queryRunner);
        if (!list || e.queryRunner.isTransactionActive) return;
        (e.queryRunner.data as Record<string, unknown>)[PENDING] = undefined;
        for (const { event, task } of list) {
          if (event) this.deliver(event);
          if (task) this.run('after-commit task', task);
        }
      },
      afterTransactionRollback: (e: TransactionRollbackEvent) => {
        const list = held(e.queryRunner);
        if (!list) return;
        const keep = e.queryRunner.isTransactionActive
          ? list.filter((p) => p.depth <= depth(e.queryRunner))
          : [];
        (e.queryRunner.data as Record<string, unknown>)[PENDING] = keep.length ? keep : undefined;
      },
    };
  }
}
