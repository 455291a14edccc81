import ExcelJS from 'exceljs';
import * as OpenCC from 'opencc-js';
import type { Browser, Page, Request } from 'playwright-core';
import { settledScan, ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { assignMembers, createDepartment, createMember, createWorkstation } from '@test/factories/directory';
import { heldSession, publishOutcome } from '@test/factories/outcomes';
import { publishSession } from '@test/factories/scheduling';
import { until } from '@test/factories/live';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(300_000);

/**
 * The directory as an organiser edits it (places with map and hours, members, duty rules, the roster,
 * departments), a member's own desk, and the console in 繁體 and English without 简体 leftovers.
 * One app and one browser for the file.
 */
describe('web client: directory editing, the member desk and the console in three languages', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let admin: string;
  let organiser: string;
  const shots = screenshotDir();
  const a11y: Record<string, string[]> = {};
  async function scan(page: Page, name: string): Promise<void> {
    a11y[name] = await settledScan(page, `${shots}/${name}.png`);
  }
  async function login(page: Page, username: string): Promise<void> {
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=password]').fill('Staff-Pass-2026');
    await page.locator('form button[type=submit]').click();
    await page.locator('[data-test=console]').waitFor();
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'ed_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    await createMember(t, admin, { name: '值班委员甲', regionCode: '530102' });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    // Every screen of the file, scanned by axe: nothing serious or critical.
    expect(Object.entries(a11y).filter(([, v]) => v.length)).toEqual([]);
  });

  it('an organiser creates a place on the map with opening hours, staffs it, sets duty, and sees the roster', async () => {
    const { context, page, problems } = await newPage(browser, base, { size: { width: 1920, height: 1080 } });
    await login(page, 'ed_org');
    await page.getByRole('menuitem', { name: '场所与工作室' }).click();
    await page.locator('[data-test=new-workstation]').click();
    const form = page.locator('[data-test=workstation-form]');
    await form.locator('input[name=name]').fill('翠湖片区委员工作室');
    await form.locator('input[name=address]').fill('昆明市五华区翠湖南路 3 号');
    await form.locator('input[name=sector]').fill('不存在的界别');
    // The location from a click on the map (no tiles configured: a blank base, WGS-84).
    await form.locator('[data-test=map]').click({ position: { x: 200, y: 120 } });
    await expect(form.locator('[data-test=lat] input').inputValue()).resolves.toMatch(/^\d+\.\d{6}$/);
    await form.locator('input[name=hours-mon]').fill('09:00-12:00, 14:00-17:30');
    await form.locator('input[name=hours-sat]').fill('9点到12点');
    await form.locator('[data-test=save]').click();
    // Refused before sending: the bad hours are named at their field.
    await form.getByText('时段格式应为 09:00-12:00，多个时段用逗号分隔').waitFor();
    await form.locator('input[name=hours-sat]').fill('09:00-11:00');
    await form.locator('[data-test=save]').click();
    // The server refuses the sector: its catalogue message stands next to the field, nothing typed is lost.
    const sectorItem = form.locator('.el-form-item', { has: page.locator('input[name=sector]') });
    await sectorItem
      .locator('.el-form-item__error', { hasText: '界别“不存在的界别”不在 config/sectors.json 中' })
      .waitFor();
    await expect(form.locator('input[name=name]').inputValue()).resolves.toBe('翠湖片区委员工作室');
    await expect(form.locator('input[name=hours-mon]').inputValue()).resolves.toBe(
      '09:00-12:00, 14:00-17:30',
    );
    await scan(page, 'workstation-form-refused');
    await form.locator('input[name=sector]').fill('教育界');
    await form.locator('[data-test=save]').click();
    await page.waitForURL(/\/console\/workstations\/[0-9a-f-]{36}\?tab=members/);
    const wid = /workstations\/([0-9a-f-]{36})/.exec(page.url())![1];
    const ws = (await t.http().get(`/api/v1/workstations/${wid}`).set(bearer(organiser)).expect(200)).body;
    expect(ws).toMatchObject({
      name: '翠湖片区委员工作室',
      regionCode: '530102',
      sector: '教育界',
      location: { crs: 'WGS84' },
      openingHours: {
        weekly: {
          mon: [
            ['09:00', '12:00'],
            ['14:00', '17:30'],
          ],
          sat: [['09:00', '11:00']],
        },
      },
    });

    // Members: found by name, given a role, saved as one list.
    const assigned = page.locator('[data-test=assignments]');
    await assigned.locator('[data-test=member-search] input').fill('值班委员');
    await page.locator('.el-select-dropdown__item:visible', { hasText: '值班委员甲' }).click();
    await assigned.locator('tbody tr', { hasText: '值班委员甲' }).locator('.el-select__wrapper').click();
    await page.getByRole('option', { name: '召集人', exact: true }).click();
    await assigned.locator('[data-test=save-members]').click();
    await page.getByText('委员名单已保存').waitFor();
    const staffList = (
      await t.http().get(`/api/v1/workstations/${wid}/members`).set(bearer(organiser)).expect(200)
    ).body;
    expect(staffList.items.map((a: { name: string; role: string }) => [a.name, a.role])).toEqual([
      ['值班委员甲', 'convener'],
    ]);
    await scan(page, 'workstation-members');

    // Duty: every Tuesday, 09:00–11:30 (the defaults) for the member just assigned.
    await page.getByRole('tab', { name: '值班规则' }).click();
    const duty = page.locator('[data-test=duty-form]');
    await duty.locator('[data-test=duty-member]').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '值班委员甲' }).click();
    await duty.locator('[data-test=add-rule]').click();
    await page.locator('[data-test=rules] tbody tr', { hasText: '每周二' }).waitFor();
    await scan(page, 'workstation-duty');

    // The roster of next month (this one may have no Tuesday left) shows the member on every Tuesday.
    await page.getByRole('menuitem', { name: '值班日历' }).click();
    await page.locator('[data-test=roster-heading]').waitFor();
    await page.getByRole('button', { name: '下个月' }).click();
    const now = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const [y, m] = now.split('-').map(Number);
    const month = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
    await page.waitForURL(new RegExp(`month=${month}`));
    await page.locator('[data-test=roster-event]', { hasText: '值班委员甲' }).first().waitFor();
    const last = new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
    const roster = (
      await t
        .http()
        .get('/api/v1/duty-roster')
        .query({ from: `${month}-01`, to: last, workstation: wid })
        .set(bearer(organiser))
        .expect(200)
    ).body;
    // The grid turns to the new month before its duty arrives (the last month's stays on screen
    // meanwhile): wait for this month's events before counting them.
    const events = page.locator(`.cal-day:not(.other) [data-test=roster-event]`, {
      hasText: '翠湖片区委员工作室',
    });
    await until(async () => (await events.count()) === roster.items.length, 10_000).catch(() => undefined);
    const shown = await events.count();
    expect(roster.items.length).toBeGreaterThanOrEqual(4);
    expect(shown).toBe(roster.items.length);
    await scan(page, 'roster');

    // Paging on while an earlier month is still loading: that month's late answer must not replace
    // the month on screen. The next month's request is held until the one after it has been shown.
    const monthAfter = (k: number) => new Date(Date.UTC(y, m + k, 1)).toISOString().slice(0, 7);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let heldRequest: Request | undefined;
    await page.route('**/api/v1/duty-roster?**', async (route) => {
      if (heldRequest) return route.continue();
      heldRequest = route.request();
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: '下个月' }).click();
    await page.waitForURL(new RegExp(`month=${monthAfter(1)}`));
    await page.getByRole('button', { name: '下个月' }).click();
    await page.waitForURL(new RegExp(`month=${monthAfter(2)}`));
    const [y3, m3] = monthAfter(2).split('-').map(Number);
    const third = (
      await t
        .http()
        .get('/api/v1/duty-roster')
        .query({
          from: `${monthAfter(2)}-01`,
          to: new Date(Date.UTC(y3, m3, 0)).toISOString().slice(0, 10),
          workstation: wid,
        })
        .set(bearer(organiser))
        .expect(200)
    ).body;
    expect(third.items.length).toBeGreaterThanOrEqual(4);
    await until(async () => (await events.count()) === third.items.length, 10_000).catch(() => undefined);
    expect(await events.count()).toBe(third.items.length);
    const landed = page.waitForResponse((r) => r.request() === heldRequest);
    release();
    await landed;
    // Give the page a moment to read the late answer (it would replace the grid's items at once).
    await page.waitForTimeout(300);
    await expect(page.locator('[data-test=roster-heading]').textContent()).resolves.toBe(`${y3}年${m3}月`);
    expect(await events.count()).toBe(third.items.length);
    await page.unroute('**/api/v1/duty-roster?**');

    // Members: a sector outside the catalogue is refused at its field; corrected, the member is created.
    await page.getByRole('menuitem', { name: '委员', exact: true }).click();
    await page.locator('[data-test=new-member]').click();
    const dialog = page.locator('[data-test=member-dialog]');
    await dialog.locator('input[name=name]').fill('新委员乙');
    await dialog.getByRole('combobox', { name: '界别' }).fill('火星界');
    await page.keyboard.press('Enter');
    await dialog.locator('[data-test=save-member]').click();
    await dialog
      .locator('.el-form-item__error', { hasText: '界别“火星界”不在 config/sectors.json 中' })
      .waitFor();
    await expect(dialog.locator('input[name=name]').inputValue()).resolves.toBe('新委员乙');
    await dialog.getByRole('combobox', { name: '界别' }).fill('教育界');
    await page.locator('.el-select-dropdown__item:visible', { hasText: '教育界' }).first().click();
    await dialog.locator('[data-test=save-member]').click();
    await page.locator('[data-test=member-list] tbody tr', { hasText: '新委员乙' }).waitFor();
    const created = (await t.http().get('/api/v1/members').query({ q: '新委员乙' }).set(bearer(organiser)))
      .body;
    expect(created.items).toEqual([expect.objectContaining({ sector: '教育界', regionCode: '530102' })]);
    await scan(page, 'members');

    // Departments: created; the same name twice in a region is refused at the name.
    await page.getByRole('menuitem', { name: '承办单位' }).click();
    for (const attempt of [1, 2]) {
      await page.locator('[data-test=new-department]').click();
      const d = page.locator('[data-test=department-dialog]');
      await d.locator('input[name=name]').fill('五华区水务局');
      await d.locator('[data-test=save-department]').click();
      if (attempt === 2) {
        await d.locator('.el-form-item__error').first().waitFor();
        await scan(page, 'department-duplicate');
        await d.getByRole('button', { name: '取消' }).click();
      }
    }
    await page.locator('[data-test=department-list] tbody tr', { hasText: '五华区水务局' }).waitFor();
    expect(
      (await t.http().get('/api/v1/departments').query({ q: '五华区水务局' }).set(bearer(organiser))).body
        .total,
    ).toBe(1);
    await scan(page, 'departments');

    // Departments are edited in the same dialog: a rename onto a name the region already has is refused
    // at the name (what was typed stays); a good rename shows in the list, which keeps its filter in the URL.
    await createDepartment(t, organiser, { name: '五华区交通运输局', regionCode: '530102' });
    await page.locator('[data-test=departments] input[name=q]').fill('五华区水务');
    await page.locator('[data-test=departments] form.filters button[type=submit]').click();
    await page.waitForURL(/[?&]q=%E4%BA%94/);
    await page.locator('[data-test=department-list] tbody tr').first().waitFor();
    await expect(page.locator('[data-test=department-list] tbody tr').count()).resolves.toBe(1);
    await page
      .locator('[data-test=department-list] tbody tr', { hasText: '五华区水务局' })
      .locator('[data-test=edit-department]')
      .click();
    const editDialog = page.locator('[data-test=department-dialog]');
    await editDialog.getByText('编辑承办单位').waitFor();
    await expect(editDialog.locator('input[name=name]').inputValue()).resolves.toBe('五华区水务局');
    await editDialog.locator('input[name=name]').fill('五华区交通运输局');
    await editDialog.locator('[data-test=save-department]').click();
    await editDialog
      .locator('.el-form-item__error', { hasText: '五华区交通运输局 在该区域已存在' })
      .waitFor();
    await expect(editDialog.locator('input[name=name]').inputValue()).resolves.toBe('五华区交通运输局');
    await scan(page, 'department-edit-refused');
    await editDialog.locator('input[name=name]').fill('五华区水务管理局');
    await editDialog.locator('[data-test=save-department]').click();
    await editDialog.waitFor({ state: 'hidden' });
    await page.locator('[data-test=department-list] tbody tr', { hasText: '五华区水务管理局' }).waitFor();
    await expect(page.locator('[data-test=department-list] tbody tr').count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('五华区水务');
    const renamed = (
      await t.http().get('/api/v1/departments').query({ q: '五华区水务' }).set(bearer(organiser))
    ).body;
    expect(renamed.items).toEqual([
      expect.objectContaining({ name: '五华区水务管理局', regionCode: '530102' }),
    ]);
    await scan(page, 'department-edited');
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
  });

  it('a member opens their desk: their places, duty ahead and the sessions there', async () => {
    const me = await staff(t, admin, { username: 'desk_wei', roles: ['member'], regionCode: '530102' });
    const member = await createMember(t, admin, {
      name: '李委员',
      level: 'city',
      regionCode: '530100',
      userId: me.id,
    });
    const w = await createWorkstation(t, admin, {
      name: '盘龙区协商议事室',
      kind: 'consultation_room',
      regionCode: '530103',
    });
    await assignMembers(t, admin, w.id, [{ memberId: member.id, role: 'liaison' }]);
    await t
      .http()
      .post(`/api/v1/workstations/${w.id}/duty-rules`)
      .set(bearer(admin))
      .send({
        memberId: member.id,
        rrule: 'FREQ=WEEKLY;BYDAY=WE',
        startsOn: '2026-01-01',
        startTime: '14:00',
        endTime: '17:00',
        note: '接待群众',
      })
      .expect(201);
    const session = await publishSession(t, admin, { workstationId: w.id, title: '盘龙江治理协商会' });
    const mine = (await t.http().get('/api/v1/me/member').set(bearer(me.token)).expect(200)).body;
    // The organiser invites the member to the meeting at their place.
    await t
      .http()
      .post(`/api/v1/sessions/${session.id}/invitations`)
      .set(bearer(admin))
      .send({ memberIds: [member.id] })
      .expect(201);

    const { context, page, problems } = await newPage(browser, base);
    await login(page, 'desk_wei');
    // The console opens on the desk for a member.
    const desk = page.locator('[data-test=desk]');
    await desk.getByRole('heading', { name: '委员工作台' }).waitFor();
    await expect(desk.locator('[data-test=desk-me]').innerText()).resolves.toContain('李委员');
    await expect(desk.locator('[data-test=desk-workstations] tbody').innerText()).resolves.toMatch(
      /盘龙区协商议事室\s+协商议事室\s+联络员/,
    );
    const duty = desk.locator('[data-test=desk-duty] li');
    await expect(duty.count()).resolves.toBe(mine.duty.length);
    expect(mine.duty).toHaveLength(8);
    await expect(duty.first().innerText()).resolves.toBe(
      `${mine.duty[0].date}（周三） 14:00–17:00 · 盘龙区协商议事室 · 接待群众`,
    );
    await expect(desk.locator('[data-test=desk-hosted] tbody').innerText()).resolves.toContain(session.title);

    // The invitation is answered on the desk; the meeting is then among "my sessions", as the API says.
    const title = String(session.title);
    const invitation = page.locator('[data-test=my-invitations] tbody tr', { hasText: title });
    await invitation.getByRole('button', { name: '接受' }).click();
    await page.locator('[data-test=my-sessions] li', { hasText: title }).waitFor();
    await expect(invitation.getByRole('button', { name: '接受' }).count()).resolves.toBe(0);
    const answered = (await t.http().get('/api/v1/me/invitations').set(bearer(me.token)).expect(200)).body;
    expect(answered.items).toEqual([expect.objectContaining({ status: 'accepted', sessionId: session.id })]);

    // The duty record (履职档案): the points are the API's, and the export opens with the same total.
    const record = (
      await t.http().get(`/api/v1/members/${member.id}/duty-record`).set(bearer(me.token)).expect(200)
    ).body;
    await page
      .locator('[data-test=duty] .points', { hasText: `履职积分 ${record.points.total} 分` })
      .waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出履职档案' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const rows = wb.getWorksheet('履职汇总')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(String(rows.find((r) => String(r[1]).startsWith('委员：'))![1])).toContain('李委员');
    expect(rows.find((r) => r[1] === '合计')![4]).toBe(record.points.total);
    await scan(page, 'member-desk');
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
  });

  it('in 繁體 and English the key screens show no 简体 leftovers and no raw message keys', async () => {
    const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const { context, page } = await newPage(browser, base);
    await login(page, 'ed_org');
    // A place of its own with a member, so that its duty tab shows the rule form too.
    const place = await createWorkstation(t, admin, { name: '翠湖片区委员工作室二号', regionCode: '530102' });
    const member = await createMember(t, admin, { name: '语言委员丙', regionCode: '530102' });
    await assignMembers(t, admin, place.id, [{ memberId: member.id }]);
    const wid = place.id as string;
    // Each screen with what shows it is there (and, for a dialog, what opens it).
    const screens: [string, string, string, string?][] = [
      ['sessions', '/console/sessions', '[data-test=session-filters]'],
      ['workstations', '/console/workstations', '[data-test=workstation-list]'],
      ['workstation', `/console/workstations/${wid}`, '[data-test=workstation-form]'],
      ['workstation-duty', `/console/workstations/${wid}?tab=duty`, '[data-test=duty-form]'],
      ['members', '/console/members', '[data-test=members]'],
      ['departments', '/console/departments', '[data-test=departments]'],
      [
        'department-edit',
        '/console/departments',
        '[data-test=department-list]',
        '[data-test=edit-department]',
      ],
      ['roster', '/console/roster', '[data-test=roster-count]'],
      ['imports', '/console/imports', '[data-test=import-file]'],
    ];
    // Interface text only: menus, headings, labels, table heads, buttons, tabs, placeholders (data stays as
    // entered: a name marked translate="no" inside them, such as the user's region, is left out).
    const chrome = () =>
      page.evaluate(() => {
        interface El {
          innerText: string;
          getAttribute(n: string): string | null;
          cloneNode(deep: boolean): El & { querySelectorAll(s: string): ArrayLike<{ remove(): void }> };
          textContent: string | null;
        }
        const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } })
          .document;
        const sel =
          '[data-test=menu], h1, h2, .el-dialog__title, .el-form-item__label, th, button, .el-tabs__item, .el-radio-button, .el-empty__description, .el-pagination, .muted';
        const texts = Array.from(doc.querySelectorAll(sel)).map((e) => {
          if (!e.innerText.trim()) return e.innerText;
          const copy = e.cloneNode(true);
          Array.from(copy.querySelectorAll('[translate=no]')).forEach((n) => n.remove());
          return (copy.textContent ?? '').trim();
        });
        for (const e of Array.from(doc.querySelectorAll('[placeholder], [aria-label]')))
          texts.push(e.getAttribute('placeholder') ?? '', e.getAttribute('aria-label') ?? '');
        return texts.filter(Boolean);
      });
    const rawKey = /(^|\s)[a-z][a-zA-Z]*(\.[a-zA-Z][a-zA-Z-]*)+(\s|$)/;
    for (const [lang, label] of [
      ['zh-Hant', '繁體'],
      ['en', 'English'],
    ] as const) {
      await page.goto('/console/sessions');
      await page.locator('[data-test=console-lang]').click();
      await page.locator('.el-dropdown-menu__item:visible', { hasText: label }).click();
      await page.waitForFunction(
        (l) =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
            .documentElement.lang === l,
        lang,
      );
      for (const [name, url, shown, opens] of screens) {
        // In-app navigation (the router follows history), so each screen is not a fresh page load.
        await page.evaluate((u) => {
          const w = globalThis as unknown as {
            history: { pushState(s: object, t: string, u: string): void };
            dispatchEvent(e: object): void;
            PopStateEvent: new (type: string) => object;
          };
          w.history.pushState({}, '', u);
          w.dispatchEvent(new w.PopStateEvent('popstate'));
        }, url);
        await page.waitForURL((u) => `${u.pathname}${u.search}` === url);
        await page.locator(shown).waitFor();
        await page.locator('[data-test=loading]').first().waitFor({ state: 'detached' });
        if (opens) {
          await page.locator(opens).first().click();
          await page.locator('.el-dialog__title').first().waitFor();
        }
        const texts = (await chrome()).filter(
          // The workstation's own name heads its page; the language menu names each language in itself.
          (x) => !x.includes('翠湖片区委员工作室') && !/简体|繁體|English/.test(x),
        );
        const leftovers =
          lang === 'zh-Hant'
            ? texts.filter((x) => toHant(x) !== x)
            : // English has no Chinese characters, nor the full-width brackets, colons and list commas
              // a template would add around a value in Chinese.
              texts.filter((x) => /\p{Script=Han}|[（）：、；，。]/u.test(x));
        expect({ lang, name, leftovers }).toEqual({ lang, name, leftovers: [] });
        expect({ lang, name, keys: texts.filter((x) => rawKey.test(x)) }).toEqual({ lang, name, keys: [] });
        await page.screenshot({ path: `${shots}/${lang}-${name}.png`, fullPage: true });
        if (opens) {
          await page.keyboard.press('Escape');
          await page.locator('.el-dialog__title').first().waitFor({ state: 'hidden' });
        }
      }
    }
    await context.close();
  });

  it('every list keeps its filters in the URL, a role sees and opens only what it may, and a form works from the keyboard', async () => {
    await staff(t, admin, { username: 'ed_admin', roles: ['admin'], regionCode: '530100' });
    await staff(t, admin, { username: 'ed_viewer', roles: ['staff_viewer'], regionCode: '530102' });
    const adminToken = await t.login('ed_admin', 'Staff-Pass-2026');
    const { context, page, problems } = await newPage(browser, base);
    await login(page, 'ed_admin');
    // A shared link opens the list as it was filtered: the search box shows the filter and the rows are
    // exactly the API's answer to the same query.
    const lists: [string, string, string, string][] = [
      ['workstations', '翠湖', '[data-test=workstation-list]', '/api/v1/workstations'],
      ['members', '新委员', '[data-test=member-list]', '/api/v1/members'],
      ['departments', '五华区', '[data-test=department-list]', '/api/v1/departments'],
      ['users', 'ed_', '[data-test=user-list]', '/api/v1/users'],
      ['sessions', '盘龙江', '[data-test=console-sessions]', '/api/v1/sessions'],
    ];
    for (const [path, q, table, api] of lists) {
      const expected = (await t.http().get(api).query({ q, pageSize: 10 }).set(bearer(adminToken))).body as {
        items: unknown[];
        total: number;
      };
      expect({ path, total: expected.total > 0 }).toEqual({ path, total: true });
      await page.goto(`/console/${path}?q=${encodeURIComponent(q)}&pageSize=10`);
      const rows = page.locator(`${table} tbody tr`);
      await rows.first().waitFor();
      await expect(page.locator('main input[name=q]').inputValue()).resolves.toBe(q);
      await expect(rows.count()).resolves.toBe(Math.min(10, expected.total));
      for (const text of await rows.allInnerTexts())
        expect({ path, row: text.includes(q) }).toEqual({ path, row: true });
      await expect(page.locator('.el-pagination__total').innerText()).resolves.toContain(
        String(expected.total),
      );
    }

    // From the keyboard alone: Tab to 新建承办单位, Enter, type the name, Enter saves.
    await page.goto('/console/departments');
    await page.locator('[data-test=department-list]').waitFor();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () =>
          (
            globalThis as unknown as {
              document: { activeElement: { getAttribute(n: string): string | null } | null };
            }
          ).document.activeElement?.getAttribute('data-test') === 'new-department',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-test=department-dialog]');
    await dialog.locator('input[name=name]').waitFor();
    let inName = false;
    for (let i = 0; i < 10 && !inName; i++) {
      inName = await page.evaluate(
        () =>
          (
            globalThis as unknown as {
              document: { activeElement: { getAttribute(n: string): string | null } | null };
            }
          ).document.activeElement?.getAttribute('name') === 'name',
      );
      if (!inName) await page.keyboard.press('Tab');
    }
    expect(inName).toBe(true);
    await page.keyboard.type('五华区键盘测试局');
    await page.keyboard.press('Enter');
    await page.locator('[data-test=department-list] tbody tr', { hasText: '五华区键盘测试局' }).waitFor();
    await context.close();

    // A staff viewer: no menu entry, button or column for what it may not do; a URL it may not open says so.
    const viewer = await newPage(browser, base);
    await login(viewer.page, 'ed_viewer');
    const menu = await viewer.page.locator('[data-test=menu]').innerText();
    expect(menu).not.toContain('用户与角色');
    expect(menu).not.toContain('审计');
    await viewer.page.goto('/console/departments');
    await viewer.page.locator('[data-test=department-list] tbody tr').first().waitFor();
    await expect(viewer.page.locator('[data-test=new-department]').count()).resolves.toBe(0);
    await expect(viewer.page.locator('[data-test=edit-department]').count()).resolves.toBe(0);
    await viewer.page.goto('/console/users');
    await viewer.page
      .locator('[data-test=forbidden]', { hasText: '您的角色（工作人员）不能打开此页面' })
      .waitFor();
    await scan(viewer.page, 'forbidden');
    // Topics: a viewer acts on none, so it opens on every status and sees no actions column; a
    // workstation manager opens on the accepted topics it may schedule, with the column.
    const topic = (
      await t
        .http()
        .post('/api/v1/topics')
        .set(bearer(organiser))
        .send({
          title: '翠湖片区停车协商',
          description: '党政点题',
          regionCode: '530102',
          source: 'party_government',
        })
        .expect(201)
    ).body as { id: string };
    await t
      .http()
      .post(`/api/v1/topics/${topic.id}/review`)
      .set(bearer(organiser))
      .send({ decision: 'accept' })
      .expect(200);
    await viewer.page.goto('/console/topics');
    await viewer.page.locator('[data-test=topics] tbody tr').first().waitFor();
    await expect(
      viewer.page.locator('[data-test=topic-status] .el-select__placeholder').innerText(),
    ).resolves.toBe('状态');
    await expect(viewer.page.locator('[data-test=topics] th', { hasText: '操作' }).count()).resolves.toBe(0);
    const place = await createWorkstation(t, adminToken, { name: '翠湖片区议事室', regionCode: '530102' });
    await staff(t, admin, {
      username: 'ed_manager',
      roles: ['workstation_manager'],
      regionCode: '530102',
      workstationIds: [place.id as string],
    });
    const manager = await newPage(browser, base);
    await login(manager.page, 'ed_manager');
    await manager.page.goto('/console/topics');
    await manager.page.locator('[data-test=topics] tbody tr', { hasText: '翠湖片区停车协商' }).waitFor();
    await expect(
      manager.page.locator('[data-test=topic-status] .el-select__placeholder').innerText(),
    ).resolves.toBe('已采纳');
    await expect(
      manager.page.locator('[data-test=topics] th', { hasText: '操作' }).count(),
    ).resolves.toBeGreaterThan(0);
    // Places: it edits its own; the region's others it may open and read, with nothing to change.
    await manager.page.goto('/console/workstations?q=翠湖');
    const own = manager.page.locator('[data-test=workstations] tbody tr', { hasText: '翠湖片区议事室' });
    await own.waitFor();
    await expect(own.getByRole('button', { name: '编辑' }).count()).resolves.toBe(1);
    await expect(manager.page.locator('[data-test=new-workstation]').count()).resolves.toBe(0);
    const other = manager.page
      .locator('[data-test=workstations] tbody tr', { hasNotText: '翠湖片区议事室' })
      .first();
    await expect(other.getByRole('button', { name: '编辑' }).count()).resolves.toBe(0);
    await other.locator('[data-test=view-workstation]').click();
    await manager.page.locator('[data-test=read-only]').waitFor();
    await expect(manager.page.locator('[data-test=workstation-form] [data-test=save]').count()).resolves.toBe(
      0,
    );
    await expect(
      manager.page.locator('[data-test=workstation-form] input[name=name]').isDisabled(),
    ).resolves.toBe(true);
    await manager.page.getByRole('tab', { name: '值班规则' }).click();
    await manager.page.locator('[data-test=duty-rules] [data-test=rules]').waitFor();
    await expect(manager.page.locator('[data-test=duty-form]').count()).resolves.toBe(0);
    await scan(manager.page, 'workstation-read-only');
    // A meeting it hosted: the outcome reads in full; the suggestions are the committee office's, so the
    // tab points to the public page instead of failing to load them, and offers no 专报 it may not export.
    const held = await heldSession(t, organiser, {
      workstationId: place.id as string,
      title: '翠湖片区停车协商会',
    });
    await publishOutcome(t, organiser, held.id, {
      summary: '与会居民同意错时共享停车',
      consensus: ['夜间开放机关停车场'],
    });
    await manager.page.goto(`/console/sessions/${held.id}?tab=outcome`);
    const panel = manager.page.locator('[data-test=outcome-panel]');
    await panel.locator('[data-test=public-outcome-link]').waitFor();
    await expect(panel.locator('textarea').first().inputValue()).resolves.toBe('与会居民同意错时共享停车');
    await expect(panel.locator('[data-test=suggestions-elsewhere]').innerText()).resolves.toContain(
      '政协机关交办',
    );
    await expect(panel.getByRole('button', { name: /专报/ }).count()).resolves.toBe(0);
    await expect(panel.getByText('加载失败').count()).resolves.toBe(0);
    await scan(manager.page, 'manager-outcome');
    expect(
      [...problems, ...viewer.problems, ...manager.problems].filter(
        (p) => p.startsWith('pageerror') || p.startsWith('external'),
      ),
    ).toEqual([]);
    await viewer.context.close();
    await manager.context.close();
  });
});
