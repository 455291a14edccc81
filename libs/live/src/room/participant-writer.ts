import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { participantId, RoomsRepository } from './rooms.repository';

interface Pending {
  sessionId: string;
  key: string;
  userId: string | null;
  resolve: (first: boolean) => void;
  reject: (e: unknown) => void;
}

/**
 * Attendance rows for joins, written in batches: when a stream starts, thousands join within
 * seconds and one INSERT per join was a database round trip each. Joins wait for their batch
 * (≤ `flushMs`), so a join's answer still comes after its row is committed.
 */
@Injectable()
export class ParticipantWriter implements OnModuleDestroy {
  flushMs = 100;
  maxBatch = 500;
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('live');

  constructor(private readonly rooms: RoomsRepository) {}

  /** Resolves true when this is the person's first join of the room (the row was new). */
  add(sessionId: string, key: string, userId: string | null): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.queue.push({ sessionId, key, userId, resolve, reject });
      if (this.queue.length >= this.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
    });
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return;
    // The same person twice in one batch: only the first of them is a first join.
    const unique = new Map<string, Pending>();
    for (const p of batch) {
      const id = participantId(p.sessionId, p.key);
      if (!unique.has(id)) unique.set(id, p);
    }
    try {
      const fresh = await this.rooms.addParticipants([...unique.values()]);
      for (const p of batch) {
        const id = participantId(p.sessionId, p.key);
        p.resolve(unique.get(id) === p && fresh.has(id));
      }
    } catch (e) {
      // One bad row (e.g. a user erased meanwhile) must not fail the whole batch: each alone.
      this.logger.warn({ msg: 'participant batch failed, writing one by one', error: (e as Error).message });
      for (const p of batch) {
        const first = unique.get(participantId(p.sessionId, p.key)) === p;
        if (!first) p.resolve(false);
        else this.rooms.addParticipant(p.sessionId, p.key, p.userId).then(p.resolve, p.reject);
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
  }
}
