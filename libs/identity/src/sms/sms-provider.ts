import type { AppConfig } from '@xs/platform';
import { AliyunSmsSender } from './aliyun-sms-sender';
import { ConsoleSmsSender, FixedSmsSender } from './sms-sender';
import type { SmsSender } from './sms-sender';
import { TencentSmsSender } from './tencent-sms-sender';

/** The configured gateway; loadConfig has already refused a real one with a missing key. */
export function smsSenderFor(config: AppConfig): SmsSender {
  const s = config.sms;
  switch (s.provider) {
    case 'aliyun':
      return new AliyunSmsSender(s);
    case 'tencent':
      return new TencentSmsSender(s);
    case 'fixed':
      return new FixedSmsSender(s.fixedCode!, s.signName);
    default:
      return new ConsoleSmsSender(s.signName);
  }
}
