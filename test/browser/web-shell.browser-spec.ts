import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { toTraditional } from '@xs/platform';
import { ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { ADMIN_PASSWORD, bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { totpAt } from '../../libs/identity/src/auth/totp';

jest.setTimeout(120_000);

describe('web client: shell, languages, staff login', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const shots = screenshotDir();

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('each traditional catalogue is its simplified one converted (regenerate with gen-zh-hant.mjs)', async () => {
    // Every catalogue of both sites, as the generator finds them.
    const web = path.resolve(__dirname, '../../apps/web/src');
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.zh-Hans.ts') && path.basename(dir) === 'i18n') sources.push(p);
      }
    };
    walk(web);
    expect(sources.length).toBeGreaterThanOrEqual(10);
    const catalogue = async (file: string): Promise<Record<string, string>> => {
      const mod = (await import(file)) as Record<string, unknown>;
      return Object.values(mod).find((v) => typeof v === 'object' && v !== null) as Record<string, string>;
    };
    for (const file of sources) {
      const name = path.relative(web, file);
      const hans = await catalogue(file);
      const hant = await catalogue(file.replace(/\.zh-Hans\.ts$/, '.zh-Hant.ts'));
      const en = await catalogue(file.replace(/\.zh-Hans\.ts$/, '.en.ts'));
      expect([name, Object.keys(hant).sort()]).toEqual([name, Object.keys(hans).sort()]);
      // The server's converter: OpenCC with the corrections both sides apply (会签 is 會簽).
      for (const [key, text] of Object.entries(hans))
        expect([name, key, hant[key]]).toEqual([name, key, toTraditional(text)]);
      // English has every key too, and says something (a compile error catches a missing key).
      for (const key of Object.keys(hans)) expect([name, key, !!en[key]?.trim()]).toEqual([name, key, true]);
    }
  });

  it('serves the client at / and deep links, loading nothing from outside', async () => {
    const { context, page, problems } = await newPage(browser, base, { mobile: true });
    await page.goto('/');
    await expect(page.locator('.brand-text strong').textContent()).resolves.toBe('协商在基层');
    await page.getByRole('heading', { name: '近期协商会议' }).waitFor();
    await page.getByRole('heading', { name: '找身边的委员工作室' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await page.screenshot({ path: `${shots}/home-mobile.png`, fullPage: true });
    // History-mode routes are served the client too.
    await page.goto('/outcomes');
    await page.getByRole('heading', { name: '晒一晒：协商成果公开' }).waitFor();
    expect(problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('switching to 繁體 and English changes the interface text and is remembered', async () => {
    const { context, page } = await newPage(browser, base);
    await page.goto('/');
    await page.getByRole('heading', { name: '近期协商会议' }).waitFor();
    await page.locator('[data-test=lang]').selectOption('zh-Hant');
    await page.getByRole('heading', { name: '近期協商會議' }).waitFor();
    await expect(page.locator('.brand-text strong').textContent()).resolves.toBe('協商在基層');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await page.locator('[data-test=lang]').selectOption('en');
    await page.getByRole('heading', { name: 'Upcoming consultation meetings' }).waitFor();
    await expect(page.locator('[data-test=nav-login]').textContent()).resolves.toContain('Log in');
    await page.reload();
    await page.getByRole('heading', { name: 'Find a member studio near you' }).waitFor();
    // Errors the server reports by code are said in the chosen language too.
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('admin');
    await page.locator('input[name=password]').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Wrong username or password').waitFor();
    await context.close();
  });

  it('a staff member logs in with username and password and reaches the console', async () => {
    const { context, page } = await newPage(browser, base);
    await page.goto('/console');
    // Not signed in: sent to the staff login, then back.
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
    await page.locator('input[name=username]').fill('admin');
    await page.locator('input[name=password]').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
    await page.locator('input[name=password]').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
    await expect(page.locator('[data-test=console]').textContent()).resolves.toContain('系统管理员');
    await page.getByRole('heading', { name: '协商会议' }).waitFor();
    await page.screenshot({ path: `${shots}/console.png`, fullPage: true });
    // On a tablet or a narrow window the top bar stays one line: nothing wraps below it.
    for (const width of [1366, 1024, 800]) {
      await page.setViewportSize({ width, height: 900 });
      const spill = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { querySelector(s: string): Box | null } })
          .document;
        interface Box {
          getBoundingClientRect(): { top: number; bottom: number };
          querySelectorAll(s: string): ArrayLike<Box>;
        }
        const bar = doc.querySelector('.header')!;
        const r = bar.getBoundingClientRect();
        return Array.from(bar.querySelectorAll('button, .header-title, [data-test=who]')).filter((e) => {
          const b = e.getBoundingClientRect();
          return b.top < r.top - 1 || b.bottom > r.bottom + 1;
        }).length;
      });
      expect({ width, spill }).toEqual({ width, spill: 0 });
    }
    await page.screenshot({ path: `${shots}/console-800.png` });
    await context.close();
  });
  it('a part of the server that is missing or unreachable gives a clear message, not a broken page', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await page.route('**/api/v1/public/outcomes*', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({
          statusCode: 404,
          error: 'Not Found',
          message: '没有这个接口：GET /api/v1/public/outcomes',
          code: 'ROUTE_NOT_FOUND',
        }),
      }),
    );
    await page.goto('/outcomes');
    await page.getByRole('alert').filter({ hasText: '该功能暂未开放，请稍后再试' }).waitFor();
    await page.unroute('**/api/v1/public/outcomes*');
    await page.route('**/api/v1/public/outcomes*', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByRole('alert').filter({ hasText: '网络连接失败' }).waitFor();
    await page.unroute('**/api/v1/public/outcomes*');
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByText('暂无已公开的协商成果').waitFor();
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });
  it('a staff account with two factors is asked for the one-time code', async () => {
    const admin = await t.login('admin');
    const viewer = await staff(t, admin, {
      username: 'otp_viewer',
      roles: ['staff_viewer'],
      regionCode: '530102',
    });
    const setup = await t.http().post('/api/v1/auth/totp/setup').set(bearer(viewer.token)).expect(200);
    const secret = setup.body.secret as string;
    await t
      .http()
      .post('/api/v1/auth/totp/enable')
      .set(bearer(viewer.token))
      .send({ otp: totpAt(secret, Date.now()) })
      .expect(200);

    const { context, page } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('otp_viewer');
    await page.locator('input[name=password]').fill('Staff-Pass-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('该账号已开启双因素认证，请输入动态验证码').waitFor();
    // The next time step: a code already used to enable two factors is not accepted twice.
    await page.locator('input[name=otp]').fill(totpAt(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
    await expect(page.locator('[data-test=console]').textContent()).resolves.toContain('工作人员');
    // A staff viewer reads; scheduling is not offered.
    await page.getByRole('heading', { name: '协商会议' }).waitFor();
    await expect(page.getByRole('link', { name: '新建会议' }).count()).resolves.toBe(0);
    await context.close();
  });
});
