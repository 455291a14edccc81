import type { Browser, Page } from 'playwright-core';
import { settledScan, ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { createDepartment } from '@test/factories/directory';
import { ADMIN_PASSWORD, bearer, startTestApp, TestApp } from '@test/test-app';
import { totpAt } from '../../libs/identity/src/auth/totp';

jest.setTimeout(240_000);

describe('web client: an administrator manages accounts, two factors and the audit trail', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let admin: string;
  const shots = screenshotDir();
  const a11y: Record<string, string[]> = {};

  async function scan(page: Page, name: string): Promise<void> {
    a11y[name] = await settledScan(page, `${shots}/${name}.png`);
  }
  async function login(page: Page, username: string, password: string): Promise<void> {
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=password]').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    admin = await t.login('admin');
    await createDepartment(t, admin, { name: '五华区水务局', regionCode: '530102' });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('creates a handler, grants pii:read, resets its password, disables it, and verifies the audit chain', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await login(page, 'admin', ADMIN_PASSWORD);
    await expect(page.locator('[data-test=menu]').innerText()).resolves.toMatch(/用户与角色[\s\S]*审计日志/);
    await page.getByRole('menuitem', { name: '用户与角色' }).click();
    await page.locator('[data-test=user-list] tbody tr', { hasText: 'admin' }).waitFor();

    // New user: nothing is sent while fields are missing, the username or the password break the
    // server's rules (the page checks them first); a refusal from the server stands by its field.
    await page.locator('[data-test=new-user]').click();
    const dialog = page.locator('[data-test=user-form]');
    await dialog.locator('[data-test=save-user]').click();
    await dialog.locator('.el-form-item__error', { hasText: '必填' }).first().waitFor();
    await dialog.locator('.el-form-item__error', { hasText: '请至少选择一个角色' }).waitFor();
    // The server's username rule is checked before sending: a name must start with a letter.
    await dialog.locator('input[name=username]').fill('1_water');
    await dialog.locator('input[name=password]').click();
    await dialog.locator('.el-form-item__error', { hasText: '以字母开头' }).waitFor();
    await dialog.locator('input[name=username]').fill('wh_water');
    await dialog.locator('input[name=password]').fill('abcdefghijk');
    await dialog.locator('input[name=displayName]').fill('五华区水务局 张伟');
    await dialog.getByText('承办单位', { exact: true }).click();
    // The region from the tree: province, city, district.
    await dialog.locator('[data-test=region-picker]').click();
    const node = (name: string) =>
      page.locator('.el-tree-select__popper:visible .el-tree-node__content', {
        hasText: new RegExp(`^\\s*${name}\\s*$`),
      });
    // The tree starts at the administrator's own region (the whole country).
    await page.locator('.el-tree-select__popper:visible .el-tree-node__expand-icon').first().click();
    for (const step of ['云南省', '昆明市']) {
      await node(step).locator('.el-tree-node__expand-icon').click();
    }
    await node('五华区').click();
    await dialog.getByRole('combobox', { name: '承办单位' }).click();
    await page.getByRole('option', { name: '五华区水务局' }).click();
    const posted: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/users')) posted.push(r.url());
    });
    // A weak password: the rule the server holds, said under the field before anything is sent.
    await dialog.locator('[data-test=save-user]').click();
    const passwordItem = dialog.locator('.el-form-item', { has: page.locator('input[name=password]') });
    await passwordItem.locator('.el-form-item__error', { hasText: '密码不符合上面的要求' }).waitFor();
    await passwordItem.getByText('10–128 位，含大写字母、小写字母、数字、符号中的至少三类').waitFor();
    expect(posted).toEqual([]);
    // The reason has its own line: it does not run over the next field.
    const reason = await passwordItem.locator('.el-form-item__error').boundingBox();
    const next = await dialog.locator('input[name=displayName]').boundingBox();
    expect(reason!.y + reason!.height).toBeLessThanOrEqual(next!.y);
    await scan(page, 'user-form-weak');
    await dialog.locator('input[name=password]').fill('Water-Works-2026');
    // A rule the server holds and this page does not (a server newer than the page in the browser's
    // cache, say): the refusal stands by its field, in Chinese words, without the field's name.
    await page.route('**/api/v1/users', async (route) => {
      const sent = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...sent, phone: '12345' }) });
    });
    await dialog.locator('[data-test=save-user]').click();
    const phoneError = dialog.locator('.el-form-item', { has: page.locator('input[name=phone]') });
    await phoneError.locator('.el-form-item__error', { hasText: '应为有效的中国大陆手机号码' }).waitFor();
    await expect(phoneError.locator('.el-form-item__error').innerText()).resolves.toBe(
      '应为有效的中国大陆手机号码',
    );
    // One line above says where to look, not the field's reason again.
    await page.locator('.el-message', { hasText: '服务器未接受，请修改标红的字段' }).waitFor();
    await expect(dialog.locator('input[name=username]').inputValue()).resolves.toBe('wh_water');
    await scan(page, 'user-form');
    await page.unroute('**/api/v1/users');
    await dialog.locator('[data-test=save-user]').click();
    await page.locator('.el-message', { hasText: '用户已创建' }).waitFor();
    const row = page.locator('[data-test=user-list] tbody tr', { hasText: 'wh_water' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('承办单位');
    // Its region by name, as staff know it, not by code.
    await expect(row.innerText()).resolves.toContain('五华区');
    await expect(row.innerText()).resolves.not.toContain('530102');
    const listed = (
      await t.http().get('/api/v1/users').query({ q: 'wh_water' }).set(bearer(admin)).expect(200)
    ).body.items[0] as { id: string; departmentId: string | null; regionCode: string };
    expect(listed).toMatchObject({ regionCode: '530102' });
    expect(listed.departmentId).toMatch(/^[0-9a-f-]{36}$/);

    // Grant pii:read.
    await row.getByRole('button', { name: '编辑用户' }).click();
    await dialog.getByText('可查看完整手机号（pii:read）').click();
    await dialog.locator('[data-test=save-user]').click();
    await page.locator('.el-message', { hasText: '用户已保存' }).waitFor();
    await row.locator('td', { hasText: '✓' }).first().waitFor();

    // Reset the password: the new one signs in.
    await row.getByRole('button', { name: '重置密码' }).click();
    const box = page.locator('.el-message-box');
    await box.locator('input').fill('Fresh-Water-2027');
    await box.getByRole('button', { name: '确定' }).click();
    await page.locator('.el-message', { hasText: '密码已重置' }).waitFor();
    const handlerToken = await t.login('wh_water', 'Fresh-Water-2027');
    expect((await t.http().get('/api/v1/me').set(bearer(handlerToken)).expect(200)).body.permissions).toEqual(
      ['pii:read'],
    );

    // Disable: the account is signed out and can no longer sign in.
    await row.getByRole('button', { name: '停用' }).click();
    await box.getByRole('button', { name: '确定' }).click();
    await row.locator('.el-tag', { hasText: '已停用' }).waitFor();
    expect((await t.http().get('/api/v1/me').set(bearer(handlerToken))).status).toBe(401);
    await scan(page, 'users');

    // The audit trail: filter by action (kept in the URL), verify the chain.
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.locator('input[name=action]').fill('user.update');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/action=user\.update/);
    const entries = page.locator('[data-test=audit-list] tbody tr');
    await entries.first().waitFor();
    // The URL changes before the filtered page arrives: wait for the unfiltered rows to go.
    await entries.nth(3).waitFor({ state: 'detached' });
    await expect(entries.count()).resolves.toBe(3);
    await expect(entries.first().innerText()).resolves.toContain('disabled');
    // Each action by its name, the code it is filed under beside it.
    await expect(entries.first().innerText()).resolves.toMatch(/修改用户\s+user\.update/);
    // A staff write's own entry says 成功 in green with its status beneath (its result is `ok:200`), and
    // the result filter by kind finds it.
    await page.locator('input[name=action]').fill('PATCH /users');
    await page.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: '结果' }) }).click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '成功' }).click();
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/result=ok/);
    await page.locator('[data-test=audit-list] tbody tr', { hasText: 'PATCH /users/:id' }).first().waitFor();
    await expect(entries.first().locator('.el-tag--success').innerText()).resolves.toBe('成功');
    await expect(entries.first().innerText()).resolves.toMatch(/成功\s+200/);
    // Named like the actions, with the route it was filed under beside the name.
    await expect(entries.first().innerText()).resolves.toMatch(/修改用户\s+PATCH \/users\/:id/);
    await scan(page, 'audit-result');
    await page.locator('[data-test=verify-chain]').click();
    const result = page.locator('[data-test=chain-result]');
    await result.waitFor();
    const chain = (await t.http().get('/api/v1/audit/verify').set(bearer(admin)).expect(200)).body as {
      ok: boolean;
      checked: number;
    };
    expect(chain.ok).toBe(true);
    await expect(result.innerText()).resolves.toMatch(/哈希链完整：已校验 \d+ 条记录/);
    await scan(page, 'audit');
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
  });

  it('a staff member turns on two factors on the account page and sees the recovery codes once', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await login(page, 'admin', ADMIN_PASSWORD);
    await page.getByRole('menuitem', { name: '个人中心' }).click();
    const card = page.locator('[data-test=two-factor]');
    await card.locator('[data-test=setup-2fa]').click();
    await card.getByRole('button', { name: '获取密钥' }).click();
    const secret = (await card.locator('[data-test=totp-secret]').textContent())?.trim() ?? '';
    await card.locator('input[name=otp]').fill(totpAt(secret, Date.now()));
    await card.getByRole('button', { name: '开启' }).click();
    const codes = card.locator('[data-test=recovery-codes] li');
    await codes.first().waitFor();
    await expect(codes.count()).resolves.toBe(10);
    const first = (await codes.first().innerText()).trim();
    const second = (await codes.nth(1).innerText()).trim();
    await scan(page, 'account-codes');
    await card.getByRole('button', { name: '我已保存恢复码' }).click();
    await card.getByText('已开启：登录时需要身份验证器中的动态验证码。').waitFor();
    await expect(card.locator('[data-test=recovery-codes]').count()).resolves.toBe(0);
    // A recovery code stands in for the authenticator at the next login.
    const login2 = await t.http().post('/api/v1/auth/login').send({
      username: 'admin',
      password: ADMIN_PASSWORD,
      recoveryCode: first,
    });
    expect(login2.status).toBe(200);

    // The password form refuses a mismatch before sending and shows the server's refusal by its field.
    const form = page.locator('[data-test=password-form]');
    await form.locator('input[name=currentPassword]').fill('not-my-password');
    await form.locator('input[name=newPassword]').fill('Another-Pass-2027');
    await form.locator('input[name=repeat]').fill('Another-Pass-2028');
    await form.getByRole('button', { name: '保存' }).click();
    await form.locator('.el-form-item__error', { hasText: '两次输入的新密码不一致' }).waitFor();
    await form.locator('input[name=repeat]').fill('Another-Pass-2027');
    await form.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message--error').waitFor();
    // The refusal of the current password stands by that field; what was typed stays.
    await form.locator('.el-form-item__error', { hasText: '用户名或密码错误' }).waitFor();
    await expect(form.locator('input[name=newPassword]').inputValue()).resolves.toBe('Another-Pass-2027');
    await scan(page, 'account');
    // With the right current password the change goes through, and the new password is the one that signs in.
    await form.locator('input[name=currentPassword]').fill(ADMIN_PASSWORD);
    await form.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message--success', { hasText: '密码已修改' }).waitFor();
    const withOld = await t.http().post('/api/v1/auth/login').send({
      username: 'admin',
      password: ADMIN_PASSWORD,
      recoveryCode: second,
    });
    expect(withOld.body.code).toBe('INVALID_CREDENTIALS');
    const withNew = await t.http().post('/api/v1/auth/login').send({
      username: 'admin',
      password: 'Another-Pass-2027',
      recoveryCode: second,
    });
    expect(withNew.status).toBe(200);
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();

    expect(Object.keys(a11y).sort()).toEqual([
      'account',
      'account-codes',
      'audit',
      'audit-result',
      'user-form',
      'user-form-weak',
      'users',
    ]);
    expect(Object.entries(a11y).filter(([, v]) => v.length)).toEqual([]);
  });
});
