import { Injectable } from '@nestjs/common';
import type { SmsMessage, SmsOutbox } from '@xs/contracts';
import { JobWorker } from './job-worker';
import { SmsJobs } from './sms-jobs';

/** The SMS_OUTBOX port: identity's login codes go out through the queue, tried at once. */
@Injectable()
export class SmsOutboxService implements SmsOutbox {
  constructor(
    private readonly sms: SmsJobs,
    private readonly worker: JobWorker,
  ) {}

  async queueSms(
    phoneEnc: string,
    message: SmsMessage,
    opts: { now?: boolean; dedupeKey?: string; validUntil?: Date } = {},
  ): Promise<void> {
    const id = await this.sms.enqueue(undefined, phoneEnc, message, opts);
    if (id && opts.now) await this.worker.runNow(id);
  }
}
