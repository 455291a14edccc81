import type { Browser } from 'playwright-core';
import { ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import {
  act,
  heldSession,
  inDays,
  outcomesWorld,
  publishOutcome,
  suggestion,
} from '@test/factories/outcomes';
import { publishSession } from '@test/factories/scheduling';
import { bearer, SMS_CODE, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

describe('web client: a resident logs in by SMS, registers and gets a ticket', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let admin: string;
  let session: { id: string; title: string };
  const shots = screenshotDir();
  const phone = '13912345678';

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    admin = await t.login('admin');
    const s = await publishSession(t, admin, {
      title: '翠湖片区停车难协商议事会',
      capacity: 20,
      agenda: [
        { kind: 'briefing', title: '通报停车位调研情况', minutes: 15 },
        { kind: 'questions', title: '居民提问', minutes: 30 },
      ],
    });
    session = { id: s.id, title: '翠湖片区停车难协商议事会' };
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('finds the published session on the home page, logs in with the SMS code and registers', async () => {
    const { context, page, problems } = await newPage(browser, base, { mobile: true });
    await page.goto('/');
    await page.locator('[data-test=workstations] article').first().waitFor();
    await page.screenshot({ path: `${shots}/home-with-data-mobile.png`, fullPage: true });
    await page.getByRole('link', { name: session.title }).click();
    await expect(page.locator('[data-test=session-title]').textContent()).resolves.toBe(session.title);
    // Agenda in Chinese with the segment kinds; time shown in Beijing time.
    await page.getByText('通报停车位调研情况').waitFor();
    await expect(page.locator('[data-test=session-time]').textContent()).resolves.toMatch(/（北京时间）$/);
    // In English the note takes English brackets, not the Chinese full-width ones.
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('xs.locale', 'en'),
    );
    await page.reload();
    await expect(page.locator('[data-test=session-time]').textContent()).resolves.toMatch(
      /\d (\(Beijing time\))$/,
    );
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('xs.locale', 'zh-Hans'),
    );
    await page.reload();
    await page.getByText('通报停车位调研情况').waitFor();

    // Registering needs a login: the link leads to the SMS login and back here.
    await page.locator('[data-test=login-to-register]').click();
    await page.getByRole('heading', { name: '手机号登录' }).waitFor();
    await page.locator('input[name=phone]').fill(phone);
    await page.locator('[data-test=send-code]').click();
    await page.getByText('验证码已发送').waitFor();
    await page.locator('input[name=code]').fill('000000');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('.flash-error').waitFor();
    await page.locator('input[name=code]').fill(SMS_CODE);
    await page.locator('input[name=nickname]').fill('翠湖老张');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('[data-test=session-title]').waitFor();
    await expect(page.locator('[data-test=who]').textContent()).resolves.toBe('翠湖老张');

    // The form refuses without consent, then registers.
    const form = page.locator('[data-test=register] form');
    await form.locator('input[name=name]').fill('张建国');
    await form.locator('input[name=community]').fill('翠湖社区');
    await form.getByRole('button', { name: '提交报名' }).click();
    await page.getByText('请先勾选同意个人信息告知').waitFor();
    await expect(page.locator('[data-test=privacy]').textContent()).resolves.toMatch(/手机号/);
    await form.locator('[data-test=consent]').click();
    // The phone keyboard's Go key in the last field submits, as the button does.
    await form.locator('input[name=community]').press('Enter');

    const ticket = page.locator('[data-test=ticket]');
    await ticket.waitFor();
    await expect(ticket.textContent()).resolves.toContain('报名成功');
    const code = (await page.locator('[data-test=ticket-code]').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4,}$/);
    // The QR code is the server's PNG, fetched with the login and shown as an image.
    const qr = page.locator('[data-test=ticket-qr]');
    await qr.waitFor();
    // A short-lived signed link the browser loads itself (WeChat cannot save `blob:` images).
    expect(await qr.getAttribute('src')).toMatch(
      /^\/api\/v1\/registrations\/[0-9a-f-]{36}\/ticket\.png\?sid=/,
    );
    expect(
      await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(50);
    await page.screenshot({ path: `${shots}/ticket-mobile.png`, fullPage: true });

    // The registration is stored for this phone: staff see it masked, and the code checks in.
    const regs = await t
      .http()
      .get(`/api/v1/sessions/${session.id}/registrations`)
      .set(bearer(admin))
      .expect(200);
    expect(regs.body.items).toEqual([
      expect.objectContaining({
        name: '张建国',
        community: '翠湖社区',
        phone: '139****5678',
        status: 'confirmed',
      }),
    ]);
    await t
      .http()
      .post(`/api/v1/sessions/${session.id}/checkins`)
      .set(bearer(admin))
      .send({ code })
      .expect(201);

    // "My registrations" lists it with the ticket.
    await page.getByRole('link', { name: '我的报名' }).click();
    const mine = page.locator('[data-test=my-registrations] .reg-card');
    await mine.first().waitFor();
    await expect(mine.count()).resolves.toBe(1);
    await expect(mine.first().textContent()).resolves.toContain(session.title);
    await expect(mine.first().textContent()).resolves.toContain('已签到');

    // Back on the session page the ticket is shown again instead of a second registration form.
    await mine.first().locator('.van-cell', { hasText: session.title }).click();
    await page.locator('[data-test=ticket]').waitFor();
    await expect(page.locator('[data-test=ticket-code]').textContent()).resolves.toBe(code);
    await expect(page.locator('[data-test=register] form').count()).resolves.toBe(0);
    expect(problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('a meeting that is over offers no registration; once its outcome is published, its page shows what came of it', async () => {
    const w = await outcomesWorld(t);
    const [lead] = w.departments;
    const s = await heldSession(t, w.organiser.token, { title: '翠湖片区夜市噪音协商会' });
    const { context, page, problems } = await newPage(browser, base, { mobile: true });
    await page.goto(`/sessions/${s.id}`);
    await page.locator('[data-test=session-title]').waitFor();
    await page.locator('[data-test=register]', { hasText: '本场会议已结束' }).waitFor();
    await expect(page.locator('[data-test=register] form').count()).resolves.toBe(0);
    await expect(page.locator('[data-test=session-outcome]').count()).resolves.toBe(0);

    // The organiser records and publishes the outcome; the department has replied to its suggestion.
    const sug = await suggestion(t, w.organiser.token, s.id, [lead.id], '建议设置夜市噪音监测点');
    await act(t, w.organiser.token, sug.id, 'assign', { departmentIds: [lead.id], dueAt: inDays(9) }).expect(
      200,
    );
    await act(t, lead.handler.token, sug.id, 'reply', {
      grade: 'A',
      content: '已设置两处监测点',
      adopted: true,
    }).expect(200);
    await publishOutcome(t, w.organiser.token, s.id, {
      summary: '夜市经营时间调整为 22 点前结束。',
      consensus: ['夜市 22 点前收摊'],
    });

    await page.reload();
    const outcome = page.locator('[data-test=session-outcome]');
    await outcome.getByRole('heading', { name: '协商成果' }).waitFor();
    // The minutes are open on the session's own page; the consensus and the reply are there.
    await outcome.getByText('夜市经营时间调整为 22 点前结束。').waitFor();
    await outcome.getByText('夜市 22 点前收摊').waitFor();
    const item = outcome.locator('.suggestion-cell', { hasText: '建议设置夜市噪音监测点' });
    await expect(item.textContent()).resolves.toContain('A 类（已解决）');
    await expect(item.textContent()).resolves.toContain('已设置两处监测点');
    await page.screenshot({ path: `${shots}/session-outcome-mobile.png`, fullPage: true });

    await outcome.getByRole('link', { name: /晒一晒/ }).click();
    await page.locator('[data-test=outcome]', { hasText: '翠湖片区夜市噪音协商会' }).waitFor();
    expect(problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
    await context.close();
  });
});
