import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { settledScan, ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { createTestWorkstation } from '@test/factories/scheduling';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(240_000);

const HEAD = '名称,类型,行政区划代码,地址,纬度,经度,坐标系';

describe('web client: an organiser imports places with a preview of what will change', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let organiser: string;
  const shots = screenshotDir();
  const a11y: Record<string, string[]> = {};

  async function scan(page: Page, name: string): Promise<void> {
    a11y[name] = await settledScan(page, `${shots}/${name}.png`);
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    const admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'dir_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    await createTestWorkstation(t, admin, { regionCode: '530102', name: '翠湖委员工作室' });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('previews a CSV (new, updated, errors by row and column), applies it, and the places are what the preview said', async () => {
    const file = `${shots}/places.csv`;
    writeFileSync(
      file,
      `${HEAD}\n翠湖委员工作室,委员工作室,530102,昆明市五华区翠湖南路8号,25.0480,102.7050,GCJ02\n` +
        `大观街道委员之家,委员之家,530102,昆明市五华区大观路12号,25.0390,102.6900,GCJ02\n` +
        `无效场所,不存在的类型,530102,某地,,,\n`,
    );
    const count = async (q: string) =>
      (await t.http().get('/api/v1/workstations').query({ q }).set(bearer(organiser)).expect(200)).body
        .total as number;
    expect(await count('大观街道委员之家')).toBe(0);

    const { context, page, problems } = await newPage(browser, base);
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill('dir_org');
    await page.locator('input[name=password]').fill('Staff-Pass-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
    await page.getByRole('menuitem', { name: '批量导入' }).click();
    await page.locator('[data-test=import-file] input[type=file]').setInputFiles(file);
    // Every step the progress bar names, as it is drawn: the upload, then the server's own steps.
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        steps: string[];
        document: { querySelector(s: string): { textContent: string | null } | null; body: object };
        MutationObserver: new (cb: () => void) => { observe(n: object, o: object): void };
      };
      w.steps = [];
      new w.MutationObserver(() => {
        const text = w.document.querySelector('[data-test=import-step]')?.textContent;
        if (text && w.steps.at(-1) !== text) w.steps.push(text);
      }).observe(w.document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('[data-test=preview]').click();
    const summary = page.locator('[data-test=import-summary]');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toBe('共 3 行：新增 1，更新 1，错误 1');
    await expect(page.locator('[data-test=import-result]').innerText()).resolves.toContain(
      '预览：尚未写入任何数据',
    );
    const errorRow = page.locator('[data-test=import-errors] tbody tr');
    await expect(errorRow.innerText()).resolves.toMatch(/4\s+类型[\s\S]*不存在的类型/);
    // The server's progress came through after the upload: the 2 good rows (1 new, 1 update) being
    // written. Its check line for 3 rows may arrive in the same chunk and be drawn over in one frame (the
    // stream's every line is asserted in directory-import-progress.e2e); if drawn, it came first.
    const steps = await page.evaluate(() => (globalThis as unknown as { steps: string[] }).steps);
    expect(steps.indexOf('已上传，等待处理')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('正在写入 2 行')).toBeGreaterThan(steps.indexOf('已上传，等待处理'));
    expect(steps.filter((x) => x.startsWith('正在检查')).every((x) => x === '正在检查：0/3 行')).toBe(true);
    expect(steps.indexOf('正在检查：0/3 行')).toBeLessThan(steps.indexOf('正在写入 2 行'));
    // Nothing written yet.
    expect(await count('大观街道委员之家')).toBe(0);
    await scan(page, 'import-preview');

    await page.locator('[data-test=apply]').click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await page.locator('[data-test=import-result]', { hasText: '导入完成' }).waitFor();
    await expect(summary.innerText()).resolves.toBe('共 3 行：新增 1，更新 1，错误 1');
    expect(await count('大观街道委员之家')).toBe(1);
    const updated = (
      await t
        .http()
        .get('/api/v1/workstations')
        .query({ q: '翠湖委员工作室' })
        .set(bearer(organiser))
        .expect(200)
    ).body.items[0] as { address: string };
    expect(updated.address).toBe('昆明市五华区翠湖南路8号');

    // The places list and its map: the imported place is there, on a blank base (no tiles configured).
    await page.getByRole('menuitem', { name: '场所与工作室' }).click();
    await page.locator('[data-test=workstation-list] tbody tr', { hasText: '大观街道委员之家' }).waitFor();
    await scan(page, 'workstations');
    await page.getByText('地图', { exact: true }).click();
    await page.waitForURL(/view=map/);
    await page.locator('.leaflet-interactive').first().waitFor();
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();
    expect(Object.entries(a11y).filter(([, v]) => v.length)).toEqual([]);
  });
});
