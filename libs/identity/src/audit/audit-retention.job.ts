import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, ClusterJobs } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { SmsCodesRepository } from '../auth/sms-codes.repository';
import { AuditService } from './audit.service';

/**
 * Identity's scheduled work, once per cluster (CRON_AUDIT_RETENTION, CRON_PURGE): audit rows older
 * than AUDIT_RETENTION_DAYS (never under 180: the table's trigger refuses), and used or expired SMS
 * codes older than SMS_CODE_RETENTION_DAYS.
 */
@Injectable()
export class AuditRetentionJob implements OnModuleInit {
  private readonly logger = new Logger('audit');

  constructor(
    private readonly audit: AuditService,
    private readonly smsCodes: SmsCodesRepository,
    private readonly jobs: ClusterJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'audit-retention',
      cron: this.config.cron.auditRetention,
      variable: 'CRON_AUDIT_RETENTION',
      run: async () => ({ removed: await this.runOnce() }),
    });
    this.jobs.register({
      name: 'sms-code-purge',
      cron: this.config.cron.purge,
      variable: 'CRON_PURGE',
      run: async () => ({ removed: await this.smsCodes.purge(this.config.smsCodeRetentionDays) }),
    });
  }

  async runOnce(): Promise<number> {
    const n = await this.audit.purge();
    if (n) this.logger.log({ msg: 'audit rows past retention removed', count: n });
    return n;
  }
}
