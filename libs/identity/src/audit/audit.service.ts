import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, deriveKey } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import type { Principal } from '../access/principal';
import { AuditFilter, AuditRecord, AuditRepository } from './audit.repository';

/** The one way any context writes to the audit trail. */
@Injectable()
export class AuditService {
  private readonly key: Buffer;
  private readonly logger = new Logger('audit');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: AuditRepository,
  ) {
    this.key = deriveKey(config.piiKey, 'audit-chain');
  }

  async record(r: AuditRecord): Promise<void> {
    try {
      await this.repo.append(this.key, r);
    } catch (e) {
      // An audit write must never be silently lost: log loudly (without personal data).
      this.logger.error({ msg: 'audit write failed', action: r.action, error: (e as Error).message });
      throw e;
    }
  }

  /** Convenience for a principal's action. */
  by(
    p: Principal | undefined,
    action: string,
    target: { type?: string; id?: string } = {},
    result = 'ok',
    ip?: string | null,
    detail?: Record<string, unknown>,
  ) {
    return this.record({
      actorId: p?.id ?? null,
      actorName: p ? (p.username ?? p.nickname ?? p.displayName) : null,
      action,
      targetType: target.type ?? null,
      targetId: target.id ?? null,
      result,
      ip: ip ?? null,
      detail: detail ?? null,
    });
  }

  list(f: AuditFilter) {
    return this.repo.list(f);
  }

  verify() {
    return this.repo.verify(this.key);
  }

  purge() {
    return this.repo.purgeOlderThan(this.config.auditRetentionDays);
  }
}
