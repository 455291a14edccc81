import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { SmsMessage } from '@xs/contracts';
import { SMS_SENDER } from '@xs/identity';
import type { SmsSender } from '@xs/identity';
import { maskPhone, Metrics, PiiCipher } from '@xs/platform';
import { JobsRepository } from './jobs.repository';
import type { ClaimedJob } from './jobs.repository';

export const SMS_JOB = 'sms.send';

interface SmsJobPayload {
  phoneEnc: string;
  /** The message, SM4-encrypted: login codes are secrets, and texts name people's sessions. */
  messageEnc: string;
  /** A login code is useless after it expires: no delivery after this. */
  validUntil?: string;
}

/**
 * Every text message is a row in the job table: sent by whichever replica claims it, and when the
 * gateway fails, logged (phone masked) and retried by the queue with back-off.
 */
@Injectable()
export class SmsJobs {
  private readonly logger = new Logger('sms');

  constructor(
    private readonly jobs: JobsRepository,
    private readonly pii: PiiCipher,
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    private readonly metrics: Metrics,
  ) {}

  /** Queues one message; with a dedupe key a repeat queues nothing (null). */
  enqueue(
    m: EntityManager | undefined,
    phoneEnc: string,
    message: SmsMessage,
    opts: { dedupeKey?: string; validUntil?: Date } = {},
  ): Promise<string | null> {
    const payload: SmsJobPayload = {
      phoneEnc,
      messageEnc: this.pii.encrypt(JSON.stringify(message)),
      ...(opts.validUntil ? { validUntil: opts.validUntil.toISOString() } : {}),
    };
    return this.jobs.enqueue(m, {
      kind: SMS_JOB,
      payload: payload as unknown as Record<string, unknown>,
      runAt: new Date(),
      dedupeKey: opts.dedupeKey ? `sms:${opts.dedupeKey}`.slice(0, 200) : `sms:${randomUUID()}`,
    });
  }

  async deliver(job: ClaimedJob): Promise<'done' | 'skipped'> {
    const p = job.payload as unknown as SmsJobPayload;
    if (p.validUntil && new Date(p.validUntil).getTime() < Date.now()) return 'skipped';
    let phone: string;
    let message: SmsMessage;
    try {
      phone = this.pii.decrypt(p.phoneEnc);
      message = JSON.parse(this.pii.decrypt(p.messageEnc)) as SmsMessage;
    } catch {
      this.logger.warn({ msg: 'undecryptable sms job skipped', id: job.id });
      return 'skipped';
    }
    try {
      await this.sender.send(phone, message);
      this.metrics.smsSent.inc({ kind: message.kind });
    } catch (e) {
      this.metrics.smsFailed.inc({ kind: message.kind });
      this.logger.warn({
        msg: 'sms delivery failed',
        to: maskPhone(phone),
        kind: message.kind,
        attempt: job.attempts + 1,
        error: (e as Error).message,
      });
      throw e;
    }
    return 'done';
  }
}
