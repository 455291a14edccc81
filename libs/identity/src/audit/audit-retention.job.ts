import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AuditService } from './audit.service';

const EVERY_MS = 6 * 3600_000;

/**
 * Drops audit rows older than AUDIT_RETENTION_DAYS (never under 180: the table's trigger refuses).
 * Safe on several replicas: a DELETE by date is idempotent.
 */
@Injectable()
export class AuditRetentionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('audit');

  constructor(private readonly audit: AuditService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runOnce(): Promise<number> {
    try {
      const n = await this.audit.purge();
      if (n) this.logger.log({ msg: 'audit rows past retention removed', count: n });
      return n;
    } catch (e) {
      this.logger.error({ msg: 'audit retention failed', error: (e as Error).message });
      return 0;
    }
  }
}
