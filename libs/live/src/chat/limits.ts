import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RedisConnection } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { LiveKeys } from '../live-keys';
import { Errors } from '../errors';

const BUCKET_LUA = `
local now = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local burst = tonumber(ARGV[3])
local v = redis.call('HMGET', KEYS[1], 't', 'ts')
local t = tonumber(v[1]) or burst
local ts = tonumber(v[2]) or now
t = math.min(burst, t + (now - ts) / 1000 * rate)
if t < 1 then return math.ceil((1 - t) / rate * 1000) end
redis.call('HSET', KEYS[1], 't', tostring(t - 1), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return 0`;

/**
 * Per-user chat limits: a token bucket (burst 5, then 1 per second) and the room's slow mode.
 * With REDIS_URL both live in Redis so a user cannot multiply them by reconnecting to another node;
 * while Redis is away each node keeps them in memory.
 */
@Injectable()
export class ChatLimits {
  burst: number;
  perSecond: number;
  private readonly buckets = new Map<string, { t: number; ts: number }>();
  private readonly slow = new Map<string, number>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: LiveKeys,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.burst = config.liveChatBurst;
    this.perSecond = config.liveChatPerSecond;
  }

  async take(userId: string): Promise<void> {
    const now = Date.now();
    let waitMs: number;
    const shared = await this.shared(() =>
      this.redis.client!.eval(
        BUCKET_LUA,
        1,
        this.keys.key(`bucket:${userId}`),
        now,
        this.perSecond,
        this.burst,
      ),
    );
    if (shared !== undefined) {
      waitMs = Number(shared);
    } else {
      const b = this.buckets.get(userId) ?? { t: this.burst, ts: now };
      b.t = Math.min(this.burst, b.t + ((now - b.ts) / 1000) * this.perSecond);
      b.ts = now;
      if (b.t < 1) waitMs = Math.ceil(((1 - b.t) / this.perSecond) * 1000);
      else {
        b.t -= 1;
        waitMs = 0;
      }
      this.buckets.set(userId, b);
      if (this.buckets.size > 100_000) this.buckets.clear();
    }
    if (waitMs > 0) throw Errors.tooMany('RATE_LIMITED', Math.ceil(waitMs / 1000));
  }

  /** The Redis answer, or undefined when Redis is absent or away: then this replica's memory decides. */
  private async shared<T>(op: () => Promise<T>): Promise<T | undefined> {
    if (!this.redis.ready) return undefined;
    try {
      return await op();
    } catch {
      return undefined;
    }
  }

  async slowMode(sessionId: string, userId: string, seconds: number): Promise<void> {
    if (seconds <= 0) return;
    const ms = seconds * 1000;
    let waitMs = 0;
    const k = this.keys.key(`slow:${sessionId}:${userId}`);
    const shared = await this.shared(async () => {
      const client = this.redis.client!;
      return (await client.set(k, '1', 'PX', ms, 'NX')) === null ? Math.max(1, await client.pttl(k)) : 0;
    });
    if (shared !== undefined) {
      waitMs = shared;
    } else {
      const k = `${sessionId}:${userId}`;
      const now = Date.now();
      const until = this.slow.get(k) ?? 0;
      if (until > now) waitMs = until - now;
      else {
        this.slow.set(k, now + ms);
        if (this.slow.size > 100_000) this.slow.clear();
      }
    }
    if (waitMs > 0) throw Errors.tooMany('SLOW_MODE', { seconds }, Math.ceil(waitMs / 1000));
  }
}
