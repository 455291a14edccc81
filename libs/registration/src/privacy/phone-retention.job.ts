import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { RegistrationsRepository } from '../registrations/registrations.repository';

const EVERY_MS = 60 * 60 * 1000;

/**
 * Erases registrants' phone numbers REGISTRATION_PHONE_RETENTION_DAYS after their session ended (PIPL:
 * keep no longer than needed). Rows stay, so counts and duty records are unchanged. Runs hourly in every
 * replica; the erasing UPDATE is idempotent, so replicas running it at once do no harm.
 */
@Injectable()
export class PhoneRetentionJob implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('registration.retention');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: RegistrationsRepository,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.runOnce().catch(() => undefined), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runOnce(): Promise<{ erased: number; idempotencyKeysPurged: number }> {
    try {
      const erased = await this.repo.erasePhonesOlderThan(this.config.registrationPhoneRetentionDays);
      const idempotencyKeysPurged = await this.repo.purgeIdempotencyOlderThan(48);
      if (erased) this.logger.log({ msg: 'registration phones erased', erased });
      return { erased, idempotencyKeysPurged };
    } catch (e) {
      this.logger.error({ msg: 'phone erasure failed', error: (e as Error).message });
      throw e;
    }
  }
}
