import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { Metrics } from '../observability/metrics';

/**
 * The one shared Redis connection when REDIS_URL is set; `client` is undefined in single-process mode.
 *
 * Redis is what replicas share (live rooms, rate limits), never where data is kept, so losing it
 * degrades a replica to serving on its own instead of failing requests: users of `client` check
 * `ready` first and fall back to memory. The loss and the recovery are logged once each, and
 * `xs_redis_up` / `xs_redis_outages_total` show them in /metrics.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis | undefined;
  private readonly logger = new Logger('redis');
  private state: 'connecting' | 'up' | 'down' = 'connecting';
  private downSince = 0;
  private lastError = '';
  private closing = false;
  /** Times Redis went away (or could not be reached at start). */
  outages = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig, metrics: Metrics) {
    if (!config.redisUrl) return;
    this.client = new Redis(config.redisUrl, {
      // A command caught by a lost connection fails after one reconnect attempt instead of hanging.
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
      lazyConnect: false,
      // Reconnect quickly: the sooner Redis is seen back, the sooner replicas share rooms again.
      retryStrategy: (times) => Math.min(times * 100, 1000),
    });
    this.client.on('ready', () => this.up());
    this.client.on('close', () => this.down());
    this.client.on('error', (e: Error) => {
      this.lastError = e.message;
      this.down();
    });
    metrics.gauge('xs_redis_up', 'Redis reachable from this replica (1) or not (0)', () =>
      this.ready ? 1 : 0,
    );
    metrics.counterFrom(
      'xs_redis_outages_total',
      'Times this replica lost Redis (live rooms and rate limits fell back to this replica)',
      () => this.outages,
    );
  }

  /** Connected and usable now; false also when there is no REDIS_URL. */
  get ready(): boolean {
    return this.client?.status === 'ready';
  }

  private down(): void {
    if (this.closing || this.state === 'down' || this.ready) return;
    this.state = 'down';
    this.downSince = Date.now();
    this.outages++;
    this.logger.error({
      msg: 'Redis unavailable: live rooms, chat limits and rate limits fall back to this replica alone',
      error: this.lastError || 'connection closed',
    });
  }

  private up(): void {
    const was = this.state;
    this.state = 'up';
    if (was === 'down')
      this.logger.log({
        msg: 'Redis available again: replicas share live rooms and rate limits',
        downMs: Date.now() - this.downSince,
      });
  }

  /** 'down' at once while disconnected (a probe must not wait for reconnect attempts). */
  async ping(): Promise<'up' | 'down' | 'absent'> {
    if (!this.client) return 'absent';
    if (!this.ready) return 'down';
    try {
      await this.client.ping();
      return 'up';
    } catch {
      return 'down';
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (!this.client) return;
    // QUIT would wait in the offline queue while Redis is away.
    if (this.ready) await this.client.quit().catch(() => this.client?.disconnect());
    else this.client.disconnect();
  }
}
