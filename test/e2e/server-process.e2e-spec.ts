import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@xs/platform';

const root = path.resolve(__dirname, '../..');
const main = path.join(root, 'dist/apps/server/src/main.js');

interface Running {
  proc: ChildProcess;
  output: () => string;
}

function startServer(env: Record<string, string>): Running {
  let out = '';
  const clean = { ...process.env };
  delete clean.DATABASE_URL; // this test is about the embedded default
  delete clean.REDIS_URL;
  const proc = spawn(process.execPath, [main], {
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  return { proc, output: () => out };
}

async function waitFor(
  cond: () => boolean | Promise<boolean>,
  ms: number,
  output: () => string = () => '',
): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out; output:\n${output().slice(-3000)}`);
}

const exited = (p: ChildProcess) =>
  new Promise<number | null>((r) => (p.exitCode !== null ? r(p.exitCode) : p.once('exit', (c) => r(c))));

function postgresPids(dataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', path.join(dataDir, 'pg')])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** The server as `npm start` runs it: embedded PostgreSQL under DATA_DIR, first-start bootstrap, clean shutdown. */
describe('server process on embedded PostgreSQL', () => {
  let dataDir: string;
  let port: number;
  const env = () => ({
    DATA_DIR: dataDir,
    PORT: String(port),
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    SHUTDOWN_DRAIN_MS: '200',
  });

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    if (!existsSync(path.join(root, 'apps/web/dist/index.html'))) {
      execFileSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root });
    }
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-proc-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, prints the URL and the admin password, refuses a second instance, stops on SIGTERM with no orphan, and keeps data across a restart', async () => {
    const first = startServer(env());
    await waitFor(
      () => first.output().includes('已启动: http://localhost') || first.proc.exitCode !== null,
      90_000,
      first.output,
    );
    expect(first.proc.exitCode).toBeNull();
    expect(first.output()).toContain(`http://localhost:${port}`);
    const passwordFile = path.join(dataDir, 'admin-password.txt');
    expect(existsSync(passwordFile)).toBe(true);
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(first.output()).toContain(passwordFile);
    // On Node.js 20 (past its end of life) the operator is told to move to 24; on 22 and later, nothing.
    const eol = /Node\.js past its end of life: run the server on Node\.js 24 LTS/;
    expect(eol.test(first.output())).toBe(Number(process.versions.node.split('.')[0]) < 22);

    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', db: 'up', redis: 'absent' });
    // The web client is served at / and deep links fall back to it (history routing).
    for (const p of ['/', '/sessions/some-deep-link']) {
      const page = await fetch(`http://127.0.0.1:${port}${p}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<div id="app"');
    }
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        username: 'survivor',
        password: 'Survive-2026',
        displayName: '重启后仍在',
        roles: ['member'],
        regionCode: '530102',
      }),
    });
    expect(created.status).toBe(201);

    const second = startServer({ ...env(), PORT: String(await freePort()) });
    expect(await exited(second.proc)).not.toBe(0);
    expect(second.output()).toMatch(/already using DATA_DIR/);

    expect(postgresPids(dataDir).length).toBeGreaterThan(0);
    const t0 = Date.now();
    first.proc.kill('SIGTERM');
    expect(await exited(first.proc)).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(postgresPids(dataDir)).toEqual([]);

    const again = startServer(env());
    await waitFor(
      () => again.output().includes('已启动: http') || again.proc.exitCode !== null,
      60_000,
      again.output,
    );
    expect(again.proc.exitCode).toBeNull();
    expect(again.output()).not.toContain('初始密码已生成');
    const relogin = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'survivor', password: 'Survive-2026' }),
    });
    expect(relogin.status).toBe(200);
    again.proc.kill('SIGINT');
    expect(await exited(again.proc)).toBe(0);
    expect(postgresPids(dataDir)).toEqual([]);
  }, 180_000);

  it('a bad setting stops the start with a message naming the variable', async () => {
    const bad = startServer({ ...env(), PORT: 'eighty' });
    expect(await exited(bad.proc)).not.toBe(0);
    expect(bad.output()).toContain('PORT');
  });
});
