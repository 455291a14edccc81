import type { Browser } from 'playwright-core';
import { ensureWebBuilt, launchBrowser, newPage } from '@test/browser';
import { ADMIN_PASSWORD, startTestApp, TestApp } from '@test/test-app';
import { totpAt } from '../../libs/identity/src/auth/totp';

jest.setTimeout(120_000);

describe('web client: an administrator sets up two factors when the deployment requires them', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ REQUIRE_STAFF_2FA: 'true' });
    base = await t.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the console asks for the authenticator first, then works, and the next login needs the code', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('admin');
    await page.locator('input[name=password]').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    const setup = page.locator('[data-test=totp-setup]');
    await setup.getByRole('heading', { name: '设置双因素认证' }).waitFor();
    await expect(page.getByRole('heading', { name: '协商会议' }).count()).resolves.toBe(0);

    await setup.getByRole('button', { name: '获取密钥' }).click();
    const secret = (await setup.locator('[data-test=totp-secret]').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await setup.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await setup.locator('input[name=otp]').fill(totpAt(secret, Date.now()));
    await setup.getByRole('button', { name: '开启' }).click();
    // Ten recovery codes, shown this once; the console goes on once the user says they are kept.
    const codes = setup.locator('[data-test=recovery-codes] li');
    await codes.first().waitFor();
    await expect(codes.count()).resolves.toBe(10);
    await expect(page.getByRole('heading', { name: '协商会议' }).count()).resolves.toBe(0);
    await setup.getByRole('button', { name: '我已保存恢复码' }).click();
    await page.getByRole('heading', { name: '协商会议' }).waitFor();

    await page.getByRole('button', { name: '退出' }).click();
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('admin');
    await page.locator('input[name=password]').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('该账号已开启双因素认证，请输入动态验证码').waitFor();
    await page.locator('input[name=otp]').fill(totpAt(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '协商会议' }).waitFor();
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
  });
});
