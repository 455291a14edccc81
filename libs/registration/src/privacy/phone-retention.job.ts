import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, ClusterJobs } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { RegistrationsRepository } from '../registrations/registrations.repository';

/**
 * Erases registrants' phone numbers REGISTRATION_PHONE_RETENTION_DAYS after their session ended (PIPL:
 * keep no longer than needed). Rows stay, so counts and duty records are unchanged. Runs on
 * CRON_PHONE_RETENTION, once per cluster.
 */
@Injectable()
export class PhoneRetentionJob implements OnModuleInit {
  private readonly logger = new Logger('registration.retention');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: RegistrationsRepository,
    private readonly jobs: ClusterJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'phone-retention',
      cron: this.config.cron.phoneRetention,
      variable: 'CRON_PHONE_RETENTION',
      run: () => this.runOnce(),
    });
  }

  async runOnce(): Promise<{ erased: number; idempotencyKeysPurged: number }> {
    const erased = await this.repo.erasePhonesOlderThan(this.config.registrationPhoneRetentionDays);
    const idempotencyKeysPurged = await this.repo.purgeIdempotencyOlderThan(48);
    if (erased) this.logger.log({ msg: 'registration phones erased', erased });
    return { erased, idempotencyKeysPurged };
  }
}
