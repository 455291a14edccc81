// Figures of the staff console in Chromium against a running server with demo data (issue 13):
// the JS and CSS the first screen loads (gzip, as a reverse proxy would send them) and the time until
// the sessions list and the statistics page show their data.
//   node scripts/web-figures.mjs [baseUrl] [username] [password]
// Defaults: http://localhost:3000 wh_organiser Demo-2026-xs. Nothing here is asserted: figures only.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:3000', user = 'wh_organiser', password = 'Demo-2026-xs'] =
  process.argv.slice(2);
const RUNS = 5;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({
  viewport: { width: 1280, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
});
const outside = [];
await context.route(
  (u) => u.origin !== new URL(base).origin,
  (r) => (outside.push(r.request().url()), r.abort()),
);
const page = await context.newPage();

const gz = (url) => {
  const file = `apps/web/dist${new URL(url).pathname}`;
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
};
async function shipped(path, ready) {
  const seen = new Map();
  const onResponse = (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet') seen.set(r.url(), type);
  };
  page.on('response', onResponse);
  await page.goto(`${base}${path}`);
  await page.locator(ready).first().waitFor();
  page.off('response', onResponse);
  const kb = (type) => [...seen].filter(([, t]) => t === type).reduce((n, [u]) => n + gz(u), 0) / 1024;
  return { js: kb('script').toFixed(1), css: kb('stylesheet').toFixed(1), files: seen.size };
}
/** From navigation start until the selector is on screen, in a fresh load each run (cache kept, as a returning user). */
async function interactive(path, ready) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${base}${path}`);
    await page.locator(ready).first().waitFor();
    times.push(await page.evaluate(() => Math.round(performance.now())));
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(RUNS / 2)], allMs: times };
}

const login = await shipped('/console/login', 'input[name=username]');
await page.locator('input[name=username]').fill(user);
await page.locator('input[name=password]').fill(password);
await page.getByRole('button', { name: '登录' }).click();
await page.waitForURL(/\/console\/(?!login)/);
await context.clearCookies();
const cold = await context.newPage();
await cold.close();
const sessionsFirst = await shipped('/console/sessions', '[data-test=console-sessions] tbody tr');
const statsFirst = await shipped('/console/stats', '[data-test=stats]');
const out = {
  loginScreen: login,
  sessionsScreen: sessionsFirst,
  statsScreen: statsFirst,
  sessionsListInteractive: await interactive('/console/sessions', '[data-test=console-sessions] tbody tr'),
  statsInteractive: await interactive('/console/stats', '[data-test=stats]'),
  requestsOutside: outside,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
await browser.close();
