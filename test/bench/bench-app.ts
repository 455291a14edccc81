import 'reflect-metadata';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdminBootstrap } from '@xs/identity';
import { loadConfig } from '@xs/platform';
import { createApp } from '../../apps/server/src/bootstrap';
import { runMigrations } from '../../apps/server/src/database/database-runtime';
import { adminQuery, scratchServer, uniqueName } from '../../apps/server/src/database/scratch-server';

export const BENCH_ADMIN_PASSWORD = 'Bench-Admin-2026';

export interface BenchApp {
  app: INestApplication;
  db: DataSource;
  /** http://127.0.0.1:port */
  base: string;
  /** The admin's access token. */
  token: string;
  close(): Promise<void>;
}

/**
 * The app as the benches use it, booted the way main.ts boots it: on a fresh migrated database
 * (DATABASE_URL's server, or an embedded one), with admin created and logged in, listening on a free port.
 */
export async function startBenchApp(tag: string, env: Record<string, string> = {}): Promise<BenchApp> {
  const server = await scratchServer(process.env.DATABASE_URL || undefined);
  const name = uniqueName(`xs_bench_${tag}`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `xs-bench-${tag}-`));
  let app: INestApplication | undefined;
  const close = async () => {
    await app?.close();
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(
      () => undefined,
    );
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
    const url = server.urlFor(name);
    await runMigrations(url);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PII_KEY: '00112233445566778899aabbccddeeff',
      TOKEN_SECRET: 'cd'.repeat(32),
      DEMO_DATA: 'false',
      BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
      SMS_PROVIDER: 'fixed',
      SMS_FIXED_CODE: '246810',
      LOG_LEVEL: 'error',
      ...env,
    });
    app = await createApp(config, url, false);
    await app.init();
    await app.get(AdminBootstrap).ensureAdmin();
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`bench admin login failed: ${login.status}`);
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    return { app, db: app.get(DataSource), base, token, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The p-th percentile (nearest rank) of some timings. */
export const pct = (xs: number[], p: number): number =>
  [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** GET as the admin, resolving with the milliseconds it took; anything but 200 rejects. */
export function timedGet(base: string, token: string, p: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(`${base}${p}`, { agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`${p}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
  });
}
