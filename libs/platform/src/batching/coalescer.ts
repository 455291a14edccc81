/**
 * Reads of one kind asked for at the same time go to the database together: the first goes at once;
 * those asked for while it is in the database wait and go together in the next one (at most `max`
 * keys each). Each caller's read starts after it asked, so it sees every write committed before then,
 * as its own query would: nothing is kept between reads, so nothing needs invalidating. A rush of
 * requests then costs one round trip per batch instead of one each.
 */
export class Coalescer<K, V> {
  private waiting: { key: K; resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[] = [];
  private busy = false;

  constructor(
    /** The values of the keys found (a key left out is not found). */
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly max = 500,
  ) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (!this.busy) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting.length) {
        const batch = this.waiting.splice(0, this.max);
        try {
          const found = await this.loadMany([...new Set(batch.map((w) => w.key))]);
          for (const w of batch) w.resolve(found.get(w.key));
        } catch (e) {
          for (const w of batch) w.reject(e);
        }
      }
    } finally {
      this.busy = false;
    }
  }
}
