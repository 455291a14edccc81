import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@xs/platform';
import { adminQuery, uniqueName, withDatabase } from '../../apps/server/src/database/scratch-server';

/** The checkout, from the sources (test/support) or the build (dist/test/support). */
export const ROOT = [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../..')].find((d) =>
  existsSync(path.join(d, 'package.json')),
)!;
export const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx';
export const ADMIN_PASSWORD = 'Deploy-Admin-2026';
export const SMS_CODE = '135790';

/** Fills `${XS_*}` in a template the way envsubst does for the nginx image (nginx's own `$vars` stay). */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(/\$\{(XS_[A-Z_]+)\}/g, (_, name: string) => {
    if (vars[name] === undefined) throw new Error(`template variable ${name} not given`);
    return vars[name];
  });
}

/** Builds the server and the web client when the build is missing or older than the sources. */
export function ensureBuild(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  if (!existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }
}

export interface Replica {
  name: string;
  port: number;
  metricsPort: number;
  proc: ChildProcess;
  output: () => string;
}

export interface Stack {
  url: string;
  replicas: Replica[];
  databaseUrl: string;
  dir: string;
  /** FILES_DIR of both replicas: uploads through one are read through the other. */
  filesDir: string;
  nginxConf: string;
  stop(): Promise<void>;
  /** Every log line of every replica so far. */
  logs(): string;
}

const exited = (p: ChildProcess) =>
  new Promise<void>((r) => (p.exitCode !== null || p.signalCode ? r() : p.once('exit', () => r())));

async function waitUntil(
  cond: () => Promise<boolean>,
  ms: number,
  what: string,
  output = () => '',
): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}\n${output().slice(-3000)}`);
}

const ok = async (url: string) => (await fetch(url)).status === 200;

export interface Nginx {
  url: string;
  conf: string;
  stop(): Promise<void>;
}

/**
 * Debian's nginx with `site` (a rendered `deploy/nginx/xieshang.conf.template`) as its only server, its
 * prefix, pid and temp dirs under `dir`, so no system nginx config is read or touched. One worker;
 * `cpu` pins it (the benches keep it off the server's core). Resolves once `url` answers /api/v1/health.
 */
export async function startNginx(dir: string, site: string, url: string, cpu?: number): Promise<Nginx> {
  mkdirSync(path.join(dir, 'logs'), { recursive: true });
  writeFileSync(path.join(dir, 'xieshang.conf'), site);
  const conf = path.join(dir, 'nginx.conf');
  const temp = (n: string) => `${n}_temp_path ${path.join(dir, `${n}_temp`)};`;
  // Root starts workers as `user`; anyone else runs them as itself (no user directive needed then).
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(
    conf,
    [
      user,
      'worker_processes 1;',
      'daemon off;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'logs/error.log')} warn;`,
      'events { worker_connections 4096; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${path.join(dir, 'logs/access.log')};`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(dir, 'xieshang.conf')};`,
      '}',
    ].join('\n'),
  );
  const args = ['-p', dir, '-c', conf, '-e', path.join(dir, 'logs/error.log')];
  execFileSync(NGINX, ['-t', '-q', ...args], { stdio: 'pipe' });
  let output = '';
  const nginx =
    cpu === undefined
      ? spawn(NGINX, args, { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('taskset', ['-c', String(cpu), NGINX, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const stop = async () => {
    nginx.kill('SIGQUIT');
    await exited(nginx);
  };
  try {
    await waitUntil(
      () => ok(`${url}/api/v1/health`),
      30_000,
      'nginx',
      () => output,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, conf, stop };
}

/**
 * The production layout on this machine's engines: nginx (Debian) in front of two replicas of the
 * built server, sharing one PostgreSQL database and Redis. nginx runs with its own prefix, pid and
 * temp dirs under a temporary directory, so no system nginx config is read or touched.
 */
export async function startStack(
  opts: { adminUrl: string; redisUrl: string; env?: Record<string, string> } = {
    adminUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: 'redis://127.0.0.1:6379',
  },
): Promise<Stack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-deploy-'));
  const dbName = uniqueName('xs_deploy');
  await adminQuery(opts.adminUrl, `CREATE DATABASE "${dbName}"`);
  const databaseUrl = withDatabase(opts.adminUrl, dbName);
  const prefix = `xs:deploy:${path.basename(dir)}`;
  // One files directory for both (as an NFS mount or shared volume would be); DATA_DIR stays per replica.
  const filesDir = path.join(dir, 'files');
  mkdirSync(filesDir);
  const replicas: Replica[] = [];
  const common = {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: opts.redisUrl,
    // Only nginx on this host may say who the client is.
    TRUSTED_PROXIES: '127.0.0.1,::1',
    PII_KEY: '0123456789abcdef0123456789abcdef',
    TOKEN_SECRET: 'cd'.repeat(32),
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    SMS_PROVIDER: 'fixed',
    SMS_FIXED_CODE: SMS_CODE,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'info',
    FILES_DIR: filesDir,
    LIVE_REDIS_PREFIX: `${prefix}:live`,
    RATE_REDIS_PREFIX: `${prefix}:rl`,
    SHUTDOWN_DRAIN_MS: '1000',
    CRON_ENABLED: 'false',
    ...opts.env,
  };
  const stopAll = async () => {
    for (const r of replicas) if (r.proc.exitCode === null) r.proc.kill('SIGTERM');
    await Promise.all(replicas.map((r) => exited(r.proc)));
  };
  try {
    for (const name of ['a', 'b']) {
      const port = await freePort();
      const metricsPort = await freePort();
      const dataDir = path.join(dir, `data-${name}`);
      mkdirSync(dataDir);
      let out = '';
      const clean = { ...process.env };
      for (const k of Object.keys(clean))
        if (/^(DATABASE_URL|REDIS_URL|METRICS_|XS_)/.test(k)) delete clean[k];
      const proc = spawn(process.execPath, [path.join(ROOT, 'dist/apps/server/src/main.js')], {
        cwd: dir,
        env: {
          ...clean,
          ...common,
          PORT: String(port),
          DATA_DIR: dataDir,
          REPLICA_ID: `replica-${name}`,
          METRICS_PORT: String(metricsPort),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      proc.stdout?.on('data', (c: Buffer) => (out += c.toString()));
      proc.stderr?.on('data', (c: Buffer) => (out += c.toString()));
      const replica = { name, port, metricsPort, proc, output: () => out };
      replicas.push(replica);
      // One at a time: the first applies the migrations and creates the admin.
      await waitUntil(
        async () => {
          if (proc.exitCode !== null) throw new Error(`replica ${name} exited: ${out.slice(-2000)}`);
          return ok(`http://127.0.0.1:${port}/health/ready`);
        },
        120_000,
        `replica ${name}`,
        () => out,
      );
    }

    const listen = await freePort();
    const webRoot = path.join(ROOT, 'apps/web/dist');
    const site = renderTemplate(
      readFileSync(path.join(ROOT, 'deploy/nginx/xieshang.conf.template'), 'utf8'),
      {
        XS_LISTEN: `127.0.0.1:${listen}`,
        XS_APP_A: `127.0.0.1:${replicas[0].port}`,
        XS_APP_B: `127.0.0.1:${replicas[1].port}`,
        XS_WEB_ROOT: webRoot,
      },
    );
    const nginx = await startNginx(path.join(dir, 'nginx'), site, `http://127.0.0.1:${listen}`);
    const url = nginx.url;

    return {
      url,
      replicas,
      databaseUrl,
      dir,
      filesDir,
      nginxConf: nginx.conf,
      logs: () => replicas.map((r) => r.output()).join('\n'),
      async stop() {
        await nginx.stop();
        await stopAll();
        await adminQuery(opts.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(
          () => undefined,
        );
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await stopAll();
    await adminQuery(opts.adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(
      () => undefined,
    );
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
