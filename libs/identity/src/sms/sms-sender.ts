import { randomInt } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { SMS_PARAMS } from '@xs/contracts';
import type { SmsKind, SmsMessage } from '@xs/contracts';
import { maskPhone } from '@xs/platform';

/** What a real SMS gateway (Aliyun, Tencent Cloud, a provincial platform) implements. */
export interface SmsSender {
  /** Sends one templated message; throws SmsDeliveryError when the gateway refuses or does not answer. */
  send(phone: string, message: SmsMessage): Promise<void>;
  /** The code to send; the fixed provider returns the configured one. */
  generateCode(): string;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** A gateway refused or did not answer. The message never carries the phone number. */
export class SmsDeliveryError extends Error {
  constructor(
    readonly provider: string,
    readonly gatewayCode: string,
    message: string,
  ) {
    // Gateways echo numbers in some messages: mask anything that looks like one.
    super(
      `${provider}: ${gatewayCode}: ${message.replace(/\d{11}/g, (m) => maskPhone(m) ?? '***')}`.slice(
        0,
        300,
      ),
    );
  }
}

/** The text the console provider logs, close to what the templates say. */
const TEXT: Record<SmsKind, (p: Record<string, string>) => string> = {
  loginCode: (p) => `您的验证码是 ${p.code}，5 分钟内有效。`,
  registrationConfirmed: (p) => `您已报名「${p.title}」，签到码 ${p.code}。`,
  reminder: (p) => `协商会议「${p.title}」将于 ${p.time} 开始。`,
  suggestionReplied: (p) => `「${p.title}」的建议已有答复，请登录查看。`,
  sessionNotice: (p) => `协商会议「${p.title}」${p.detail}。`,
};

export function renderSms(signName: string, m: SmsMessage): string {
  return `【${signName}】${TEXT[m.kind](m.params)}`;
}

/** Template variables in the order of SMS_PARAMS; a missing one is an error in our code, not the gateway's. */
export function templateValues(m: SmsMessage): string[] {
  return SMS_PARAMS[m.kind].map((name) => {
    const v = m.params[name];
    if (v === undefined) throw new Error(`sms ${m.kind}: missing template variable ${name}`);
    return v;
  });
}

export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Development: writes the message to the log with the phone masked. */
@Injectable()
export class ConsoleSmsSender implements SmsSender {
  private readonly logger = new Logger('sms');

  constructor(private readonly signName = '协商在基层') {}

  async send(phone: string, message: SmsMessage): Promise<void> {
    templateValues(message);
    this.logger.log({
      msg: 'sms (console provider)',
      to: maskPhone(phone),
      kind: message.kind,
      text: renderSms(this.signName, message),
    });
  }

  generateCode(): string {
    return newSmsCode();
  }
}

/** Tests and demos: every code is SMS_FIXED_CODE. Refused in production by config validation. */
export class FixedSmsSender extends ConsoleSmsSender {
  constructor(
    private readonly code: string,
    signName?: string,
  ) {
    super(signName);
  }

  override generateCode(): string {
    return this.code;
  }
}
