import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { settledScan, ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(300_000);

const DEMO_PASSWORD = 'Demo-2026-xs';

describe('web client: a department handler (wh_handler, demo data) works through the department’s suggestions', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let organiser: string;
  let coHandler: string;
  let toReply: string;
  let toCountersign: string;
  const shots = screenshotDir();
  const a11y: Record<string, string[]> = {};

  async function scan(page: Page, name: string): Promise<void> {
    a11y[name] = await settledScan(page, `${shots}/${name}.png`);
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ DEMO_DATA: 'true' });
    base = await t.listen();
    browser = await launchBrowser();
    const admin = await t.login('admin');
    organiser = await t.login('wh_organiser', DEMO_PASSWORD);
    const dept = async (name: string) =>
      (
        await t
          .http()
          .get('/api/v1/departments')
          .query({ region: '530102', q: name })
          .set(bearer(admin))
          .expect(200)
      ).body.items[0] as { id: string; name: string };
    const housing = await dept('五华区住房和城乡建设局');
    const transport = await dept('五华区交通运输局');
    coHandler = (
      await staff(t, admin, {
        username: 'wh_transport',
        roles: ['department_handler'],
        regionCode: '530102',
        departmentId: transport.id,
      })
    ).token;
    // A session of the demo year that was held, and two suggestions from it handed out today.
    const heldWith = async (status: string) =>
      (
        await t
          .http()
          .get('/api/v1/sessions')
          .query({ region: '530102', status, pageSize: 1 })
          .set(bearer(organiser))
          .expect(200)
      ).body.items[0] as { id: string } | undefined;
    const held = (await heldWith('ended')) ?? (await heldWith('concluded'))!;
    const suggest = async (content: string, departmentIds: string[]) => {
      const id = (
        await t
          .http()
          .post('/api/v1/suggestions')
          .set(bearer(organiser))
          .send({ sessionId: held.id, content, departmentIds })
          .expect(201)
      ).body.id as string;
      await t
        .http()
        .post(`/api/v1/suggestions/${id}/assign`)
        .set(bearer(organiser))
        .send({ departmentIds, dueAt: new Date(Date.now() + 3 * 86400_000).toISOString() })
        .expect(200);
      return id;
    };
    toReply = await suggest('建议对翠湖片区老旧小区屋面渗漏开展集中排查维修', [housing.id, transport.id]);
    toCountersign = await suggest('建议优化翠湖周边公交站台设置并同步改造人行道', [transport.id, housing.id]);
    // The transport bureau (lead) replies to the second; the housing bureau countersigns in the browser.
    await t
      .http()
      .post(`/api/v1/suggestions/${toCountersign}/reply`)
      .set(bearer(coHandler))
      .send({ grade: 'B', content: '已列入明年公交站台改造计划', adopted: true })
      .expect(200);
    // 督办: today's reminders go out to the departments of suggestions due within 7 days.
    await t.http().post('/api/v1/supervision/reminders').set(bearer(organiser)).expect(200);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in to the workbench, countersigns one suggestion and replies A with an attachment to another', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('wh_handler');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    // The console opens on the handler's desk, with the department named.
    await page.waitForURL(/\/console\/handling/);
    const desk = page.locator('[data-test=handling]');
    await desk.getByText('五华区住房和城乡建设局承办的意见建议').waitFor();
    // The header says whose desk this is and where, by the region's name rather than its code.
    await page.locator('[data-test=who]', { hasText: '辖区 五华区' }).waitFor();
    await expect(page.locator('[data-test=menu]').innerText()).resolves.toContain('建议办理');
    const rows = page.locator('[data-test=suggestions] tbody tr');
    await rows.first().waitFor();
    await scan(page, 'handling-assigned');

    // The bell counts the unread notices (the assignments and today's reminders) as the API does.
    const handler = await t.login('wh_handler', DEMO_PASSWORD);
    const unread = (
      await t
        .http()
        .get('/api/v1/me/notifications')
        .query({ unread: 'true', pageSize: 1 })
        .set(bearer(handler))
        .expect(200)
    ).body.total as number;
    expect(unread).toBeGreaterThan(0);
    const badge = page.locator('[data-test=unread-count] .el-badge__content');
    await badge.filter({ hasText: String(Math.min(unread, 99)) }).waitFor();
    await page.locator('[data-test=bell]').click();
    const centre = page.locator('[data-test=notifications]');
    await centre.locator('[data-test=notification]', { hasText: '建议即将到期' }).first().waitFor();
    await scan(page, 'notifications');
    await centre.getByRole('button', { name: '全部标为已读' }).click();
    await badge.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await centre.waitFor({ state: 'hidden' });

    // Due soon: both suggestions are there (due in 3 days), the tab is in the URL.
    await page.locator('[data-test=tab-dueSoon]').click();
    await page.waitForURL(/tab=dueSoon/);
    const replyRow = rows.filter({ hasText: '屋面渗漏' });
    await replyRow.waitFor();
    await expect(replyRow.innerText()).resolves.toContain('主办');
    const signRow = rows.filter({ hasText: '公交站台' });
    await expect(signRow.innerText()).resolves.toContain('协办');

    // 会签: the lead's reply is waiting; the housing bureau countersigns with an opinion.
    await signRow.getByRole('button', { name: '办理' }).click();
    const drawer = page.locator('[data-test=suggestion-detail]');
    await drawer.locator('[data-test=suggestion-reply]', { hasText: '已列入明年公交站台改造计划' }).waitFor();
    await drawer.locator('[data-test=reminders]', { hasText: '建议即将到期' }).waitFor();
    await drawer.locator('[data-test=countersign-form] textarea').fill('同意，人行道改造由我局配合');
    await drawer.locator('[data-test=countersign-form]').getByRole('button', { name: '会签' }).click();
    await page.locator('.el-message', { hasText: '已会签' }).waitFor();
    // The only co-handler signed: the reply now counts.
    await drawer.locator('[data-test=suggestion-status]', { hasText: '已答复' }).waitFor();
    expect(
      (await t.http().get(`/api/v1/suggestions/${toCountersign}`).set(bearer(organiser)).expect(200)).body,
    ).toMatchObject({ status: 'replied', departments: [{}, { opinion: '同意，人行道改造由我局配合' }] });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The reply: nothing is sent without a grade and text; a bad phone is refused before sending.
    await replyRow.getByRole('button', { name: '办理' }).click();
    const form = drawer.locator('[data-test=reply-form]');
    await form.waitFor();
    await drawer.locator('[data-test=reminders]', { hasText: '建议即将到期' }).waitFor();
    await form.locator('input[name=contactPhone]').fill('12345');
    await form.getByRole('button', { name: '提交答复' }).click();
    await form.locator('.el-form-item__error', { hasText: '请选择答复类别' }).waitFor();
    await form.locator('.el-form-item__error', { hasText: '请填写答复内容' }).waitFor();
    await form.locator('.el-form-item__error', { hasText: '请输入 11 位手机号码' }).waitFor();
    // 采纳 follows the class as picked (C is an explanation, not adopted), and stays the handler's to change.
    const adopted = form.getByRole('switch', { name: '采纳建议' });
    await form.getByText('C 类（列入计划或说明）').click();
    await expect(adopted.getAttribute('aria-checked')).resolves.toBe('false');
    await form.getByText('A 类（已解决）').click();
    await expect(adopted.getAttribute('aria-checked')).resolves.toBe('true');
    await form
      .locator('textarea[name=content]')
      .fill('已组织专业队伍完成排查，12 栋楼屋面渗漏已于本月修复。');
    await form.locator('input[name=contactPhone]').fill('13912345678');
    // A file goes with the reply.
    const file = `${shots}/排查清单.pdf`;
    writeFileSync(file, '%PDF-1.4\n% 排查清单\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    await drawer.locator('[data-test=file-upload] input[type=file]').setInputFiles(file);
    await drawer.locator('[data-test=reply-files]', { hasText: '排查清单.pdf' }).waitFor();
    await scan(page, 'handling-reply-form');
    await form.getByRole('button', { name: '提交答复' }).click();
    await page.locator('.el-message', { hasText: '答复已提交' }).waitFor();
    // A co-handler still has to sign: the reply waits.
    await drawer.locator('[data-test=suggestion-reply]', { hasText: '等待协办单位会签后生效' }).waitFor();
    await page.keyboard.press('Escape');

    // The transport bureau countersigns; the suggestion moves to the replied tab with its reply.
    await t
      .http()
      .post(`/api/v1/suggestions/${toReply}/countersign`)
      .set(bearer(coHandler))
      .send({})
      .expect(200);
    await page.locator('[data-test=tab-replied]').click();
    await page.waitForURL(/tab=replied/);
    const done = rows.filter({ hasText: '屋面渗漏' });
    await done.waitFor();
    await done.getByRole('button', { name: '查看' }).click();
    const reply = drawer.locator('[data-test=suggestion-reply]');
    await reply.waitFor();
    await expect(reply.innerText()).resolves.toContain('12 栋楼屋面渗漏已于本月修复');
    await expect(reply.innerText()).resolves.toContain('A 类（已解决）');
    await expect(reply.innerText()).resolves.toContain('采纳建议');
    // The phone is masked for a handler without pii:read.
    await expect(reply.innerText()).resolves.toMatch(/139\*{4}5678/);
    await drawer.locator('[data-test=suggestion-status]', { hasText: '已答复' }).waitFor();
    await drawer.locator('[data-test=reply-files]', { hasText: '排查清单.pdf' }).waitFor();
    await scan(page, 'handling-replied');
    const saved = (await t.http().get(`/api/v1/suggestions/${toReply}`).set(bearer(organiser)).expect(200))
      .body;
    expect(saved).toMatchObject({
      status: 'replied',
      reply: { grade: 'A', adopted: true, content: '已组织专业队伍完成排查，12 栋楼屋面渗漏已于本月修复。' },
    });
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();

    expect(Object.entries(a11y).filter(([, v]) => v.length)).toEqual([]);
  });
});
