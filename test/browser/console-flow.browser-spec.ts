import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { register } from '@test/factories/registration';
import { createSession, createTestWorkstation } from '@test/factories/scheduling';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(180_000);

type Ack = { ok: boolean; [k: string]: unknown };
const emitAck = (s: Socket, event: string, payload: unknown) =>
  new Promise<Ack>((resolve) =>
    s
      .timeout(10_000)
      .emit(event, payload, (err: Error | null, res: Ack) => resolve(err ? { ok: false, err } : res)),
  );
async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !cond() && Date.now() < end;) await new Promise((r) => setTimeout(r, 50));
}
/** `YYYY-MM-DD HH:mm` in Beijing time, as the console's date-time pickers take typed input. */
function beijingInput(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
/** Types into an Element Plus date-time picker and confirms, as a keyboard user would. */
async function typeDate(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  await input.press('Enter');
}
/** Answers Element Plus's confirmation box with 确定. */
async function confirmDialog(page: Page): Promise<void> {
  const box = page.locator('.el-message-box');
  await box.waitFor();
  await box.getByRole('button', { name: '确定' }).click();
  await box.waitFor({ state: 'hidden' });
}

describe('web client: organiser console from scheduling to published outcome', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let workstationName: string;
  let handler: string;
  const sockets: Socket[] = [];
  const shots = screenshotDir();

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    const admin = await t.login('admin');
    await staff(t, admin, { username: 'wuhua_org', roles: ['organiser'], regionCode: '530102' });
    workstationName = `五华区翠湖委员工作室${Date.now().toString(36)}`;
    await createTestWorkstation(t, admin, { regionCode: '530102', name: workstationName });
    const dept = await t
      .http()
      .post('/api/v1/departments')
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: '五华区交警大队', regionCode: '530102' })
      .expect(201);
    handler = (
      await staff(t, admin, {
        username: 'jiaojing_handler',
        roles: ['department_handler'],
        regionCode: '530102',
        departmentId: dept.body.id as string,
      })
    ).token;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await t?.close();
  });

  it('an organiser schedules, publishes, checks people in, moderates the live room and publishes the outcome', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('wuhua_org');
    await page.locator('input[name=password]').fill('Staff-Pass-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();

    // Schedule a session through the form (times are Beijing time), held for approval in the live room.
    await page.getByRole('link', { name: '新建会议' }).first().click();
    const form = page.locator('[data-test=session-form]');
    await form.locator('input[name=title]').fill('篆新农贸市场周边交通协商会');
    await form.locator('[data-test=workstation-select]').click();
    await page.keyboard.type(workstationName.slice(0, 8));
    await page.getByRole('option', { name: `${workstationName}（委员工作室）` }).click();
    const start = new Date(Date.now() + 3 * 86400_000);
    await typeDate(form.locator('input[name=startsAt]'), beijingInput(start));
    await typeDate(
      form.locator('input[name=endsAt]'),
      beijingInput(new Date(start.getTime() + 2 * 3600_000)),
    );
    await form.locator('input[name=capacity]').fill('40');
    await form.locator('[data-test=moderation-mode]').click();
    await page.getByRole('option', { name: '先审后发' }).click();
    await form.getByRole('button', { name: '添加议程' }).click();
    await form.getByPlaceholder('议程内容').fill('交警大队通报周边路网改造方案');
    await form.getByRole('button', { name: '保存' }).click();

    await page.getByRole('heading', { name: '篆新农贸市场周边交通协商会' }).waitFor();
    const sessionId = page.url().split('/').pop()!;
    await expect(page.locator('[data-test=manage-status]').innerText()).resolves.toBe('草稿');
    await page.locator('[data-test=publish]').click();
    await confirmDialog(page);
    await page.locator('[data-test=manage-status]', { hasText: '报名中' }).waitFor();

    // A resident registers (over the API); the desk sees the phone masked and checks the ticket code in.
    const resident = await t.residentToken('13600001234', '市场老住户');
    const reg = await register(t, resident, sessionId, { name: '李秀英', community: '篆塘社区' });
    expect(reg.status).toBe(201);
    await page.getByRole('tab', { name: '报名与签到' }).click();
    await page.locator('[data-test=refresh]').click();
    const row = page.locator('[data-test=registrations] tbody tr');
    await row.first().waitFor();
    await expect(row.first().textContent()).resolves.toContain('李秀英');
    await expect(row.first().textContent()).resolves.toContain('136****1234');
    await page.locator('[data-test=checkin] input').fill(reg.body.ticket.code as string);
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await page.locator('[data-test=checkin-result]', { hasText: '李秀英 签到成功' }).waitFor();
    await page.locator('[data-test=checked-in-count]', { hasText: '1' }).waitFor();

    // Live: the resident's message is held until the organiser approves it.
    await page.getByRole('button', { name: '开始', exact: true }).click();
    await confirmDialog(page);
    await page.locator('[data-test=manage-status]', { hasText: '进行中' }).waitFor();
    await page.getByRole('tab', { name: '直播管理' }).click();
    await page.locator('[data-test=moderation]').waitFor();
    const sock = io(`${base}/live`, {
      auth: { token: resident },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(sock);
    const heard: string[] = [];
    sock.on('chat:batch', (b: { messages: { text: string }[] }) =>
      heard.push(...b.messages.map((m) => m.text)),
    );
    expect((await emitAck(sock, 'room:join', { sessionId })).ok).toBe(true);
    const sent = await emitAck(sock, 'chat:send', {
      sessionId,
      clientMsgId: 'r-1',
      text: '早高峰能否增设临时停车泊位？',
    });
    expect(sent).toMatchObject({ ok: true, status: 'held' });
    const heldItem = page.locator('.item', { hasText: '早高峰能否增设临时停车泊位？' });
    await heldItem.waitFor();
    await page.screenshot({ path: `${shots}/moderation.png`, fullPage: true });
    expect(heard).toEqual([]);
    await heldItem.getByRole('button', { name: '通过' }).click();
    await until(() => heard.includes('早高峰能否增设临时停车泊位？'));
    expect(heard).toContain('早高峰能否增设临时停车泊位？');
    await page.locator('.chat .msg', { hasText: '早高峰能否增设临时停车泊位？' }).waitFor();

    // The other tools reach the room: a hidden message is removed for the resident too; a muted author's
    // next message is refused with the catalogue's code; slow mode becomes the room's.
    const removed: string[] = [];
    sock.on('mod:removed', (r: { messageId: string }) => removed.push(r.messageId));
    const states: { slowModeSeconds?: number }[] = [];
    sock.on('room:state', (r: { slowModeSeconds?: number }) => states.push(r));
    await page
      .locator('.chat .msg', { hasText: '早高峰能否增设临时停车泊位？' })
      .getByRole('button', { name: '隐藏' })
      .click();
    await until(() => removed.length === 1);
    expect(removed).toHaveLength(1);
    await page
      .locator('.chat .msg', { hasText: '早高峰能否增设临时停车泊位？' })
      .waitFor({ state: 'detached' });
    const second = await emitAck(sock, 'chat:send', { sessionId, clientMsgId: 'r-2', text: '泊位收费吗？' });
    expect(second).toMatchObject({ ok: true, status: 'held' });
    await page
      .locator('.held-item', { hasText: '泊位收费吗？' })
      .getByRole('button', { name: '禁言 10 分钟' })
      .click();
    await page.locator('.el-message--success', { hasText: '已禁言 10 分钟' }).waitFor();
    const muted = await emitAck(sock, 'chat:send', { sessionId, clientMsgId: 'r-3', text: '还能说话吗' });
    expect(muted).toMatchObject({ ok: false, error: { code: 'MUTED' } });
    await page.locator('[data-test=slowmode-now]', { hasText: '当前：未开启' }).waitFor();
    await page
      .locator('[data-test=moderation] #slowmode input, [data-test=moderation] input#slowmode')
      .first()
      .fill('30');
    await page.locator('[data-test=moderation]').getByRole('button', { name: '应用' }).click();
    await until(() => states.some((r) => r.slowModeSeconds === 30));
    expect(states.some((r) => r.slowModeSeconds === 30)).toBe(true);
    await page.locator('.el-message--success', { hasText: '慢速模式已设为 30 秒' }).waitFor();
    await page.locator('[data-test=slowmode-now]', { hasText: '当前：每人每 30 秒可发一条' }).waitFor();

    // After the meeting: summary and consensus, published for everyone (晒一晒).
    await page.getByRole('button', { name: '结束', exact: true }).click();
    await confirmDialog(page);
    await page.locator('[data-test=manage-status]', { hasText: '已结束' }).waitFor();
    await page.getByRole('tab', { name: '成果' }).click();
    const panel = page.locator('[data-test=outcome-panel]');
    const outcomeForm = panel.locator('[data-test=outcome-form]');
    await outcomeForm
      .getByLabel('会议纪要')
      .fill('会议听取了交警大队关于路网改造的通报，居民代表围绕早高峰停车提出意见。');
    await outcomeForm.getByLabel('共识要点 1').fill('增设早高峰临时泊位');
    await outcomeForm.getByRole('button', { name: '添加一条共识' }).click();
    await outcomeForm.getByLabel('共识要点 2').fill('农贸市场错峰卸货');
    await outcomeForm.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message', { hasText: '已保存' }).waitFor();

    // A suggestion to the traffic police, then assigned with its deadline (交办).
    const draft = panel.locator('[data-test=new-suggestion]');
    await draft.getByPlaceholder('建议内容').fill('在农贸市场东门增设早高峰临时停车泊位 30 个');
    await draft.locator('[data-test=new-suggestion-departments]').click();
    await page.getByRole('option', { name: '五华区交警大队' }).click();
    await page.keyboard.press('Escape');
    await typeDate(draft.getByLabel('办理期限'), beijingInput(new Date(Date.now() + 30 * 86400_000)));
    await draft.getByRole('button', { name: '新增建议' }).click();
    const suggestion = panel.locator('[data-test=suggestion]', { hasText: '东门增设早高峰临时停车泊位' });
    await suggestion.locator('.tag', { hasText: '待交办' }).waitFor();
    await expect(suggestion.textContent()).resolves.toContain('五华区交警大队');
    await suggestion.getByRole('button', { name: '交办' }).click();
    await suggestion.locator('.tag', { hasText: '办理中' }).waitFor();

    await panel.getByRole('button', { name: '公开成果' }).click();
    await confirmDialog(page);
    // Whatever the answer, it is shown; it must be the success.
    await page.locator('.el-message', { hasText: '成果已公开' }).waitFor();
    await panel.locator('[data-test=outcome-status]', { hasText: '已公开' }).waitFor();

    // The traffic police answer; the public page shows the reply with its grade.
    const listed = await t
      .http()
      .get('/api/v1/suggestions')
      .query({ session: sessionId })
      .set(bearer(handler))
      .expect(200);
    const suggestionId = (listed.body.items as { id: string }[])[0].id;
    await t
      .http()
      .post(`/api/v1/suggestions/${suggestionId}/reply`)
      .set(bearer(handler))
      .send({ grade: 'A', content: '已在东门划设临时泊位 32 个，早 7 点至 9 点开放。', adopted: true })
      .expect(200);

    await page.goto('/outcomes');
    const outcome = page.locator('[data-test=outcome]', { hasText: '篆新农贸市场周边交通协商会' });
    await outcome.waitFor();
    await expect(outcome.locator('ol li').allTextContents()).resolves.toEqual([
      '增设早高峰临时泊位',
      '农贸市场错峰卸货',
    ]);
    const item = outcome.locator('.item', { hasText: '东门增设早高峰临时停车泊位' });
    await expect(item.textContent()).resolves.toContain('已答复');
    await expect(item.textContent()).resolves.toContain('A 类（已解决）');
    await expect(item.textContent()).resolves.toContain('已在东门划设临时泊位 32 个');
    await expect(item.textContent()).resolves.toContain('已采纳');

    // Statistics for the region count the session.
    await page.goto('/console/stats');
    const kpis = page.locator('[data-test=stats]');
    await kpis.waitFor();
    await expect(kpis.locator('.kpi').first().locator('.el-statistic__number').textContent()).resolves.toBe(
      '1',
    );
    await page.screenshot({ path: `${shots}/stats.png`, fullPage: true });

    // Exports download with the login (fetch + blob), under the server's file name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '协商会议情况（CSV）' }).click(),
    ]);
    // Named after the list and the region, as the server names it.
    expect(download.suggestedFilename()).toMatch(/^协商会议情况-.+\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('篆新农贸市场周边交通协商会');
    expect(problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
    await context.close();
  });
  it('an organiser edits a draft, publishes and cancels it; residents see it cancelled and closed', async () => {
    const admin = await t.login('admin');
    const draft = await createSession(t, admin, { title: '待定：停车收费听证' });
    const { context, page } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('wuhua_org');
    await page.locator('input[name=password]').fill('Staff-Pass-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
    await page.goto(`/console/sessions/${draft.id}`);
    await page.getByRole('heading', { name: '待定：停车收费听证' }).waitFor();

    await page.getByRole('link', { name: '编辑会议' }).click();
    const form = page.locator('[data-test=session-form]');
    await form.locator('input[name=title]').fill('翠湖片区停车收费协商会');
    // Guests may vote on statements only where they may watch: the box waits for anonymous viewing.
    const guestVoting = form.locator('[data-test=guest-voting] input');
    await expect(guestVoting.isDisabled()).resolves.toBe(true);
    await form.getByText('允许未登录观看').click();
    await form.getByText('允许未登录者对观点表态').click();
    await expect(guestVoting.isChecked()).resolves.toBe(true);
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '翠湖片区停车收费协商会' }).waitFor();
    const edited = await t.http().get(`/api/v1/sessions/${draft.id}`).set(bearer(admin));
    expect(edited.body).toMatchObject({ allowAnonymousViewing: true, allowGuestVoting: true });

    await page.getByRole('button', { name: '发布' }).click();
    await confirmDialog(page);
    await page.locator('[data-test=manage-status]', { hasText: '报名中' }).waitFor();
    await page.getByRole('button', { name: '取消会议' }).click();
    const box = page.locator('.el-message-box');
    await box.getByRole('textbox').fill('与区人大代表接待日冲突，另行安排');
    await box.getByRole('button', { name: '确定' }).click();
    await page.locator('[data-test=manage-status]', { hasText: '已取消' }).waitFor();

    await page.goto(`/sessions/${draft.id}`);
    // Staff see the reason; residents see that it is cancelled and cannot register.
    await page.getByText('原因：与区人大代表接待日冲突，另行安排').waitFor();
    const resident = await newPage(browser, base);
    await resident.page.goto(`/sessions/${draft.id}`);
    await resident.page.getByText('本场会议已取消。').waitFor();
    await expect(resident.page.locator('[data-test=register]').textContent()).resolves.toContain(
      '当前不在报名时间内',
    );
    await resident.context.close();
    await context.close();
  });
});
