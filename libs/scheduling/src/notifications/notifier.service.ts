import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Notice, Notifier } from '@xs/contracts';
import { SMS_SENDER, UsersService } from '@xs/identity';
import type { SmsSender } from '@xs/identity';
import { PiiCipher } from '@xs/platform';

/**
 * The NOTIFIER port: an in-app inbox per user plus SMS through the configured SmsSender. With a
 * dedupe key a notice reaches each user once, however often it is sent; SMS goes only to users for
 * whom this call stored the notice, so a retried job does not text people twice.
 */
@Injectable()
export class NotifierService implements Notifier {
  private readonly logger = new Logger('notifier');

  constructor(
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
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
    const rows: { user_id: string }[] = await (m ?? this.db.manager).query(
      `INSERT INTO notifications (user_id, kind, title, body, link, dedupe_key)
         SELECT u, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS u
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING user_id`,
      [ids, notice.kind, notice.title, notice.body, notice.link ?? null, notice.dedupeKey ?? null],
    );
    if (!opts?.sms || !rows.length) return;
    // Phones live with the accounts: identity hands over the encrypted numbers.
    const phones = await this.users.encryptedPhones(rows.map((r) => r.user_id));
    await this.smsEncryptedPhones(phones, `【协商在基层】${notice.title}：${notice.body}`);
  }

  async smsEncryptedPhones(phoneEncs: string[], text: string): Promise<void> {
    const seen = new Set<string>();
    for (const enc of phoneEncs) {
      if (!enc) continue;
      let phone: string;
      try {
        phone = this.pii.decrypt(enc);
      } catch {
        this.logger.warn({ msg: 'undecryptable phone skipped' });
        continue;
      }
      if (seen.has(phone)) continue;
      seen.add(phone);
      await this.sms.send(phone, text);
    }
  }
}
