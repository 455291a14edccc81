import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

/** The one shared Redis connection when REDIS_URL is set; `client` is undefined in single-process mode. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis | undefined;
  private readonly logger = new Logger('redis');

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      this.client = new Redis(config.redisUrl, {
        maxRetriesPerRequest: 2,
        enableOfflineQueue: true,
        lazyConnect: false,
      });
      this.client.on('error', (e: Error) => this.logger.warn({ msg: 'redis error', error: e.message }));
    }
  }

  async ping(): Promise<'up' | 'down' | 'absent'> {
    if (!this.client) return 'absent';
    try {
      await this.client.ping();
      return 'up';
    } catch {
      return 'down';
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client) await this.client.quit().catch(() => this.client?.disconnect());
  }
}
