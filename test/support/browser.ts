import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Builds apps/web/dist when any client source is newer than the last build. The check and the build run
 * under one file lock, so parallel test files build once and never empty dist under another file's server.
 * Must run before startTestApp(): the server looks for dist when it is created.
 */
export function ensureWebBuilt(): void {
  const check = `
    const fs = require('fs'), path = require('path');
    let newest = 0;
    const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    } };
    walk('apps/web/src');
    for (const f of ['apps/web/index.html', 'apps/web/console.html', 'apps/web/vite.config.ts'])
      newest = Math.max(newest, fs.statSync(f).mtimeMs);
    // Both entries must be there and newer than every source.
    const built = ['apps/web/dist/index.html', 'apps/web/dist/console.html'].map((f) => fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
    if (Math.min(...built) >= newest) process.exit(0);
    const r = require('child_process').spawnSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  `;
  execFileSync('flock', [path.join(os.tmpdir(), 'xs-web-build.lock'), process.execPath, '-e', check], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
  for (const page of ['index.html', 'console.html'])
    if (!existsSync(path.join(ROOT, 'apps/web/dist', page))) throw new Error('web client build failed');
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh context (own localStorage) on a phone-sized or desktop viewport, Beijing time, no network but ours. */
export async function newPage(
  browser: Browser,
  baseUrl: string,
  opts: { mobile?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Anything not served by our own server is a defect (no CDNs, no web fonts).
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      problems.push(`external request: ${r.url()}`);
  });
  return { context, page, problems };
}

/** A directory for screenshots of this run (kept, so a person can look at them). */
export function screenshotDir(): string {
  const base = process.env.XS_SCREENSHOT_DIR || path.join(os.tmpdir(), 'xs-screenshots');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, 'run-'));
}
