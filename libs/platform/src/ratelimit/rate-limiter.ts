import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { RedisConnection } from '../redis/redis';
import { DomainError } from '../errors/domain-error';
import { Errors } from '../errors/error-catalogue';

export interface RateRule {
  /** How many hits are allowed within the window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Rate limits through rate-limiter-flexible. With REDIS_URL the counters live in Redis so every
 * replica sees the same numbers (an in-memory limiter per replica stands in while Redis is unreachable, so
 * the limits still hold, per replica); without
 * it the app is one process and memory is the shared place.
 */
@Injectable()
export class RateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly prefix: string;

  constructor(
    private readonly redis: RedisConnection,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = config.rateRedisPrefix;
  }

  /** One limiter per rule: rate-limiter-flexible fixes points and duration per instance. */
  private limiter(rule: RateRule): RateLimiterAbstract {
    const name = `${rule.limit}:${rule.windowSeconds}`;
    let l = this.limiters.get(name);
    if (!l) {
      const opts = { points: rule.limit, duration: rule.windowSeconds, keyPrefix: `${this.prefix}:${name}` };
      const client = this.redis.client;
      l = client
        ? new RateLimiterRedis({
            ...opts,
            storeClient: client,
            // While Redis is away this replica counts alone, at once (not after reconnect attempts).
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory(opts),
          })
        : new RateLimiterMemory(opts);
      this.limiters.set(name, l);
    }
    return l;
  }

  /** Counts a hit and returns the seconds to wait when over the limit, or 0. */
  async hit(key: string, rule: RateRule): Promise<number> {
    try {
      await this.limiter(rule).consume(key);
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }

  async enforce(
    key: string,
    rule: RateRule,
    refuse: (retryAfterSeconds: number) => DomainError = (wait) => Errors.tooMany('RATE_LIMITED', wait),
  ): Promise<void> {
    const wait = await this.hit(key, rule);
    if (wait > 0) throw refuse(wait);
  }

  /** Adds one to a counter kept for `windowSeconds` (never refuses); returns the new count. */
  async count(key: string, windowSeconds: number): Promise<number> {
    const res = await this.limiter({ limit: Number.MAX_SAFE_INTEGER, windowSeconds }).penalty(key, 1);
    return res.consumedPoints;
  }

  /** Holds a key back for `seconds`; `heldFor` answers the seconds left. */
  async hold(key: string, seconds: number): Promise<void> {
    await this.limiter({ limit: 1, windowSeconds: 1 }).block(`hold:${key}`, seconds);
  }

  async heldFor(key: string): Promise<number> {
    const res = await this.limiter({ limit: 1, windowSeconds: 1 }).get(`hold:${key}`);
    return res && res.consumedPoints > 1 ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  }

  /** Forgets a key under a rule. */
  async reset(key: string, rule: RateRule): Promise<void> {
    await this.limiter(rule).delete(key);
  }

  async release(key: string): Promise<void> {
    await this.limiter({ limit: 1, windowSeconds: 1 }).delete(`hold:${key}`);
  }

  async resetCount(key: string, windowSeconds: number): Promise<void> {
    await this.reset(key, { limit: Number.MAX_SAFE_INTEGER, windowSeconds });
  }
}
