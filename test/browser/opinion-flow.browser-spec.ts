import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchBrowser, newPage, screenshotDir, settledScan } from '@test/browser';
import { bearer, SMS_CODE, staff, startTestApp, TestApp } from '@test/test-app';
import { assignMembers, createDepartment, createMember, createWorkstation } from '@test/factories/directory';
import { act, heldSession, inDays, suggestion } from '@test/factories/outcomes';
import { FollowUpsService } from '@xs/outcomes';

jest.setTimeout(300_000);

const PASSWORD = 'Staff-Pass-2026';
// A real 1×1 PNG: the server recognises images by content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const CONCERN = '沙朗社区老年活动室门窗漏风，冬天老人不愿去';
const TITLE = '关于改造沙朗社区老年活动室的建议';
const RESIDENT_CONCERN = '小区门口公交站没有遮雨棚，雨天候车淋雨';
const TOPIC_CONCERN = '老旧小区加装电梯意见不一';

describe('web client: 社情民意 from a member’s phone at the workstation to an issue, 批示, 交办 and the counts', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let organiser: { id: string; token: string };
  let member: { id: string; token: string };
  let ws: string;
  let department: { id: string; name: string };
  let admin: string;
  const shots = screenshotDir();
  const a11y: Record<string, string[]> = {};
  const problems: string[] = [];

  async function scan(page: Page, name: string): Promise<void> {
    a11y[name] = await settledScan(page, `${shots}/${name}.png`);
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    admin = await t.login('admin');
    organiser = await staff(t, admin, {
      username: 'op_organiser',
      roles: ['organiser'],
      regionCode: '530102',
    });
    member = await staff(t, admin, { username: 'op_member', roles: ['member'], regionCode: '530102' });
    const m = await createMember(t, admin, { name: '刘洋', userId: member.id });
    ws = (await createWorkstation(t, admin, { regionCode: '530102010', name: '西翥街道委员工作站' }))
      .id as string;
    await assignMembers(t, admin, ws, [{ memberId: m.id as string }]);
    // A colleague serving at the same workstation, whom the member asks to co-sign.
    const c = await createMember(t, admin, { name: '陈静', sector: '医药卫生界', phone: '13611112222' });
    await assignMembers(t, admin, ws, [{ memberId: m.id as string }, { memberId: c.id as string }]);
    await staff(t, admin, {
      username: 'op_leader',
      displayName: '张副主席',
      roles: ['staff_viewer'],
      regionCode: '530102',
    });
    const d = await createDepartment(t, admin, { name: '五华区民政局', regionCode: '530102' });
    department = { id: d.id as string, name: d.name as string };
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a member on duty records a concern with a photo on the phone and sees it in their diary', async () => {
    const { context, page, problems: p } = await newPage(browser, base, { mobile: true });
    await page.goto(`/workstations/${ws}`);
    await page.locator('[data-test=to-opinion]').click();
    await page.waitForURL(/\/opinion$/);
    // Members sign in with their account right here (the resident login is by text message).
    const login = page.locator('[data-test=op-login]');
    await login.locator('input[name=username]').fill('op_member');
    await login.locator('input[name=password]').fill(PASSWORD);
    // Enter in the password field signs in, as on any login form.
    await login.locator('input[name=password]').press('Enter');
    const form = page.locator('[data-test=opinion-entry] form');
    await form.locator('[data-test=op-categories]').getByText('养老', { exact: true }).click();
    await form.locator('textarea[name=text]').fill(CONCERN);
    await form.locator('input[name=community]').fill('沙朗社区');
    await form.locator('input[name=phone]').fill('13987654321');
    await form
      .locator('[data-test=op-photos] input[type=file]')
      .setInputFiles({ name: '活动室.png', mimeType: 'image/png', buffer: PNG });
    // The photo uploads when picked: its preview shows without the uploading mask.
    await form.locator('.van-uploader__preview').waitFor();
    await form.locator('.van-uploader__mask').waitFor({ state: 'detached' });
    await page.locator('[data-test=op-workstation]', { hasText: '西翥街道委员工作站' }).waitFor();
    await scan(page, 'phone-record');
    await page.locator('[data-test=op-submit]').click();

    await page.waitForURL(/\/me\/opinion\?done=1/);
    await page.locator('[data-test=op-done]').waitFor();
    const entry = page.locator('[data-test=my-entry]', { hasText: CONCERN });
    await entry.waitFor();
    const text = await entry.innerText();
    expect(text).toContain('养老 · 沙朗社区');
    expect(text).toContain('1 张照片');
    expect(text).toContain('待处理');
    // The member's own workstations lead back to the form.
    await page.locator('[data-test=my-places]', { hasText: '西翥街道委员工作站' }).waitFor();
    await scan(page, 'phone-diary');
    const [row] = await t.db.query(
      `SELECT e.phone_enc, e.source, (SELECT count(*)::int FROM opinion_photos f WHERE f.entry_id = e.id) AS photos
         FROM opinion_entries e WHERE e.text = $1`,
      [CONCERN],
    );
    expect(row).toMatchObject({ source: 'staff', photos: 1 });
    expect(row.phone_enc).not.toContain('13987654321');

    // 回头看 on the public outcomes page: a completed suggestion reviewed seven months on, rated again.
    const held = await heldSession(t, organiser.token);
    const api = (token: string, path: string, body: object = {}) =>
      t.http().put(`/api/v1${path}`).set(bearer(token)).send(body);
    await api(organiser.token, `/sessions/${held.id}/outcome`, {
      summary: '活动室改造协商会',
      consensus: [],
    }).expect(200);
    const handler = await staff(t, admin, {
      username: 'op_handler',
      roles: ['department_handler'],
      regionCode: '530102',
      departmentId: department.id,
    });
    const sug = await suggestion(t, organiser.token, held.id, [department.id], '改造沙朗社区老年活动室门窗');
    await act(t, organiser.token, sug.id, 'assign', {
      departmentIds: [department.id],
      dueAt: inDays(9),
    }).expect(200);
    await act(t, handler.token, sug.id, 'reply', {
      grade: 'A',
      content: '已列入改造计划',
      adopted: true,
    }).expect(200);
    await act(t, organiser.token, sug.id, 'complete').expect(200);
    await t
      .http()
      .post(`/api/v1/sessions/${held.id}/outcome/publish`)
      .set(bearer(organiser.token))
      .expect(200);
    await t.db.query(`UPDATE suggestions SET completed_at = now() - interval '7 months' WHERE id = $1`, [
      sug.id,
    ]);
    await t.app.get(FollowUpsService).run();
    await act(t, organiser.token, sug.id, 'follow-up', {
      implementation: 'partly',
      note: '门窗已换，供暖未通',
    }).expect(200);
    await act(t, member.token, sug.id, 'follow-up/ratings', { rating: 'basically_satisfied' }).expect(201);
    await page.goto('/outcomes');
    const followUp = page.locator('[data-test=follow-up]', { hasText: '门窗已换，供暖未通' });
    await followUp.waitFor();
    const shown = await followUp.innerText();
    expect(shown).toContain('部分落实');
    expect(shown).toContain('回头看评价：满意 0 · 基本满意 1 · 不满意 0');
    await followUp.scrollIntoViewIfNeeded();
    await scan(page, 'phone-outcomes-follow-up');
    problems.push(...p);
    await context.close();
  });

  it('a resident leaves a concern for the workstation from the resident site on the phone', async () => {
    const { context, page, problems: p } = await newPage(browser, base, { mobile: true });
    const phone = '13812345670';
    await t.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    const pair = (
      await t
        .http()
        .post('/api/v1/auth/resident')
        .send({ phone, code: SMS_CODE, nickname: '居民王' })
        .expect(200)
    ).body as { accessToken: string };
    await page.goto('/');
    await page.evaluate((v) => {
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('xs.auth', JSON.stringify(v));
    }, pair);
    await page.goto(`/workstations/${ws}`);
    await page.locator('[data-test=to-opinion]').click();
    await page.waitForURL(/\/opinion$/);
    const form = page.locator('[data-test=opinion-entry] form');
    await form.locator('[data-test=op-categories]').getByText('交通', { exact: true }).click();
    await form.locator('textarea[name=text]').fill(RESIDENT_CONCERN);
    await form.locator('input[name=community]').fill('沙朗社区');
    await scan(page, 'phone-resident-record');
    await page.locator('[data-test=op-submit]').click();
    // Residents are thanked on the spot (the diary is members' own).
    await page.locator('[data-test=op-done-resident]').waitFor();
    await scan(page, 'phone-resident-done');
    const [row] = await t.db.query(`SELECT source, member_id FROM opinion_entries WHERE text = $1`, [
      RESIDENT_CONCERN,
    ]);
    expect(row).toEqual({ source: 'resident', member_id: null });
    // A second one, through the API, for staff to make a topic of.
    await t
      .http()
      .post(`/api/v1/workstations/${ws}/opinion-entries`)
      .set(bearer(pair.accessToken))
      .send({ text: TOPIC_CONCERN, category: '城市管理' })
      .expect(201);
    problems.push(...p);
    await context.close();
  });

  it('the member writes a report from it in the console, picks a co-signer by name, sees the concern it carries, and submits it', async () => {
    const { context, page, problems: p } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('op_member');
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/console') && !u.pathname.endsWith('/login'));

    // 民情日记: the member's own entry; selected, it starts a report.
    await page.goto('/console/opinion/entries');
    const row = page.locator('[data-test=entries] tbody tr', { hasText: CONCERN });
    await row.locator('[data-test=photo-thumbs] img').waitFor();
    await row.locator('.el-checkbox').click();
    await page.locator('[data-test=draft-report]').click();
    const dialog = page.locator('[data-test=report-dialog]');
    await expect(dialog.locator('textarea[name=situation]').inputValue()).resolves.toContain(CONCERN);
    await dialog.locator('input[name=title]').fill(TITLE);
    await dialog.locator('textarea[name=analysis]').fill('维修经费来源不明确。');
    await dialog.locator('textarea[name=suggestions]').fill('建议街道统筹资金，年内完成门窗改造。');
    // 联名: colleagues of the region found by name, shown with sector and workstation (no phone).
    await dialog.locator('[data-test=cosigner-pick]').click();
    await page.keyboard.type('陈');
    const option = page.locator('.el-select-dropdown__item:visible', { hasText: '陈静' });
    await option.waitFor();
    expect(await option.innerText()).toBe('陈静 · 医药卫生界 · 西翥街道委员工作站');
    await scan(page, 'console-cosigner-pick');
    await option.click();
    // Closes the list by clicking beside it (Escape would close the dialog too).
    await dialog.locator('.el-dialog__title').click();
    await option.waitFor({ state: 'hidden' });
    await dialog.locator('[data-test=cosigner-pick] .el-tag', { hasText: '陈静' }).waitFor();
    await dialog.locator('[data-test=report-save]').click();
    await page.locator('.el-message', { hasText: '已保存为草稿' }).waitFor();
    await row.locator('[data-test=disposition]', { hasText: '已写入信息' }).waitFor();

    // The draft shows who co-signs and the concern it carries (text, category, community, date; phone masked).
    await page.goto('/console/opinion/reports');
    const drawer = page.locator('[data-test=report-drawer]');
    await page.locator('[data-test=reports]').getByRole('button', { name: TITLE }).click();
    await drawer.locator('[data-test=report-cosigners]', { hasText: '联名：陈静' }).waitFor();
    const carried = drawer.locator('[data-test=report-entry]', { hasText: CONCERN });
    await carried.waitFor();
    const carriedText = await carried.innerText();
    expect(carriedText).toContain('养老 · 沙朗社区 · ');
    expect(carriedText).toMatch(/\d{4}[-/年]\d{1,2}[-/月]\d{1,2}/);
    expect(carriedText).toContain('139****4321');
    expect(carriedText).not.toContain('13987654321');
    await scan(page, 'console-member-report');
    await drawer.locator('[data-test=report-submit]').click();
    await drawer.locator('[data-test=report-status]', { hasText: '待审核' }).waitFor();
    problems.push(...p);
    await context.close();
  });

  it('staff adopt it into a new issue, download the DOCX, record 批示, assign it, send the issue, and see the counts', async () => {
    const { context, page, problems: p } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('op_organiser');
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/console') && !u.pathname.endsWith('/login'));

    // 民情日记: the member's entry with its photo (phone masked), now written up.
    await page.goto('/console/opinion/entries');
    const row = page.locator('[data-test=entries] tbody tr', { hasText: CONCERN });
    await row.locator('[data-test=photo-thumbs] img').waitFor();
    expect(await row.innerText()).toMatch(/139\*{4}4321/);
    await row.locator('[data-test=disposition]', { hasText: '已写入信息' }).waitFor();
    await scan(page, 'console-entries');

    // The residents' concerns: one answered on the spot, the other made a topic for consultation.
    const asked = page.locator('[data-test=entries] tbody tr', { hasText: RESIDENT_CONCERN });
    expect(await asked.innerText()).toContain('群众留言');
    await asked.getByRole('button', { name: '现场答复' }).click();
    const box = page.locator('.el-message-box');
    await box.locator('textarea').fill('已联系公交公司，本月内加装遮雨棚。');
    await box.getByRole('button', { name: '确定' }).click();
    await asked.locator('[data-test=disposition]', { hasText: '已现场答复' }).waitFor();
    expect(await asked.innerText()).toContain('已联系公交公司，本月内加装遮雨棚。');
    const topical = page.locator('[data-test=entries] tbody tr', { hasText: TOPIC_CONCERN });
    await topical.getByRole('button', { name: '转为议题' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await topical.locator('[data-test=disposition]', { hasText: '已转为议题' }).waitFor();
    const [made] = await t.db.query(
      `SELECT t.title, t.status FROM topics t JOIN opinion_entries e ON e.topic_id = t.id WHERE e.text = $1`,
      [TOPIC_CONCERN],
    );
    expect(made).toBeDefined();

    // A new issue of this year, numbered 1.
    await page.goto('/console/opinion/issues');
    await page.locator('[data-test=new-issue]').click();
    await page.locator('.el-message', { hasText: '已新建' }).waitFor();
    const issueDrawer = page.locator('[data-test=issue-drawer]');
    await issueDrawer.getByText('本期还没有采用的信息').waitFor();
    await page.keyboard.press('Escape');
    await issueDrawer.locator('.el-drawer').waitFor({ state: 'hidden' });

    // The member's submitted report is reviewed and adopted into that issue.
    await page.goto('/console/opinion/reports?status=submitted');
    const drawer = page.locator('[data-test=report-drawer]');
    await page.locator('[data-test=reports]').getByRole('button', { name: TITLE }).click();
    await drawer.locator('[data-test=report-status]', { hasText: '待审核' }).waitFor();
    await drawer.locator('[data-test=report-cosigners]', { hasText: '联名：陈静' }).waitFor();
    await drawer.locator('[data-test=report-entry]', { hasText: CONCERN }).waitFor();
    await drawer
      .locator('[data-test=adopt-issue]')
      .getByText(/年第1期/)
      .waitFor();
    await scan(page, 'console-review');
    await drawer.locator('[data-test=report-adopt]').click();
    await drawer.locator('[data-test=report-status]', { hasText: '已采用' }).waitFor();

    // 批示, then 交办 to a department with a due date.
    await drawer.locator('input[name=by]').fill('区委书记');
    await drawer.locator('[data-test=instruct-form] input[name=at]').fill('2026-11-30 09:30:00');
    await drawer.locator('[data-test=instruct-form] input[name=at]').press('Enter');
    await drawer.locator('textarea[name=instruction]').fill('请区民政局牵头，年内解决。');
    await drawer.locator('[data-test=instruct-save]').click();
    await drawer
      .locator('[data-test=instructions]', { hasText: '区委书记：请区民政局牵头，年内解决。' })
      .waitFor();
    await drawer.locator('[data-test=assign-departments]').click();
    await page.locator('.el-select-dropdown__item', { hasText: department.name }).click();
    await page.keyboard.press('Escape');
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await drawer.locator('[data-test=assign-form] input[name=dueAt]').fill(due);
    await drawer.locator('[data-test=assign-form] input[name=dueAt]').press('Enter');
    await drawer.locator('[data-test=assign-save]').click();
    await drawer.locator('[data-test=handling]', { hasText: '已交办' }).waitFor();
    await scan(page, 'console-instructed');
    const report = (
      await t.http().get('/api/v1/opinion-reports').query({ status: 'adopted' }).set(bearer(organiser.token))
    ).body.items[0];
    expect(report).toMatchObject({
      title: TITLE,
      instructions: [expect.objectContaining({ by: '区委书记', text: '请区民政局牵头，年内解决。' })],
      handling: { suggestionId: expect.any(String), status: 'assigned' },
    });

    // The issue: its report listed, the DOCX downloaded and opened back, then sent.
    await page.goto('/console/opinion/issues');
    await page
      .locator('[data-test=issues]')
      .getByRole('button', { name: /年第1期/ })
      .click();
    await issueDrawer.locator('[data-test=issue-reports]', { hasText: TITLE }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      issueDrawer.locator('[data-test=download-docx]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^社情民意-\d{4}年第1期\.docx$/);
    const xml = await (
      await JSZip.loadAsync(readFileSync(await download.path()))
    )
      .file('word/document.xml')!
      .async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('政协昆明市五华区委员会');
    expect(text).toContain(TITLE);
    expect(text).toContain('建议街道统筹资金，年内完成门窗改造。');
    expect(text).not.toContain('13987654321');
    // The member who wrote it and the co-signer, credited under the report.
    expect(text).toContain('（反映人：刘洋；联名：陈静）');
    await issueDrawer.locator('textarea[name=sendTo]').fill('区委、区政府领导');
    // Sent to a leader's account: found by name in the send form.
    await issueDrawer.locator('[data-test=send-leaders]').click();
    await page.keyboard.type('张');
    const leaderOption = page.locator('.el-select-dropdown__item:visible', { hasText: '张副主席' });
    await leaderOption.click();
    await issueDrawer.locator('[data-test=send-form] label').first().click();
    await leaderOption.waitFor({ state: 'hidden' });
    await issueDrawer.locator('[data-test=issue-send]').click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await issueDrawer.locator('[data-test=issue-status]', { hasText: '已印发' }).waitFor();
    await scan(page, 'console-issue-sent');
    // Sent, the issue is read-only (no send form); a mistake is put right by a new numbered 更正.
    expect(await issueDrawer.locator('[data-test=send-form]').count()).toBe(0);
    await issueDrawer.locator('[data-test=issue-correct]').click();
    const fixBox = page.locator('.el-message-box');
    await fixBox.locator('textarea').fill('第1期所载“门窗漏风”系“门窗老化”之误。');
    await fixBox.getByRole('button', { name: '确定' }).click();
    await page.locator('.el-message', { hasText: /已新建\d{4}年第2期/ }).waitFor();
    await issueDrawer.locator('.pre', { hasText: '门窗老化' }).waitFor();
    await issueDrawer.locator('[data-test=issue-status]', { hasText: '编辑中' }).waitFor();

    // The leader finds it in their notices with both files, and opens the Word one.
    const leaderCtx = await newPage(browser, base);
    const lp = leaderCtx.page;
    await lp.goto('/console/login');
    await lp.locator('input[name=username]').fill('op_leader');
    await lp.locator('input[name=password]').fill(PASSWORD);
    await lp.getByRole('button', { name: '登录' }).click();
    await lp.waitForURL((u) => u.pathname.startsWith('/console') && !u.pathname.endsWith('/login'));
    await lp.locator('[data-test=bell]').click();
    const notice = lp.locator('[data-test=notification]', { hasText: /《社情民意》\d{4}年第1期/ });
    await notice.locator('[data-test=notice-file-pdf]').waitFor();
    await scan(lp, 'leader-notice');
    const [sentDocx] = await Promise.all([
      lp.waitForEvent('download'),
      notice.locator('[data-test=notice-file-docx]').click(),
    ]);
    expect(sentDocx.suggestedFilename()).toMatch(/^社情民意-\d{4}年第1期\.docx$/);
    const sentXml = await (
      await JSZip.loadAsync(readFileSync(await sentDocx.path()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(sentXml.replace(/<[^>]+>/g, '')).toContain('报送：区委、区政府领导。');
    problems.push(...leaderCtx.problems);
    await leaderCtx.context.close();

    // The counts: what the API answers, on the screen.
    const stats = (await t.http().get('/api/v1/stats/opinion').set(bearer(organiser.token)).expect(200)).body;
    expect(stats.totals).toEqual({ entries: 3, submitted: 1, adopted: 1, instructed: 1, completed: 0 });
    await page.goto('/console/opinion/stats');
    for (const [k, v] of Object.entries(stats.totals as Record<string, number>))
      await page.locator(`[data-test=total-${k}] .v`, { hasText: new RegExp(`^${v}$`) }).waitFor();
    await page.locator('[data-test=chart-districts] canvas').waitFor();
    await page.locator('[data-test=opinion-by-member] tbody tr', { hasText: '刘洋' }).waitFor();
    await scan(page, 'console-stats');
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test=opinion-export]').click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await sheet.path());
    // The sheet carries the same totals as the screen: 3 entries, 1 submitted, adopted, instructed, 0 completed.
    const values = wb.getWorksheet('社情民意统计')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(values[1].slice(1)).toEqual(['合计', expect.stringContaining('（合计）'), 3, 1, 1, 1, 0]);
    problems.push(...p);
    await context.close();

    expect(problems.filter((x) => x.startsWith('pageerror') || x.startsWith('external'))).toEqual([]);
    expect(Object.entries(a11y).filter(([, v]) => v.length)).toEqual([]);
  });
});
