import { sms } from 'tencentcloud-sdk-nodejs-sms';
import type { SmsMessage } from '@xs/contracts';
import type { SmsSettings } from '@xs/platform';
import { newSmsCode, SmsDeliveryError, templateValues } from './sms-sender';
import type { SmsSender } from './sms-sender';

type TencentClient = InstanceType<typeof sms.v20210111.Client>;

/**
 * Tencent Cloud SMS (2021-01-11 SendSms) through the official SDK, which signs with TC3-HMAC-SHA256.
 * Templates are positional: variables go in the order SMS_PARAMS lists them.
 */
export class TencentSmsSender implements SmsSender {
  private readonly client: TencentClient;

  constructor(private readonly settings: SmsSettings) {
    const t = settings.tencent!;
    this.client = new sms.v20210111.Client({
      credential: { secretId: t.secretId, secretKey: t.secretKey },
      region: t.region,
      profile: {
        httpProfile: {
          endpoint: t.endpoint.host,
          protocol: `${t.endpoint.protocol}://`,
          reqTimeout: Math.max(1, Math.ceil(settings.timeoutMs / 1000)),
          ...(settings.proxy ? { proxy: settings.proxy } : {}),
        },
      },
    });
  }

  async send(phone: string, message: SmsMessage): Promise<void> {
    const t = this.settings.tencent!;
    let res;
    try {
      res = await this.client.SendSms({
        PhoneNumberSet: [`+86${phone}`],
        SmsSdkAppId: t.sdkAppId,
        SignName: this.settings.signName,
        TemplateId: this.settings.templates[message.kind],
        TemplateParamSet: templateValues(message),
      });
    } catch (e) {
      const err = e as { code?: string; message?: string };
      throw new SmsDeliveryError('tencent', err.code || 'NETWORK', err.message ?? String(e));
    }
    const status = res.SendStatusSet?.[0];
    if (status?.Code !== 'Ok')
      throw new SmsDeliveryError('tencent', status?.Code ?? 'EMPTY', status?.Message ?? '');
  }

  generateCode(): string {
    return newSmsCode();
  }
}
