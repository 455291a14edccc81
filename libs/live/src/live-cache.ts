import { Injectable } from '@nestjs/common';

/**
 * Short-lived per-node cache of what every chat message would otherwise ask the database for (room
 * settings, sanctions, the current speaker). Writers drop the key here and on the other nodes
 * (`live:invalidate`), so a mute or a slow-mode change applies at once; the TTL bounds staleness
 * should an invalidation be lost with a dying node.
 */
@Injectable()
export class LiveCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  get<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>;
    if (this.entries.size > 50_000) this.entries.clear();
    const value = load();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  drop(key: string): void {
    this.entries.delete(key);
  }
}
