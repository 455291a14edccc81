import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, deriveKey, logContext } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import type { Principal } from '../access/principal';
import { AuditFilter, AuditRecord, AuditRepository } from './audit.repository';

/** The one way any context writes to the audit trail. */
@Injectable()
export class AuditService {
  private readonly key: Buffer;
  private readonly logger = new Logger('audit');
  private readonly pending: { r: AuditRecord; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private draining = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: AuditRepository,
  ) {
    this.key = deriveKey(config.piiKey, 'audit-chain');
  }

  /**
   * Appends to the chain. Group commit: records arriving while this node's previous append is in
   * flight go into the next one together, so concurrent staff writes do not queue on the chain lock
   * one by one. Each caller still waits until its own record is committed.
   */
  record(r: AuditRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ r, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, 200);
        try {
          await this.repo.append(
            this.key,
            batch.map((b) => b.r),
          );
          batch.forEach((b) => b.resolve());
        } catch {
          // One bad record must not take the others with it: retry them one by one.
          for (const b of batch) {
            await this.repo.append(this.key, [b.r]).then(b.resolve, (err: Error) => {
              // An audit write must never be silently lost: log loudly (without personal data).
              this.logger.error({ msg: 'audit write failed', action: b.r.action, error: err.message });
              b.reject(err);
            });
          }
        }
      }
    } finally {
      this.draining = false;
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
      // Not given: the address of the request being served, if any (a job or a socket event has none).
      ip: ip ?? logContext()?.clientIp?.() ?? null,
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
