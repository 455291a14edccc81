import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';

/** Redis key names of the live context, under LIVE_REDIS_PREFIX so that test runs and deployments do not collide. */
@Injectable()
export class LiveKeys {
  readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.liveRedisPrefix;
  }

  key(name: string): string {
    return `${this.prefix}:${name}`;
  }
}
