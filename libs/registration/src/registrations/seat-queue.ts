/**
 * Per-session queue of registrations, taken in batches: the first request of a session goes at once;
 * those that arrive while its batch is in the database wait and go together in the next batch, in the
 * order they arrived. Sessions run independently. This orders requests of one process only; across
 * replicas the session's seat lock (taken once per batch) serialises the batches.
 */
export class SeatQueue<I, O> {
  private readonly queues = new Map<string, Waiting<I, O>[]>();

  constructor(
    /** Settles every item of one batch (never throws for a single item). */
    private readonly handle: (key: string, items: I[]) => Promise<PromiseSettledResult<O>[]>,
    private readonly maxBatch: number,
  ) {}

  run(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  /** Requests waiting (not yet in the database) across all sessions. */
  get waiting(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key)!;
    while (queue.length) {
      const batch = queue.splice(0, this.maxBatch);
      let settled: PromiseSettledResult<O>[];
      try {
        settled = await this.handle(
          key,
          batch.map((w) => w.item),
        );
      } catch (e) {
        settled = batch.map(() => ({ status: 'rejected', reason: e }));
      }
      batch.forEach((w, i) => {
        const s = settled[i];
        if (s.status === 'fulfilled') w.resolve(s.value);
        else w.reject(s.reason);
      });
    }
    this.queues.delete(key);
  }
}

interface Waiting<I, O> {
  item: I;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}
