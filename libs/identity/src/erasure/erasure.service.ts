import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents, PiiCipher, sm3 } from '@xs/platform';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { AuthService, type SecondFactorProof } from '../auth/auth.service';
import { SmsCodesRepository } from '../auth/sms-codes.repository';
import { UsersRepository } from '../users/users.repository';
import { ERASED_NAME, ErasureRepository } from './erasure.repository';
import type { ErasureResponse } from './erasure.responses';
import { Errors } from '../errors';

/**
 * Erasing a person (PIPL art. 47): identity scrubs the account in one transaction and publishes
 * `user.erased`, which each context holding personal data answers after the commit (votes removed and
 * the opinion groups recomputed, registrations anonymised, notifications deleted, …). Aggregates stay.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ErasureRepository,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly smsCodes: SmsCodesRepository,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** Sends a code to the resident's own verified phone: the caller never needs to type the number. */
  async sendCode(p: Principal): Promise<{ sent: true }> {
    const u = await this.users.findById(p.id);
    if (!u?.phoneEnc || !u.phoneBidx) throw Errors.conflict('NO_VERIFIED_PHONE');
    await this.auth.requestAccountCode(u.id, this.pii.decrypt(u.phoneEnc));
    return { sent: true };
  }

  /** A resident erases themselves, proving with the SMS code that they hold the phone, not just a token. */
  async eraseSelf(p: Principal, code: string, ip: string | null): Promise<void> {
    const u = await this.users.findById(p.id);
    if (!u?.phoneBidx) throw Errors.conflict('NO_VERIFIED_PHONE');
    if (!(await this.smsCodes.consume(u.phoneBidx, sm3(`${u.phoneBidx}:${code}`), 5))) {
      await this.audit.by(p, 'user.erase.self', { type: 'user', id: p.id }, 'failed:sms_code_invalid', ip);
      throw Errors.badInput('SMS_CODE_INVALID');
    }
    await this.erase(p.id, async () => {
      // The entry names no one: the person it was about is gone.
      await this.audit.record({
        actorId: p.id,
        actorName: ERASED_NAME,
        action: 'user.erase.self',
        targetType: 'user',
        targetId: p.id,
        result: 'ok',
        ip,
      });
    });
  }

  /** An admin erases a person on request: the admin proves they hold their account; the reason is audited. */
  async eraseByAdmin(
    actor: Principal,
    id: string,
    reason: string,
    proof: SecondFactorProof,
    ip: string | null,
  ): Promise<ErasureResponse> {
    if (id === actor.id) throw Errors.conflict('CANNOT_ERASE_SELF');
    await this.auth.proveHolder(actor, proof);
    const erasedAt = await this.erase(id, () =>
      this.audit.by(actor, 'user.erase', { type: 'user', id }, 'ok', ip, { reason }),
    );
    return { userId: id, erasedAt: erasedAt.toISOString() };
  }

  private async erase(id: string, audit: () => Promise<unknown>): Promise<Date> {
    return this.db.transaction(async (m) => {
      const u = await this.repo.lock(m, id);
      if (!u || u.erasedAt) throw Errors.notFound('USER_NOT_FOUND');
      // The administrator accounts keep the platform running: they are handed over, never erased.
      if (u.roles.includes('admin')) throw Errors.conflict('CANNOT_ERASE_ADMIN');
      const erasedAt = await this.repo.scrub(m, u);
      this.events.publish(m, { type: 'user.erased', userId: u.id, phoneBidx: u.phoneBidx });
      this.events.afterCommit(m, audit);
      return erasedAt;
    });
  }

  /** The sweep: delivers `user.erased` again for accounts erased in the last 30 days (a handler may have failed). */
  async sweep(): Promise<number> {
    const ids = await this.repo.erasedSince(30);
    for (const userId of ids) this.events.publish({ type: 'user.erased', userId, phoneBidx: null });
    await this.events.drain();
    return ids.length;
  }
}
