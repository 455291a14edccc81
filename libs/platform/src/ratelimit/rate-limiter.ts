import { Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '../errors/domain-error';
import { RedisConnection } from '../redis/redis';

export interface RateRule {
  /** How many hits are allowed within the window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters. With REDIS_URL the counters live in Redis so every replica sees the same
 * numbers; without it the app is one process and memory is the shared place.
 */
@Injectable()
export class RateLimiter {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly redis: RedisConnection) {}

  /** Counts a hit and returns the seconds to wait when over the limit, or 0. */
  async hit(key: string, rule: RateRule): Promise<number> {
    const client = this.redis.client;
    if (client) {
      const k = `xs:rl:${key}`;
      const results = await client.multi().incr(k).ttl(k).exec();
      const count = Number(results?.[0]?.[1] ?? 0);
      let ttl = Number(results?.[1]?.[1] ?? -1);
      if (ttl < 0) {
        await client.expire(k, rule.windowSeconds);
        ttl = rule.windowSeconds;
      }
      return count > rule.limit ? Math.max(ttl, 1) : 0;
    }
    const now = Date.now();
    let entry = this.memory.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + rule.windowSeconds * 1000 };
      this.memory.set(key, entry);
      if (this.memory.size > 50_000) this.sweep(now);
    }
    entry.count++;
    return entry.count > rule.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  async enforce(
    key: string,
    rule: RateRule,
    code = 'RATE_LIMITED',
    message = '请求过于频繁，请稍后再试',
  ): Promise<void> {
    const wait = await this.hit(key, rule);
    if (wait > 0) throw new TooManyRequestsError(code, message, wait);
  }

  async reset(key: string): Promise<void> {
    this.memory.delete(key);
    await this.redis.client?.del(`xs:rl:${key}`);
  }

  private sweep(now: number): void {
    for (const [k, v] of this.memory) if (v.resetAt <= now) this.memory.delete(k);
  }
}
