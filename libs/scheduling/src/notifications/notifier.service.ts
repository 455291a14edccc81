import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Notice, Notifier, SmsMessage } from '@xs/contracts';
import { UsersService } from '@xs/identity';
import { PiiCipher } from '@xs/platform';
import { NotificationsRepository } from './notifications.repository';
import { SmsJobs } from './sms-jobs';

/**
 * The NOTIFIER port: an in-app inbox per user plus SMS through the job queue. With a dedupe key a
 * notice reaches each user once, however often it is sent; SMS is queued only for users for whom this
 * call stored the notice, so a retried job does not text people twice.
 */
@Injectable()
export class NotifierService implements Notifier {
  private readonly logger = new Logger('notifier');

  constructor(
    private readonly inbox: NotificationsRepository,
    private readonly pii: PiiCipher,
    private readonly sms: SmsJobs,
    private readonly users: UsersService,
  ) {}

  async notifyUsers(
    userIds: string[],
    notice: Notice,
    opts?: { sms?: boolean },
    m?: EntityManager,
  ): Promise<void> {
    const ids = [...new Set(userIds.filter(Boolean))];
    if (!ids.length) return;
    const stored = await this.inbox.deliver(m, ids, notice);
    if (!opts?.sms || !notice.sms || !stored.length) return;
    // Phones live with the accounts: identity hands over the encrypted numbers.
    const phones = await this.users.encryptedPhones(stored);
    await this.smsEncryptedPhones(phones, notice.sms, notice.dedupeKey, m);
  }

  /** Queues one message per distinct phone; with a dedupe key, once per phone however often called. */
  async smsEncryptedPhones(
    phoneEncs: string[],
    message: SmsMessage,
    dedupeKey?: string,
    m?: EntityManager,
  ): Promise<void> {
    const seen = new Set<string>();
    for (const enc of phoneEncs) {
      if (!enc) continue;
      let bidx: string;
      try {
        bidx = this.pii.blindIndex(this.pii.decrypt(enc));
      } catch {
        this.logger.warn({ msg: 'undecryptable phone skipped' });
        continue;
      }
      if (seen.has(bidx)) continue;
      seen.add(bidx);
      await this.sms.enqueue(m, enc, message, dedupeKey ? { dedupeKey: `${dedupeKey}:${bidx}` } : {});
    }
  }
}
