import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Extra switches: e.g. a fake camera playing a file (see `fakeCameraArgs`). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Chromium's own fake camera, playing a Y4M file (no real device, no permission prompt). */
export function fakeCameraArgs(y4mFile: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${y4mFile}`,
  ];
}

/**
 * A Y4M video (640×480, 4:2:0) whose frames show a black-on-white matrix, e.g. a QR code's modules:
 * what the camera would see when a ticket is held up to it.
 */
export function writeMatrixY4m(file: string, size: number, dark: (x: number, y: number) => boolean): void {
  const W = 640;
  const H = 480;
  const scale = Math.floor(Math.min(W, H) / (size + 8));
  const x0 = Math.floor((W - size * scale) / 2);
  const y0 = Math.floor((H - size * scale) / 2);
  const luma = Buffer.alloc(W * H, 255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (dark(x, y))
        for (let dy = 0; dy < scale; dy++)
          luma.fill(
            0,
            (y0 + y * scale + dy) * W + x0 + x * scale,
            (y0 + y * scale + dy) * W + x0 + (x + 1) * scale,
          );
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
}

/**
 * Runs axe-core (injected from node_modules, nothing from the internet) on the page and returns the
 * serious and critical violations, one line each with the elements concerned. `within`: only that part of
 * the page (a CSS selector), for a component whose page belongs to someone else.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') stays as it is.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async (within) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<AxeResult> } })
      .axe;
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; element?: { closest: (s: string) => unknown } }[];
      }[];
    }
    const r = await axe.run(
      within ? { include: [[within]] } : (globalThis as unknown as { document: unknown }).document,
      // elementRef: a toast's text is often named by a bare `p`; the element says whether it is in one.
      { resultTypes: ['violations'], elementRef: true },
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map(
        (n) => (n.element?.closest('.el-message') ? '.el-message ' : '') + n.target.join(' '),
      ),
    }));
  }, within);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(' | ')}`);
}

/** A fresh context (own localStorage) on a phone-sized or desktop viewport, Beijing time, no network but ours. */
export async function newPage(
  browser: Browser,
  baseUrl: string,
  opts: { mobile?: boolean; size?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: opts.size ?? (opts.mobile ? { width: 390, height: 844 } : { width: 1280, height: 800 }),
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Charts honour it and are drawn at once, so a screenshot shows their final figures, not a frame
    // of their grow-in animation.
    reducedMotion: 'reduce',
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

/** Element Plus transitions that leave half-transparent text behind while they run. */
const CONSOLE_TRANSITIONS = ['el-message-fade', 'el-fade-in-linear', 'dialog-fade', 'el-drawer-fade']
  .flatMap((name) => [`.${name}-enter-active`, `.${name}-leave-active`])
  .join(', ');

/**
 * A console screen as its user sees it at rest, screenshotted and scanned by axe: the pointer off the
 * controls (a hovered button is drawn lighter) and no toast, dialog or drawer fading in or out (axe
 * would measure the contrast of half-transparent text).
 */
export async function settledScan(page: Page, shotPath: string): Promise<string[]> {
  await page.mouse.move(0, 0);
  const settle = async () => {
    await page.locator(CONSOLE_TRANSITIONS).first().waitFor({ state: 'detached' });
    // A toast may start fading in a frame after the check above: wait until every toast is opaque.
    await page.waitForFunction(() => {
      const doc = (
        globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<object> } }
      ).document;
      const style = (globalThis as unknown as { getComputedStyle: (e: object) => { opacity: string } })
        .getComputedStyle;
      return Array.from(doc.querySelectorAll('.el-message')).every((e) => style(e).opacity === '1');
    });
  };
  await settle();
  await page.screenshot({ path: shotPath, fullPage: true });
  // A toast's duration can end while axe runs: a finding on a toast caught mid-fade is about the
  // animation, not the screen, so scan again once it is over (a toast still at rest is checked again).
  let found = await axeViolations(page);
  // axeViolations marks a node inside a toast with `.el-message`, however axe chose to name it
  // (`#message_4 > p`, or a bare `p` when the toast holds the page's only one); a transition class
  // is a dialog or drawer caught fading.
  const midFade = (v: string) => /-(leave|enter)-active|\.el-message/.test(v);
  for (let i = 0; i < 3 && found.some(midFade); i++) {
    await settle();
    found = await axeViolations(page);
  }
  return found;
}
