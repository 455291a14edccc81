import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import type { SmsMessage } from '@xs/contracts';
import type { SmsSettings } from '@xs/platform';
import { newSmsCode, SmsDeliveryError, templateValues } from './sms-sender';
import type { SmsSender } from './sms-sender';

/**
 * Aliyun SMS (dysmsapi 2017-05-25 SendSms) through the official SDK, which signs with ACS3-HMAC-SHA256.
 * The SDK's own retries are off: a failure goes back to our job queue, which retries with back-off.
 */
export class AliyunSmsSender implements SmsSender {
  private readonly client: Dysmsapi;

  constructor(private readonly settings: SmsSettings) {
    const a = settings.aliyun!;
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: a.accessKeyId,
        accessKeySecret: a.accessKeySecret,
        regionId: a.regionId,
        endpoint: a.endpoint.host,
        protocol: a.endpoint.protocol,
        connectTimeout: settings.timeoutMs,
        readTimeout: settings.timeoutMs,
        ...(settings.proxy ? { httpProxy: settings.proxy, httpsProxy: settings.proxy } : {}),
      }),
    );
  }

  async send(phone: string, message: SmsMessage): Promise<void> {
    templateValues(message);
    let res;
    try {
      res = await this.client.sendSmsWithOptions(
        new SendSmsRequest({
          phoneNumbers: phone,
          signName: this.settings.signName,
          templateCode: this.settings.templates[message.kind],
          templateParam: JSON.stringify(message.params),
        }),
        new $dara.RuntimeOptions({
          autoretry: false,
          maxAttempts: 0,
          connectTimeout: this.settings.timeoutMs,
          readTimeout: this.settings.timeoutMs,
        }),
      );
    } catch (e) {
      const err = e as { code?: string; message?: string };
      throw new SmsDeliveryError('aliyun', err.code ?? 'NETWORK', err.message ?? String(e));
    }
    const body = res.body;
    if (body?.code !== 'OK') throw new SmsDeliveryError('aliyun', body?.code ?? 'EMPTY', body?.message ?? '');
  }

  generateCode(): string {
    return newSmsCode();
  }
}
