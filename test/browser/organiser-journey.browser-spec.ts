import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import QRCode from 'qrcode';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import {
  settledScan,
  ensureWebBuilt,
  fakeCameraArgs,
  launchBrowser,
  newPage,
  screenshotDir,
  writeMatrixY4m,
} from '@test/browser';
import { createDepartment, createMember } from '@test/factories/directory';
import { emitAck, open, until } from '@test/factories/live';
import { register, testPhone } from '@test/factories/registration';
import { createSession, createTestWorkstation } from '@test/factories/scheduling';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(240_000);

/** `YYYY-MM-DD HH:mm` in Beijing time, as the console's pickers take typed input. */
const beijing = (d: Date) =>
  new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
async function typeDate(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  await input.press('Enter');
}
async function confirmDialog(page: Page): Promise<void> {
  const box = page.locator('.el-message-box');
  await box.waitFor();
  await box.getByRole('button', { name: '确定' }).click();
  await box.waitFor({ state: 'hidden' });
}
async function choose(page: Page, select: Locator, option: string, typed?: string): Promise<void> {
  await select.click();
  if (typed) await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** What has the keyboard focus: its id and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = (
      globalThis as unknown as {
        document: { activeElement: { id: string; textContent: string | null } | null };
      }
    ).document.activeElement;
    return { id: el?.id ?? '', text: el?.textContent?.trim().slice(0, 20) ?? '' };
  });

describe('web client: an organiser runs the whole consultation from the console', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let admin: string;
  let organiserToken: string;
  let handlerToken: string;
  let workstation: { id: string; name: string };
  let deptName: string;
  let memberName: string;
  const sockets: Socket[] = [];
  const shots = screenshotDir();
  const cameraFile = path.join(shots, 'ticket.y4m');
  const a11y: Record<string, string[]> = {};

  async function scan(page: Page, name: string): Promise<void> {
    a11y[name] = await settledScan(page, `${shots}/${name}.png`);
  }
  async function login(page: Page): Promise<void> {
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('journey_org');
    await page.locator('input[name=password]').fill('Staff-Pass-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    // The camera shows a ticket's QR code: written below once the registration exists.
    writeMatrixY4m(cameraFile, 1, () => false);
    browser = await launchBrowser(fakeCameraArgs(cameraFile));
    admin = await t.login('admin');
    organiserToken = (
      await staff(t, admin, { username: 'journey_org', roles: ['organiser'], regionCode: '530102' })
    ).token;
    const name = `翠湖议事厅${Date.now().toString(36)}`;
    const ws = await createTestWorkstation(t, admin, { regionCode: '530102', name });
    workstation = { id: ws.id, name };
    deptName = '五华区城市管理局';
    const dept = await createDepartment(t, admin, { name: deptName, regionCode: '530102' });
    handlerToken = (
      await staff(t, admin, {
        username: 'journey_handler',
        roles: ['department_handler'],
        regionCode: '530102',
        departmentId: dept.id as string,
      })
    ).token;
    memberName = '李委员';
    await createMember(t, admin, { name: memberName, regionCode: '530102', sector: '教育界' });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await t?.close();
    // Serious or critical accessibility problems on any main screen fail the run, listed by screen.
  });

  let topicId: string;
  let sessionId: string;

  it('reviews the topic queue (source, supports, similar hints), merges a duplicate and schedules a series from the topic', async () => {
    const r1 = await t.residentToken(testPhone(), '翠湖居民甲');
    const r2 = await t.residentToken(testPhone(), '翠湖居民乙');
    const make = async (token: string, title: string, description: string) =>
      (
        await t
          .http()
          .post('/api/v1/topics')
          .set(bearer(token))
          .send({
            title,
            description,
            regionCode: '530102',
            source: 'resident',
            workstationId: workstation.id,
          })
          .expect(201)
      ).body as { id: string };
    const main = await make(r1, '翠湖周边停车难问题', '翠湖周边早晚高峰停车难，希望增设临时泊位');
    const dup = await make(r2, '翠湖周边停车难', '翠湖周边早高峰停车难，找不到车位');
    const other = await make(r2, '小区快递柜收费', '快递柜超时收费不合理');
    await t.http().post(`/api/v1/topics/${main.id}/support`).set(bearer(r2)).expect(200);
    topicId = main.id;

    const { context, page, problems } = await newPage(browser, base);
    await login(page);
    // The menu shows what an organiser does, and nothing of the administrator's.
    const menu = page.locator('[data-test=menu]');
    await expect(menu.innerText()).resolves.toMatch(/议题征集[\s\S]*协商会议[\s\S]*统计/);
    await page.getByRole('menuitem', { name: '议题征集' }).click();
    const rows = page.locator('[data-test=topics] tbody tr');
    await rows.filter({ hasText: '翠湖周边停车难问题' }).waitFor();
    const mainRow = rows.filter({ hasText: '翠湖周边停车难问题' });
    await expect(mainRow.innerText()).resolves.toContain('群众出题');
    await expect(mainRow.innerText()).resolves.toMatch(/\b1\b/);
    await scan(page, 'topics');

    // The duplicate shows the main topic as a similar one; it is merged into it.
    await page
      .locator('[data-test=topics] tbody tr', {
        has: page.getByRole('button', { name: '翠湖周边停车难', exact: true }),
      })
      .getByRole('button', { name: '合并' })
      .click();
    const drawer = page.locator('[data-test=topic-detail]');
    const hint = drawer.locator('[data-test=similar-topics] li', { hasText: '翠湖周边停车难问题' });
    await hint.waitFor();
    await expect(hint.innerText()).resolves.toMatch(/相似度 \d+%/);
    await hint.getByRole('button', { name: '合并到此议题' }).click();
    await confirmDialog(page);
    await page.locator('.el-message', { hasText: '已合并到「翠湖周边停车难问题」' }).waitFor();
    await page.keyboard.press('Escape');
    const dupNow = (await t.http().get(`/api/v1/topics/${dup.id}`).set(bearer(organiserToken)).expect(200))
      .body;
    expect(dupNow).toMatchObject({ status: 'merged', mergedInto: main.id });

    // Reject one with a reason, accept the main one.
    await page
      .locator('[data-test=topics] tbody tr', { hasText: '小区快递柜收费' })
      .getByRole('button', { name: '不采纳' })
      .click();
    const box = page.locator('.el-message-box');
    await box.getByRole('textbox').fill('属于物业合同纠纷，建议通过社区调解解决');
    await box.getByRole('button', { name: '确定' }).click();
    await page.locator('.el-message', { hasText: '已标记为不采纳' }).waitFor();
    expect((await t.http().get(`/api/v1/topics/${other.id}`).set(bearer(organiserToken))).body).toMatchObject(
      {
        status: 'rejected',
        reviewReason: '属于物业合同纠纷，建议通过社区调解解决',
      },
    );
    await mainRow.getByRole('button', { name: '采纳', exact: true }).click();
    await page.locator('.el-message', { hasText: '已采纳' }).waitFor();

    // The accepted topic is in the "accepted" filter (kept in the URL) and is scheduled from there.
    await choose(page, page.locator('[data-test=topic-status]'), '已采纳');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/status=accepted/);
    await page
      .locator('[data-test=topics] tbody tr', { hasText: '翠湖周边停车难问题' })
      .getByRole('button', { name: '安排会议' })
      .click();
    const form = page.locator('[data-test=session-form]');
    await expect(form.locator('input[name=title]').inputValue()).resolves.toBe('翠湖周边停车难问题');
    await expect(form.locator('textarea[name=description]').inputValue()).resolves.toContain('增设临时泊位');

    // Nothing is sent while required fields are empty; the messages stand next to the fields.
    await form.locator('input[name=title]').fill('');
    await form.getByRole('button', { name: '保存' }).click();
    await form.locator('.el-form-item__error', { hasText: '必填' }).first().waitFor();
    await form.locator('input[name=title]').fill('翠湖片区停车协商会');

    // A session already booked at the workstation: the server's conflict is shown, nothing typed is lost.
    const start = new Date(Date.now() + 10 * 86400_000);
    start.setUTCHours(1, 0, 0, 0);
    const taken = await createSession(t, organiserToken, {
      workstationId: workstation.id,
      title: '已排定的接待日',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    });
    // The topic's workstation came with it.
    await form.locator('[data-test=workstation-select]', { hasText: workstation.name }).waitFor();
    await typeDate(form.locator('input[name=startsAt]'), beijing(start));
    await typeDate(form.locator('input[name=endsAt]'), beijing(new Date(start.getTime() + 2 * 3600_000)));
    await form.getByRole('button', { name: '保存' }).click();
    const conflict = form.locator('[data-test=conflict]');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain('已排定的接待日');
    await expect(conflict.getByRole('link', { name: '查看冲突的会议' }).getAttribute('href')).resolves.toBe(
      `/console/sessions/${taken.id}`,
    );
    await expect(form.locator('input[name=title]').inputValue()).resolves.toBe('翠湖片区停车协商会');

    // Two hours later, every week on that weekday, three times: the rule is said in words and previewed.
    const later = new Date(start.getTime() + 3 * 3600_000);
    await typeDate(form.locator('input[name=startsAt]'), beijing(later));
    await typeDate(form.locator('input[name=endsAt]'), beijing(new Date(later.getTime() + 2 * 3600_000)));
    const rrule = form.locator('[data-test=rrule-editor]');
    await rrule.getByText('每周', { exact: true }).click();
    await rrule.getByRole('spinbutton', { name: '次数' }).fill('3');
    await rrule.getByRole('spinbutton', { name: '次数' }).press('Tab');
    await expect(rrule.locator('[data-test=rrule-text]').innerText()).resolves.toMatch(/每1周的周.，共 3 次/);
    await expect(rrule.locator('[data-test=rrule-preview]').innerText()).resolves.toMatch(
      /(\d{4}-\d\d-\d\d.*){3}/,
    );
    await form.locator('input[name=reservedSeats]').fill('5');
    await form.locator('input[name=streamUrl]').fill('https://live.example.cn/cuihu.m3u8');
    await form.getByRole('button', { name: '添加议程' }).click();
    await form.getByPlaceholder('议程内容').fill('城管局通报周边泊位规划');
    await scan(page, 'session-form');
    await form.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message', { hasText: '已创建系列会议 3 场' }).waitFor();
    await page.getByRole('heading', { name: '翠湖片区停车协商会' }).waitFor();
    sessionId = page.url().split('/').pop()!.split('?')[0];
    const created = (await t.http().get(`/api/v1/sessions/${sessionId}`).set(bearer(organiserToken))).body;
    expect(created).toMatchObject({
      topicId,
      reservedSeats: 5,
      streamUrl: 'https://live.example.cn/cuihu.m3u8',
    });
    const series = (
      await t
        .http()
        .get(`/api/v1/sessions?series=${created.seriesId}`)
        .set(bearer(organiserToken))
        .expect(200)
    ).body.items as { startsAt: string }[];
    expect(series.map((s) => (Date.parse(s.startsAt) - Date.parse(series[0].startsAt)) / 86400_000)).toEqual([
      0, 7, 14,
    ]);
    expect((await t.http().get(`/api/v1/topics/${topicId}`).set(bearer(organiserToken))).body.status).toBe(
      'scheduled',
    );
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
  });

  it('invites, shares materials, checks people in by camera and at the door, exports, and draws by lot with a verifiable seed', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await context.grantPermissions(['camera']);
    await login(page);
    await page.goto(`/console/sessions/${sessionId}`);
    await page.locator('[data-test=publish]').click();
    await confirmDialog(page);
    await page.locator('[data-test=manage-status]', { hasText: '报名中' }).waitFor();

    // Invitations: a member and a department; the department accepts.
    await page.getByRole('tab', { name: '邀请' }).click();
    const inv = page.locator('[data-test=invite-form]');
    await choose(page, inv.locator('[data-test=invite-members]'), `${memberName}（教育界）`, '李');
    await page.keyboard.press('Escape');
    await choose(page, inv.locator('[data-test=invite-departments]'), deptName);
    await page.keyboard.press('Escape');
    await inv.getByRole('button', { name: '发出邀请' }).click();
    await page.locator('.el-message', { hasText: '已发出 2 份邀请' }).waitFor();
    const invitations = (await t.http().get('/api/v1/me/invitations').set(bearer(handlerToken)).expect(200))
      .body.items as { id: string; sessionId: string }[];
    const mine = invitations.find((i) => i.sessionId === sessionId)!;
    await t
      .http()
      .post(`/api/v1/invitations/${mine.id}/respond`)
      .set(bearer(handlerToken))
      .send({ response: 'accept' })
      .expect(200);
    await page.reload();
    const invList = page.locator('[data-test=invitation-list]');
    await invList.locator('tbody tr', { hasText: deptName }).filter({ hasText: '已接受' }).waitFor();
    await invList.locator('tbody tr', { hasText: memberName }).filter({ hasText: '待回复' }).waitFor();
    await scan(page, 'invitations');

    // Materials: a PDF goes up with its progress; a text file is refused before sending.
    await page.getByRole('tab', { name: '会议材料' }).click();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const upload = page.locator('[data-test=file-upload] input[type=file]');
    await upload.setInputFiles({ name: '停车泊位规划.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('[data-test=material-list] tbody tr', { hasText: '停车泊位规划.pdf' }).waitFor();
    await upload.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await page.locator('[data-test=upload-error]', { hasText: '「notes.txt」的类型不支持' }).waitFor();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test=material-list]').getByRole('button', { name: '停车泊位规划.pdf' }).click(),
    ]);
    expect(readFileSync(await dl.path())).toEqual(pdf);
    await scan(page, 'materials');
    await page
      .locator('[data-test=material-list] tbody tr', { hasText: '停车泊位规划.pdf' })
      .getByRole('button', { name: '删除' })
      .click();
    await confirmDialog(page);
    await page.locator('[data-test=materials] [data-test=empty]').waitFor();

    // Registrations: phones masked; the ticket's QR code held up to the camera checks the person in.
    const residents: { token: string; id: string; name: string }[] = [];
    for (const [i, name] of ['王秀兰', '赵建国', '孙丽', '周明'].entries()) {
      const token = await t.residentToken(`1390000${String(1000 + i)}`, name);
      const r = await register(t, token, sessionId, { name, community: '翠湖社区' });
      expect(r.status).toBe(201);
      residents.push({ token, id: r.body.id as string, name });
    }
    const ticket = (
      await t
        .http()
        .get(`/api/v1/registrations/${residents[0].id}`)
        .set(bearer(residents[0].token))
        .expect(200)
    ).body.ticket as { qr: string };
    const qr = QRCode.create(ticket.qr, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    writeMatrixY4m(
      cameraFile,
      n + 8,
      (x, y) => x >= 4 && y >= 4 && x < n + 4 && y < n + 4 && !!qr.modules.get(x - 4, y - 4),
    );
    await page.getByRole('tab', { name: '报名与签到' }).click();
    const table = page.locator('[data-test=registrations]');
    await table.locator('tbody tr', { hasText: '王秀兰' }).waitFor();
    await expect(table.locator('tbody tr', { hasText: '王秀兰' }).innerText()).resolves.toContain(
      '139****1000',
    );
    await page.locator('[data-test=scan]').click();
    await page
      .locator('[data-test=checkin-result]', { hasText: '王秀兰 签到成功' })
      .waitFor({ timeout: 30_000 });
    await page.locator('[data-test=scan]').click();
    // The code typed by the desk works too.
    const code = (
      await t
        .http()
        .get(`/api/v1/registrations/${residents[1].id}`)
        .set(bearer(residents[1].token))
        .expect(200)
    ).body.ticket.code as string;
    await page.locator('[data-test=checkin] input[name=code]').fill(code);
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await page.locator('[data-test=checkin-result]', { hasText: '赵建国 签到成功' }).waitFor();

    // A walk-in: a wrong phone is refused next to the field, then accepted; the summary counts them.
    await page.locator('[data-test=walk-in]').click();
    const dialog = page.getByRole('dialog', { name: '现场登记' });
    await dialog.locator('input[name=walkInName]').fill('陈大爷');
    await dialog.locator('input[name=walkInPhone]').fill('1234');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.locator('.el-form-item__error', { hasText: '请填写正确的中国大陆手机号' }).waitFor();
    await dialog.locator('input[name=walkInPhone]').fill('13800009999');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message', { hasText: '陈大爷 已现场登记并签到' }).waitFor();
    const summary = page.locator('[data-test=attendance]');
    await summary.locator('[data-test=checked-in-count]', { hasText: '3' }).waitFor();
    await expect(summary.innerText()).resolves.toMatch(/现场登记\s*1/);
    await scan(page, 'registrations');

    // Export: the sheet the desk downloads lists everyone, phones masked.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test=export]').click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(' ');
    for (const r of residents) expect(cells).toContain(r.name);
    expect(cells).toContain('陈大爷');
    expect(cells).not.toContain('13900001000');

    // The draw, from the screen, with its seed; the verify link gives the same people.
    await page.getByRole('tab', { name: '随机抽取' }).click();
    const drawForm = page.locator('[data-test=draw-form]');
    await drawForm.locator('input[name=count]').fill('2');
    // A seed the record could not hold as typed is refused at the form, in the staff member's language.
    await drawForm.locator('input[name=seed]').fill('翠湖抽签');
    await drawForm.getByRole('button', { name: '开始抽取' }).click();
    await drawForm.getByText('随机种子须为 1–128 个可打印的英文字符（ASCII）').waitFor();
    await drawForm.locator('input[name=seed]').fill('cuihu-2026-lot');
    await drawForm.getByRole('button', { name: '开始抽取' }).click();
    await confirmDialog(page);
    const record = page.locator('[data-test=draw-record]').first();
    await record.waitFor();
    await expect(record.locator('[data-test=draw-seed]').innerText()).resolves.toBe('cuihu-2026-lot');
    const shown = await record
      .locator('[data-test=draw-winners] li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-registration')));
    expect(shown).toHaveLength(2);
    const link = await record.locator('[data-test=verify-link]').innerText();
    const verify = (await t.http().get(link).set(bearer(organiserToken)).expect(200)).body;
    expect(verify).toMatchObject({ resultMatches: true, candidatesHashMatches: true, winners: shown });
    await record.locator('[data-test=verify]').click();
    await record.locator('[data-test=verify-result]', { hasText: '复核一致' }).waitFor();
    await scan(page, 'draw');
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
  });

  it('runs the live room (segment, notice, poll, Q&A, promotion) and writes the outcome with its attachment and 专报', async () => {
    const { context, page, problems } = await newPage(browser, base, { size: { width: 1920, height: 1080 } });
    await login(page);
    await page.goto(`/console/sessions/${sessionId}`);
    await page.getByRole('button', { name: '开始', exact: true }).click();
    await confirmDialog(page);
    await page.getByRole('tab', { name: '直播管理' }).click();
    await page.locator('[data-test=mod-connection]', { hasText: '已连接' }).waitFor();

    const residentToken = await t.residentToken(testPhone(), '线上观众');
    const viewer = await open(base, { token: residentToken });
    sockets.push(viewer);
    const heard: { event: string; payload: Record<string, unknown> }[] = [];
    viewer.onAny((event: string, payload: Record<string, unknown>) => heard.push({ event, payload }));
    expect((await emitAck(viewer, 'room:join', { sessionId })).ok).toBe(true);

    // The agenda segment and the pinned notice reach the viewer.
    await page
      .locator('[data-test=mod-agenda] li', { hasText: '城管局通报周边泊位规划' })
      .getByRole('button', { name: '切换到此项' })
      .click();
    await until(() => heard.some((h) => h.event === 'room:state' && h.payload.currentSegment === 0));
    await page.getByRole('textbox', { name: '置顶公告' }).fill('发言请先举手，每人 3 分钟');
    await page.getByRole('button', { name: '置顶公告' }).click();
    await until(() =>
      heard.some((h) => h.event === 'room:state' && h.payload.pinned === '发言请先举手，每人 3 分钟'),
    );

    // A poll: the viewer's vote shows on the moderator's screen.
    const pollForm = page.locator('[data-test=poll-form]');
    await pollForm.getByRole('textbox', { name: '投票问题' }).fill('是否支持错峰共享停车？');
    await pollForm.getByRole('textbox', { name: '选项（每行一个）' }).fill('支持\n不支持');
    await pollForm.getByRole('button', { name: '发起投票' }).click();
    const poll = page.locator('[data-test=mod-poll]', { hasText: '是否支持错峰共享停车？' });
    await poll.waitFor();
    const polls = (
      await t.http().get(`/api/v1/sessions/${sessionId}/polls`).set(bearer(residentToken)).expect(200)
    ).body.items;
    expect(
      (await emitAck(viewer, 'poll:vote', { pollId: polls[0].id, optionIds: [polls[0].options[0].id] })).ok,
    ).toBe(true);
    await poll.locator('.poll-row', { hasText: '支持' }).filter({ hasText: '1 票' }).first().waitFor();

    // A question is answered with text, and promoted to a draft suggestion.
    expect(
      (
        await emitAck(viewer, 'question:ask', {
          sessionId,
          clientMsgId: 'q-1',
          text: '共享车位晚上几点开放？',
        })
      ).ok,
    ).toBe(true);
    const q = page.locator('[data-test=mod-question]', { hasText: '共享车位晚上几点开放？' });
    await q.waitFor();
    await q.getByRole('textbox', { name: '解答内容（可选）' }).fill('计划晚 7 点至次日早 7 点');
    await q.getByRole('button', { name: '标记已解答' }).click();
    await q.getByText('计划晚 7 点至次日早 7 点').waitFor();
    await q.getByRole('button', { name: '转为建议' }).click();
    await page.locator('.el-message', { hasText: '已转为建议草稿' }).waitFor();
    await scan(page, 'moderation-1920');

    // After the meeting: the outcome, an attachment, the suggestion assigned, published, the 专报.
    await page.getByRole('button', { name: '结束', exact: true }).click();
    await confirmDialog(page);
    // The desk no longer offers what the server now refuses (SESSION_ENDED), and says why; the list and
    // its export stay.
    await page.getByRole('tab', { name: '报名与签到' }).click();
    await page
      .locator('[data-test=desk-closed]', { hasText: '会议已结束，签到、现场登记和随机抽取已关闭。' })
      .waitFor();
    await expect(page.locator('[data-test=checkin] input[name=code]').count()).resolves.toBe(0);
    await expect(page.locator('[data-test=walk-in]').count()).resolves.toBe(0);
    await page.locator('[data-test=export]').waitFor();
    await page.getByRole('tab', { name: '随机抽取' }).click();
    await page.locator('[data-test=draw] [data-test=desk-closed]').waitFor();
    await expect(page.locator('[data-test=draw-form]').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '成果' }).click();
    const panel = page.locator('[data-test=outcome-panel]');
    await panel.getByLabel('会议纪要').fill('会议听取城管局泊位规划通报，居民就错峰共享停车达成一致。');
    await panel.getByLabel('共识要点 1').fill('推动机关单位夜间开放车位');
    await panel.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message', { hasText: '已保存' }).waitFor();
    await panel.locator('[data-test=file-upload] input[type=file]').setInputFiles({
      name: '签到表.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await panel.getByRole('button', { name: '签到表.pdf' }).waitFor();
    const promoted = panel.locator('[data-test=suggestion]', { hasText: '共享车位晚上几点开放？' });
    await promoted.waitFor();
    await choose(page, promoted.locator('[data-test=assign-departments]'), deptName);
    await page.keyboard.press('Escape');
    await typeDate(promoted.getByLabel('办理期限'), beijing(new Date(Date.now() + 30 * 86400_000)));
    await promoted.getByRole('button', { name: '交办' }).click();
    await promoted.locator('.tag', { hasText: '办理中' }).waitFor();
    await panel.getByRole('button', { name: '公开成果' }).click();
    await confirmDialog(page);
    await panel.locator('[data-test=outcome-status]', { hasText: '已公开' }).waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '导出专报 .docx' }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('翠湖片区停车协商会');
    expect(xml).toContain('推动机关单位夜间开放车位');
    const [pdfReport] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '导出专报 .pdf' }).click(),
    ]);
    expect(
      readFileSync(await pdfReport.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await scan(page, 'outcome-1920');
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
  });

  it('keeps lists in the URL, shows the calendar, answers a forbidden URL in words, and is keyboard reachable', async () => {
    const { context, page } = await newPage(browser, base);
    await login(page);
    // Without a chosen column the list is latest first, and says so on the time column.
    await page.goto(`/console/sessions?workstation=${workstation.id}`);
    const rows = page.locator('[data-test=console-sessions] tbody tr');
    await rows.first().waitFor();
    const starts = await rows.count();
    expect(starts).toBeGreaterThanOrEqual(4);
    await expect(rows.first().innerText()).resolves.toContain('翠湖片区停车协商会');
    await page.locator('[data-test=console-sessions] th.descending', { hasText: '时间' }).waitFor();
    await scan(page, 'sessions');
    // The month of the first meeting, on the calendar.
    const first = (await t.http().get(`/api/v1/sessions/${sessionId}`).set(bearer(organiserToken))).body
      .startsAt as string;
    const day = new Date(Date.parse(first) + 8 * 3600_000).toISOString().slice(0, 10);
    await page.goto(`/console/sessions?view=calendar&day=${day}&workstation=${workstation.id}`);
    const cell = page.locator(`[data-day="${day}"]`);
    await cell.locator('[data-test=calendar-event]', { hasText: '翠湖片区停车协商会' }).waitFor();
    await scan(page, 'calendar-month');
    // The month is named as people write it, and the buttons say how far they turn.
    const [yy, mm] = day.split('-').map(Number);
    await expect(page.locator('[data-test=calendar-heading]').textContent()).resolves.toBe(`${yy}年${mm}月`);
    await page.getByRole('button', { name: '下个月' }).waitFor();
    await page.locator('.el-radio-button__inner', { hasText: /^周$/ }).click();
    await page.waitForURL(/mode=week/);
    await cell.locator('[data-test=calendar-event]').first().waitFor();
    await page.getByRole('button', { name: '下一周' }).waitFor();
    await page.goto('/console/stats');
    await page.locator('[data-test=stats]').waitFor();
    await scan(page, 'stats');

    // An organiser may not open an administrator's page: it says so.
    const viewer = await staff(t, admin, {
      username: 'journey_viewer',
      roles: ['staff_viewer'],
      regionCode: '530102',
    });
    await context.clearCookies();
    await page.evaluate(() =>
      (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear(),
    );
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('journey_viewer');
    await page.locator('input[name=password]').fill('Staff-Pass-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
    await page.goto('/console/sessions/new');
    await page.locator('[data-test=forbidden]', { hasText: '您的角色（工作人员）不能打开此页面' }).waitFor();
    expect(viewer.token).toBeTruthy();

    // From the top of the page, the keyboard reaches the skip link, the menu and the main content.
    await page.goto('/console/sessions');
    await page.locator('[data-test=console-sessions]').waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      reached.add((await focused(page)).text);
    }
    expect([...reached].some((x) => x.includes('查询'))).toBe(true);
    await context.close();

    const failures = Object.entries(a11y).filter(([, v]) => v.length);
    expect(Object.keys(a11y).sort()).toEqual(
      [
        'calendar-month',
        'draw',
        'invitations',
        'materials',
        'moderation-1920',
        'outcome-1920',
        'registrations',
        'session-form',
        'sessions',
        'stats',
        'topics',
      ].sort(),
    );
    expect(failures).toEqual([]);
  });
});
