import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import request from 'supertest';
import { adminQuery, uniqueName, withDatabase } from '../../apps/server/src/database/scratch-server';
import { sleep, until } from './factories/live';
import { ADMIN_PASSWORD, SMS_CODE, TEST_PII_KEY, TestApp } from './test-app';

/**
 * Real server processes (the built app, `node dist/apps/server/src/main.js`) on one scratch database
 * and one Redis prefix: what the Redis test project starts to see replicas share state.
 */
const ROOT = path.resolve(__dirname, '../..');
export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface ClusterNode {
  proc: ChildProcess;
  port: number;
  url: string;
  dataDir: string;
  output: string[];
}

export class TestCluster {
  readonly prefix = `xs:livetest:${process.pid}:${Date.now().toString(36)}`;
  readonly dbName = uniqueName('xs_cluster');
  readonly nodes: ClusterNode[] = [];
  private adminUrl = '';
  private distDir = '';

  /** The scratch database and the built server (copied aside so a concurrent build cannot pull it away). */
  async prepare(): Promise<void> {
    this.adminUrl = process.env.XS_TEST_ADMIN_URL!;
    await adminQuery(
      this.adminUrl,
      `CREATE DATABASE "${this.dbName}" TEMPLATE "${process.env.XS_TEST_TEMPLATE}"`,
    );
    execFileSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT, stdio: 'ignore' });
    this.distDir = mkdtempSync(path.join(os.tmpdir(), 'xs-dist-'));
    cpSync(path.join(ROOT, 'dist'), this.distDir, { recursive: true });
  }

  /** The database the nodes use, for tests that check the stored truth. */
  get databaseUrl(): string {
    return withDatabase(this.adminUrl, this.dbName);
  }

  async startNode(env: Record<string, string> = {}): Promise<ClusterNode> {
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-node-'));
    const output: string[] = [];
    const proc = spawn(process.execPath, [path.join(this.distDir, 'apps/server/src/main.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_PATH: path.join(ROOT, 'node_modules'),
        NODE_ENV: 'test',
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: this.databaseUrl,
        REDIS_URL,
        LIVE_REDIS_PREFIX: this.prefix,
        // Rate limits of their own: the shared default prefix is counted by every other test run on this Redis.
        RATE_REDIS_PREFIX: `${this.prefix}:rl`,
        DEMO_DATA: 'false',
        SMS_PROVIDER: 'fixed',
        SMS_FIXED_CODE: SMS_CODE,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
        PII_KEY: TEST_PII_KEY,
        TOKEN_SECRET: 'ab'.repeat(32),
        LOG_LEVEL: 'error',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    proc.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    const url = `http://127.0.0.1:${port}`;
    const node = { proc, port, url, dataDir, output };
    this.nodes.push(node);
    await until(
      async () => {
        if (proc.exitCode !== null) throw new Error(`node exited: ${output.join('')}`);
        const res = await request(url)
          .get('/api/v1/health')
          .catch(() => null);
        return res?.status === 200;
      },
      60_000,
      250,
    );
    return node;
  }

  /** Enough of TestApp for the factories: HTTP against one node. */
  appOn(node: ClusterNode): TestApp {
    return {
      http: () => request(node.url),
      async login(username: string, password = ADMIN_PASSWORD) {
        const res = await request(node.url).post('/api/v1/auth/login').send({ username, password });
        return res.body.accessToken as string;
      },
    } as unknown as TestApp;
  }

  async close(): Promise<void> {
    for (const n of this.nodes) if (n.proc.exitCode === null) n.proc.kill('SIGKILL');
    await sleep(300);
    if (this.adminUrl)
      await adminQuery(this.adminUrl, `DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`).catch(
        () => undefined,
      );
    for (const n of this.nodes) rmSync(n.dataDir, { recursive: true, force: true });
    if (this.distDir) rmSync(this.distDir, { recursive: true, force: true });
    const r = new Redis(REDIS_URL);
    const keys = await r.keys(`${this.prefix}*`);
    if (keys.length) await r.del(...keys);
    await r.quit();
  }
}
