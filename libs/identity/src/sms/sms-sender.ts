import { randomInt } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { maskPhone } from '@xs/platform';

/** What a real SMS gateway (Aliyun, Tencent Cloud, a provincial platform) implements. */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
  /** The code to send; the fixed provider returns the configured one. */
  generateCode(): string;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** Development: writes the message to the log with the phone masked. */
@Injectable()
export class ConsoleSmsSender implements SmsSender {
  private readonly logger = new Logger('sms');

  async send(phone: string, text: string): Promise<void> {
    this.logger.log({ msg: 'sms (console provider)', to: maskPhone(phone), text });
  }

  generateCode(): string {
    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }
}

/** Tests and demos: every code is SMS_FIXED_CODE. Refused in production by config validation. */
export class FixedSmsSender extends ConsoleSmsSender {
  constructor(private readonly code: string) {
    super();
  }

  override generateCode(): string {
    return this.code;
  }
}
