import type { Browser, Locator, Page } from 'playwright-core';
import { settledScan, ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { bearer, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(300_000);

const DEMO_PASSWORD = 'Demo-2026-xs';

interface Figures {
  sessions: number;
  participants: { onsite: number };
  rates: {
    reply: number | null;
    completion: number | null;
    satisfaction: number | null;
    adoption: number | null;
  };
}
interface Stats extends Figures {
  byRegion: (Figures & { regionCode: string; name: string | null })[];
  byMonth: (Figures & { month: string })[];
}

/** The numbers a chart carries (its table for screen readers): one row per category. */
async function chartRows(chart: Locator): Promise<string[][]> {
  return chart
    .locator('[data-test=chart-data] tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        Array.from((r as unknown as { children: ArrayLike<{ textContent: string | null }> }).children).map(
          (c) => (c.textContent ?? '').trim(),
        ),
      ),
    );
}
/** What the chart should say for a rate: a percentage with two decimals, or a dash. */
const pct = (r: number | null) => (r === null ? '—' : String(Math.round(r * 10000) / 100));
const rates = (f: Figures) =>
  [f.rates.reply, f.rates.completion, f.rates.satisfaction, f.rates.adoption].map(pct);

describe('web client: committee staff read statistics and supervise the handling (demo data)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const shots = screenshotDir();
  const a11y: Record<string, string[]> = {};

  async function scan(page: Page, name: string): Promise<void> {
    a11y[name] = await settledScan(page, `${shots}/${name}.png`);
  }
  async function login(page: Page, username: string): Promise<void> {
    await page.goto('/console/login');
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('[data-test=console]').waitFor();
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ DEMO_DATA: 'true' });
    base = await t.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a city viewer sees the charts draw exactly what /stats answers, and drills down into a district', async () => {
    const viewer = await t.login('km_viewer', DEMO_PASSWORD);
    const api = async (region: string) =>
      (await t.http().get('/api/v1/stats').query({ region }).set(bearer(viewer)).expect(200)).body as Stats;
    const city = await api('530100');
    expect(city.byRegion.length).toBeGreaterThan(1);
    expect(city.byMonth.length).toBeGreaterThan(1);

    const { context, page, problems } = await newPage(browser, base, { size: { width: 1920, height: 1080 } });
    await login(page, 'km_viewer');
    await page.getByRole('menuitem', { name: '统计', exact: true }).click();
    const regions = page.locator('[data-test=chart-regions]');
    await regions.locator('[data-test=chart-data]').waitFor({ state: 'attached' });
    // Rates per region as bars: every region, every rate, as the API gave them.
    // A region's own row (sessions at its own level) is named apart from the total: 五华区（本级）.
    const label = (r: { name: string | null; regionCode: string }, region: string) =>
      r.regionCode === region ? `${r.name ?? r.regionCode}（本级）` : (r.name ?? r.regionCode);
    expect(await chartRows(regions)).toEqual(city.byRegion.map((r) => [label(r, '530100'), ...rates(r)]));
    // Sessions and participants per month, and the rates' trend.
    expect(await chartRows(page.locator('[data-test=chart-months]'))).toEqual(
      city.byMonth.map((m) => [m.month, String(m.sessions), String(m.participants.onsite)]),
    );
    expect(await chartRows(page.locator('[data-test=chart-trend]'))).toEqual(
      city.byMonth.map((m) => [m.month, ...rates(m)]),
    );
    await expect(page.locator('[data-test=rate-reply]').innerText()).resolves.toContain(
      `${((city.rates.reply ?? 0) * 100).toFixed(1)}%`,
    );
    // Two canvases drawn per chart area (ECharts), nothing from the internet.
    await expect(page.locator('[data-test=chart-regions] canvas').count()).resolves.toBeGreaterThan(0);
    await scan(page, 'stats-city');

    // Drill down to 五华区 from the table: the URL, the path and the figures follow.
    await page.locator('[data-test=drill-530102]').click();
    await page.waitForURL(/region=530102/);
    const district = await api('530102');
    await page.locator('[data-test=region-path]', { hasText: '五华区' }).waitFor();
    await expect(page.locator('[data-test=region-path]').innerText()).resolves.toMatch(/昆明市[\s\S]*五华区/);
    const wanted = district.byRegion.map((r) => [label(r, '530102'), ...rates(r)]);
    expect(wanted.map((row) => row[0])).toContain('五华区（本级）');
    // The chart redraws once the district's answer is in.
    for (let i = 0; i < 100 && JSON.stringify(await chartRows(regions)) !== JSON.stringify(wanted); i++)
      await page.waitForTimeout(100);
    expect(await chartRows(regions)).toEqual(wanted);
    await expect(page.locator('[data-test=export-scope]').innerText()).resolves.toContain('五华区');
    await scan(page, 'stats-district');
    // Back up through the path.
    await page.locator('[data-test=region-path]').getByRole('link', { name: '昆明市' }).click();
    await page.waitForURL(/region=530100/);
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);

    // A viewer may read supervision but not send reminders.
    await page.getByRole('menuitem', { name: '督办' }).click();
    await page.locator('[data-test=supervision]').waitFor();
    await expect(page.locator('[data-test=send-reminders]').count()).resolves.toBe(0);
    await context.close();
  });

  it('晒一晒 counts every published outcome, not the page shown, and pages on', async () => {
    const whole = (await t.http().get('/api/v1/public/outcomes?pageSize=1').expect(200)).body as {
      total: number;
      summary: { sessions: number; replied: number; completed: number; adopted: number };
    };
    expect(whole.total).toBeGreaterThan(20);
    const { context, page, problems } = await newPage(browser, base, { mobile: true });
    await page.goto('/outcomes');
    const cards = page.locator('[data-test=outcome]');
    await cards.first().waitFor();
    await expect(cards.count()).resolves.toBe(10);
    await expect(page.locator('[data-test=outcomes-kpis]').innerText()).resolves.toContain(
      String(whole.summary.sessions),
    );
    await expect(page.locator('[data-test=chart-handling]').getAttribute('aria-label')).resolves.toContain(
      `已答复 ${whole.summary.replied} 条，已办结 ${whole.summary.completed} 条，其中被采纳 ${whole.summary.adopted} 条`,
    );
    await page.locator('[data-test=outcomes-more]', { hasText: `还有 ${whole.total - 10} 场` }).click();
    await cards.nth(19).waitFor();
    await expect(cards.count()).resolves.toBe(20);
    await page.screenshot({ path: `${shots}/outcomes-more.png` });
    expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });

  it('an organiser sees who is late by department, sends the reminders and sees them listed', async () => {
    const organiser = await t.login('wh_organiser', DEMO_PASSWORD);
    const before = (await t.http().get('/api/v1/supervision').set(bearer(organiser)).expect(200)).body as {
      overdueByDepartment: { name: string; overdue: number }[];
      reminders: unknown[];
    };
    expect(before.overdueByDepartment.length).toBeGreaterThan(0);

    const { context, page, problems } = await newPage(browser, base);
    await login(page, 'wh_organiser');
    await page.goto('/console/supervision');
    const byDept = page.locator('[data-test=overdue-by-department] tbody tr.el-table__row');
    await byDept.first().waitFor();
    const shown = await byDept.evaluateAll((rows) =>
      rows.map((r) => (r as unknown as { textContent: string }).textContent),
    );
    expect(shown).toHaveLength(before.overdueByDepartment.length);
    before.overdueByDepartment.forEach((d, i) => {
      expect(shown[i]).toContain(d.name);
      expect(shown[i]).toContain(String(d.overdue));
    });
    // A department's row opens on its overdue suggestions.
    await byDept.first().locator('.el-table__expand-icon').click();
    await page.locator('[data-test=overdue-by-department] ul').first().waitFor();

    await page.locator('[data-test=send-reminders]').click();
    const box = page.locator('.el-message-box');
    await box.getByRole('button', { name: '确定' }).click();
    const msg = page.locator('.el-message', { hasText: '已发出督办' });
    await msg.waitFor();
    const sent = (await t.http().get('/api/v1/supervision').set(bearer(organiser)).expect(200)).body as {
      reminders: { content: string }[];
    };
    expect(sent.reminders.length).toBeGreaterThan(before.reminders.length);
    const rows = page.locator('[data-test=reminders-sent] tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(sent.reminders.length);
    await expect(rows.first().innerText()).resolves.toContain(sent.reminders[0].content);
    await scan(page, 'supervision');
    expect(problems.filter((p) => p.startsWith('pageerror') || p.startsWith('external'))).toEqual([]);
    await context.close();

    expect(Object.keys(a11y).sort()).toEqual(['stats-city', 'stats-district', 'supervision']);
    expect(Object.entries(a11y).filter(([, v]) => v.length)).toEqual([]);
  });
});
