import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, ClusterJobs } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { TopicPhotosService } from '../topics/topic-photos.service';
import { JobsRepository } from './jobs.repository';

/**
 * On CRON_PURGE, once per cluster: finished jobs and run records older than JOB_RETENTION_DAYS go, and
 * topic photos no topic took within a day.
 */
@Injectable()
export class JobPurge implements OnModuleInit {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly cluster: ClusterJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly topicPhotos: TopicPhotosService,
  ) {}

  onModuleInit(): void {
    this.cluster.register({
      name: 'job-purge',
      cron: this.config.cron.purge,
      variable: 'CRON_PURGE',
      run: () => this.runOnce(),
    });
  }

  async runOnce(): Promise<{ jobs: number; runs: number; topicPhotos: number }> {
    const days = this.config.jobRetentionDays;
    return {
      jobs: await this.jobs.purgeFinished(days),
      runs: await this.cluster.purgeRuns(days),
      topicPhotos: await this.topicPhotos.purgeUnattached(),
    };
  }
}
