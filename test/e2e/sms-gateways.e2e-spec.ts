import { TencentSmsSender } from '../../libs/identity/src/sms/tencent-sms-sender';
import { JobWorker } from '@xs/scheduling';
import { startTestApp, TestApp } from '@test/test-app';
import { fakeAliyun, fakeTencent } from '@test/sms-gateways';
import type { FakeGateway } from '@test/sms-gateways';

jest.setTimeout(120_000);

const TEMPLATES = {
  SMS_SIGN_NAME: '协商在基层',
  SMS_TEMPLATE_LOGIN_CODE: 'SMS_LOGIN_1',
  SMS_TEMPLATE_REGISTRATION_CONFIRMED: 'SMS_REG_2',
  SMS_TEMPLATE_REMINDER: 'SMS_REMIND_3',
  SMS_TEMPLATE_SUGGESTION_REPLIED: 'SMS_REPLY_4',
  SMS_TEMPLATE_SESSION_NOTICE: 'SMS_NOTICE_5',
  SCHEDULING_JOBS_POLL_MS: '0',
};

/** The job row of the last text message queued, as the retry logic sees it. */
async function lastSmsJob(t: TestApp) {
  const [row]: { status: string; attempts: number; last_error: string | null; payload: object }[] =
    await t.db.query(
      `SELECT status, attempts, last_error, payload FROM scheduling_jobs WHERE kind = 'sms.send' ORDER BY created_at DESC LIMIT 1`,
    );
  return row;
}

/** A resident signs in with the code the gateway delivered: the whole path, end to end. */
async function signInWith(
  t: TestApp,
  gw: FakeGateway,
  phone: string,
  code: (p: Record<string, string>) => string,
) {
  const before = gw.sent.length;
  await t.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
  expect(gw.sent.length).toBe(before + 1);
  const msg = gw.sent[gw.sent.length - 1];
  expect(msg).toMatchObject({ phone, signName: '协商在基层', template: 'SMS_LOGIN_1' });
  const res = await t
    .http()
    .post('/api/v1/auth/resident')
    .send({ phone, code: code(msg.params) });
  expect(res.status).toBe(200);
  expect(res.body.user.phone).not.toBe(phone);
}

describe('SMS through the Aliyun SDK (ACS3-HMAC-SHA256) against a local dysmsapi', () => {
  let gw: FakeGateway;
  let t: TestApp;
  let wrongSecret: TestApp;
  beforeAll(async () => {
    gw = await fakeAliyun('LTAI5tXsTestKey', 'aliyun-secret-for-tests');
    const env = {
      ...TEMPLATES,
      SMS_PROVIDER: 'aliyun',
      SMS_ALIYUN_ACCESS_KEY_ID: 'LTAI5tXsTestKey',
      SMS_ALIYUN_ENDPOINT: gw.url,
    };
    t = await startTestApp({ ...env, SMS_ALIYUN_ACCESS_KEY_SECRET: 'aliyun-secret-for-tests' });
    wrongSecret = await startTestApp({ ...env, SMS_ALIYUN_ACCESS_KEY_SECRET: 'not-the-secret' });
  });
  afterAll(async () => {
    await t?.close();
    await wrongSecret?.close();
    await gw?.close();
  });

  it('sends the login code with the sign name and template; the delivered code signs the resident in', async () => {
    await signInWith(t, gw, '13700001001', (p) => p.code);
    expect(gw.refused).toEqual([]);
    expect(gw.sent[0].params).toEqual({ code: expect.stringMatching(/^\d{6}$/) });
  });

  it('a gateway failure leaves the message queued with back-off and no phone in the error; the queue delivers it later', async () => {
    gw.failNext(1);
    const phone = '13700001002';
    await t.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    let job = await lastSmsJob(t);
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.last_error).toContain('isv.BUSINESS_LIMIT_CONTROL');
    // Neither the error nor the queued payload carries the number (the payload is SM4-encrypted).
    expect(JSON.stringify(job)).not.toContain(phone);
    expect(gw.sent.some((m) => m.phone === phone)).toBe(false);
    // The back-off has passed: the worker of any replica sends it.
    await t.db.query(
      `UPDATE scheduling_jobs SET run_at = now() WHERE kind = 'sms.send' AND status = 'pending'`,
    );
    await t.app.get(JobWorker).runDue();
    job = await lastSmsJob(t);
    expect(job).toMatchObject({ status: 'done', attempts: 2 });
    const delivered = gw.sent.filter((m) => m.phone === phone);
    expect(delivered).toHaveLength(1);
    await t.http().post('/api/v1/auth/resident').send({ phone, code: delivered[0].params.code }).expect(200);
  });

  it('a wrong secret is refused by the signature check, and the message stays queued for a retry', async () => {
    const refusedBefore = gw.refused.length;
    await wrongSecret.http().post('/api/v1/auth/sms').send({ phone: '13700001003' }).expect(202);
    expect(gw.refused.slice(refusedBefore)).toEqual([expect.stringContaining('SignatureDoesNotMatch')]);
    const job = await lastSmsJob(wrongSecret);
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.last_error).toContain('SignatureDoesNotMatch');
  });
});

describe('SMS through the Tencent Cloud SDK (TC3-HMAC-SHA256) against a local SendSms', () => {
  let gw: FakeGateway;
  let t: TestApp;
  beforeAll(async () => {
    gw = await fakeTencent('AKIDxsTestSecretId', 'tencent-secret-for-tests', '1400009099');
    t = await startTestApp({
      ...TEMPLATES,
      SMS_PROVIDER: 'tencent',
      SMS_TENCENT_SECRET_ID: 'AKIDxsTestSecretId',
      SMS_TENCENT_SECRET_KEY: 'tencent-secret-for-tests',
      SMS_TENCENT_SDK_APP_ID: '1400009099',
      // The gateway's own name (the SDK signs for the service "sms"), reached through a local proxy.
      SMS_TENCENT_ENDPOINT: 'http://sms.tencentcloudapi.com',
      SMS_HTTP_PROXY: gw.url,
    });
  });
  afterAll(async () => {
    await t?.close();
    await gw?.close();
  });

  it('sends the login code as a positional template parameter; the delivered code signs the resident in', async () => {
    await signInWith(t, gw, '13700002001', (p) => p['1']);
    expect(gw.refused).toEqual([]);
    expect(gw.sent[0].params).toEqual({ '1': expect.stringMatching(/^\d{6}$/) });
  });

  it('a per-number limit at the gateway is retried by the queue', async () => {
    gw.failNext(1);
    const phone = '13700002002';
    await t.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    expect((await lastSmsJob(t)).last_error).toContain('LimitExceeded.PhoneNumberThirtySecondLimit');
    await t.db.query(
      `UPDATE scheduling_jobs SET run_at = now() WHERE kind = 'sms.send' AND status = 'pending'`,
    );
    await t.app.get(JobWorker).runDue();
    expect(gw.sent.filter((m) => m.phone === phone)).toHaveLength(1);
  });

  it('a wrong secret key fails the TC3 signature check', async () => {
    const sender = new TencentSmsSender({
      ...t.config.sms,
      tencent: { ...t.config.sms.tencent!, secretKey: 'not-the-key' },
    });
    await expect(
      sender.send('13700002003', { kind: 'loginCode', params: { code: '123456' } }),
    ).rejects.toThrow(/AuthFailure\.SignatureFailure/);
    expect(gw.refused).toEqual([expect.stringContaining('AuthFailure.SignatureFailure')]);
  });
});
