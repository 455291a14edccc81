import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, ClusterJobs } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ErasureService } from './erasure.service';

/**
 * `user.erased` handlers run after the commit in the process that erased; if one failed (or the process
 * died), data would stay. On CRON_PURGE, once per cluster, the event is delivered again for accounts
 * erased in the last 30 days; every handler is idempotent.
 */
@Injectable()
export class ErasureSweepJob implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly erasure: ErasureService,
    private readonly jobs: ClusterJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'erasure-sweep',
      cron: this.config.cron.purge,
      variable: 'CRON_PURGE',
      run: async () => ({ redelivered: await this.erasure.sweep() }),
    });
  }
}
