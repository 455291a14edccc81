// Figures of the resident site's home page on a phone (issue 14), against a running server:
// the JS and CSS it loads (gzip, as a reverse proxy would send them) and, under Chromium's "Fast 3G"
// profile (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up), the time to first contentful paint
// and until the session list (or its empty state) shows, on a cold cache.
//   node scripts/resident-figures.mjs [baseUrl]
// Nothing here is asserted: figures only. The machine's load shows in the times; say so with them.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:3000'] = process.argv.slice(2);
const RUNS = 3;
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const READY = '[data-test=sessions], .state-empty';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const outside = [];
const gz = (url) => {
  const file = `apps/web/dist${new URL(url).pathname}`;
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
};

async function run(throttled) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.route(
    (u) => u.origin !== new URL(base).origin,
    (r) => (outside.push(r.request().url()), r.abort()),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  const seen = new Map();
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet') seen.set(r.url(), type);
  });
  await page.goto(`${base}/`);
  await page.locator(READY).first().waitFor({ timeout: 120_000 });
  const ready = await page.evaluate(() => Math.round(performance.now()));
  const fcp = await page.evaluate(() =>
    Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
  );
  const kb = (type) => [...seen].filter(([, t]) => t === type).reduce((n, [u]) => n + gz(u), 0) / 1024;
  await context.close();
  return { fcp, ready, js: kb('script'), css: kb('stylesheet'), files: seen.size };
}

const first = await run(false);
const slow = [];
for (let i = 0; i < RUNS; i++) slow.push(await run(true));
const median = (k) => slow.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
process.stdout.write(
  `${JSON.stringify(
    {
      homeJsGzipKB: first.js.toFixed(1),
      homeCssGzipKB: first.css.toFixed(1),
      files: first.files,
      unthrottled: { firstContentfulPaintMs: first.fcp, sessionsShownMs: first.ready },
      fast3g: {
        firstContentfulPaintMsMedian: median('fcp'),
        sessionsShownMsMedian: median('ready'),
        runs: slow.map((r) => ({ fcp: r.fcp, ready: r.ready })),
      },
      requestsOutside: outside,
    },
    null,
    2,
  )}\n`,
);
await browser.close();
