import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
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
import { binDir, EmbeddedPostgres, runAsIds } from '@xs/platform';
import { BackupError } from './backup-error';

const run = promisify(execFile);

/**
 * File-level ("base") backups of the embedded PostgreSQL, which ships no pg_dump: PostgreSQL's
 * low-level backup API (pg_backup_start / pg_backup_stop, "Making a Base Backup Using the Low Level
 * API" in its manual) while the server keeps running, the data directory copied with tar, then the
 * WAL written from start to stop and the backup_label. On restore the server replays that WAL from
 * the label's checkpoint to the end of the backup, so the copy is consistent however busy it was.
 * A temporary replication slot keeps that WAL from being recycled while the copy runs.
 */

/** Contents PostgreSQL recreates or must not get back (its manual's list for base backups). */
const EXCLUDE = [
  './postmaster.pid',
  './postmaster.opts',
  './backup_label',
  './backup_label.old',
  './tablespace_map',
  './pg_wal/*',
  './pg_replslot/*',
  './pg_dynshmem/*',
  './pg_notify/*',
  './pg_serial/*',
  './pg_snapshots/*',
  './pg_stat_tmp/*',
  './pg_subtrans/*',
  '*/pgsql_tmp*',
  '*/pg_internal.init',
];
/** Directories left empty by EXCLUDE that a restored cluster needs. */
const EMPTY_DIRS = [
  'pg_wal/archive_status',
  'pg_wal/summaries',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
];

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

/**
 * GNU tar exits 1 when a file changed or vanished while it was read: expected in a running data
 * directory (the WAL replay repairs it), so only other failures count.
 */
async function tar(args: string[]): Promise<void> {
  try {
    await run('tar', ['--warning=no-file-changed', '--warning=no-file-removed', ...args], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    const real = (err.stderr ?? '')
      .split('\n')
      .filter(
        (l) =>
          l.trim() && !/file changed as we read it|File removed before we read it|socket ignored/.test(l),
      );
    if (err.code === 1 && !real.length) return;
    throw new BackupError(`tar failed: ${(err.stderr ?? String(e)).trim()}`);
  }
}

export interface BaseBackupResult {
  startLsn: string;
  stopLsn: string;
  walSegments: number;
}

/**
 * Writes `out` (a tar of the data directory `pgdata` of the server at `adminUrl`, a superuser URL),
 * while that server runs.
 */
export async function baseBackup(adminUrl: string, pgdata: string, out: string): Promise<BaseBackupResult> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  const staging = mkdtempSync(path.join(path.dirname(out), '.label-'));
  try {
    const slot = `xs_backup_${process.pid}_${Date.now().toString(36)}`;
    // Temporary (dropped with this session) and reserving WAL from now on.
    await c.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [slot]);
    const start = await c.query<{ lsn: string; seg: string }>(
      `SELECT lsn::text, pg_walfile_name(lsn) AS seg FROM pg_backup_start($1, true) AS lsn`,
      [`xieshang ${new Date().toISOString()}`],
    );
    const { lsn: startLsn, seg: startSeg } = start.rows[0];
    let stopped = false;
    try {
      await tar(['-cf', out, '-C', pgdata, ...EXCLUDE.map((p) => `--exclude=${p}`), '.']);
      const stop = await c.query<{ lsn: string; seg: string; labelfile: string; spcmapfile: string | null }>(
        `SELECT lsn::text, pg_walfile_name(lsn) AS seg, labelfile, spcmapfile FROM pg_backup_stop(false)`,
      );
      stopped = true;
      const { lsn: stopLsn, seg: stopSeg, labelfile, spcmapfile } = stop.rows[0];
      // The segments from the label's checkpoint to the backup's end record, on this timeline.
      const tli = startSeg.slice(0, 8);
      const wal = readdirSync(path.join(pgdata, 'pg_wal'))
        .filter(
          (n) =>
            (WAL_SEGMENT.test(n) && n.startsWith(tli) && n >= startSeg && n <= stopSeg) ||
            /^[0-9A-F]{8}\.history$/.test(n),
        )
        .sort();
      if (!wal.some((n) => n === startSeg) || !wal.some((n) => n === stopSeg))
        throw new BackupError(`the WAL of the backup (${startSeg} to ${stopSeg}) is not all in pg_wal`);
      writeFileSync(path.join(staging, 'backup_label'), labelfile);
      const extra = ['backup_label'];
      if (spcmapfile) {
        writeFileSync(path.join(staging, 'tablespace_map'), spcmapfile);
        extra.push('tablespace_map');
      }
      await tar(['-rf', out, '-C', pgdata, ...wal.map((n) => `pg_wal/${n}`), '-C', staging, ...extra]);
      return { startLsn, stopLsn, walSegments: wal.filter((n) => WAL_SEGMENT.test(n)).length };
    } finally {
      // A failed copy must not leave the server in backup mode (it ends with the session anyway).
      if (!stopped) await c.query(`SELECT pg_backup_stop(false)`).catch(() => undefined);
    }
  } finally {
    await c.end().catch(() => undefined);
    rmSync(staging, { recursive: true, force: true });
  }
}

function chownTree(dir: string, ids: { uid: number; gid: number }): Promise<unknown> {
  return run('chown', ['-R', `${ids.uid}:${ids.gid}`, dir]);
}

/** The major version a data directory archive was written by (its PG_VERSION). */
async function archiveMajor(archive: string): Promise<number> {
  const { stdout } = await run('tar', ['-xOf', archive, './PG_VERSION']);
  return Number(stdout.trim());
}

async function embeddedMajor(): Promise<number> {
  const { stdout } = await run(path.join(binDir(), 'postgres'), ['--version']);
  return Number(/(\d+)/.exec(stdout)?.[1]);
}

/**
 * Unpacks a base backup into `pgdata` (which must not exist or be empty), with the password file
 * beside it, ready for the embedded server: it replays the WAL when it next starts.
 */
export async function restoreBaseBackup(
  archive: string,
  passwordFile: string,
  pgdata: string,
): Promise<void> {
  const [from, have] = [await archiveMajor(archive), await embeddedMajor()];
  if (from !== have)
    throw new BackupError(
      `this backup is of PostgreSQL ${from}; the embedded server here is ${have}. Restore it with an embedded PostgreSQL ${from}.`,
    );
  if (existsSync(pgdata) && readdirSync(pgdata).length)
    throw new BackupError(`${pgdata} is not empty: stop the server and move it away, or --force`);
  // DATA_DIR stays traversable: the server runs as the postgres user when we are root.
  mkdirSync(path.dirname(pgdata), { recursive: true, mode: 0o755 });
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  chmodSync(pgdata, 0o700);
  await run('tar', ['-xf', archive, '-C', pgdata]);
  for (const d of EMPTY_DIRS) mkdirSync(path.join(pgdata, d), { recursive: true, mode: 0o700 });
  const dataDir = path.dirname(pgdata);
  copyFileSync(passwordFile, path.join(dataDir, 'pg-password'));
  chmodSync(path.join(dataDir, 'pg-password'), 0o600);
  const ids = runAsIds();
  if (ids) await chownTree(pgdata, ids);
}

/** Moves a data directory aside (restore --force), never deleting it. */
export function setAside(pgdata: string, stamp: string): string | undefined {
  if (!existsSync(pgdata) || !readdirSync(pgdata).length) return undefined;
  const aside = `${pgdata}.before-restore-${stamp}`;
  renameSync(pgdata, aside);
  return aside;
}

/** Where the embedded server under DATA_DIR listens while the app runs (postmaster.pid, line 4). */
export function runningEmbedded(dataDir: string): { url: string } | undefined {
  const pid = path.join(dataDir, 'pg', 'postmaster.pid');
  const pw = path.join(dataDir, 'pg-password');
  if (!existsSync(pid) || !existsSync(pw)) return undefined;
  const port = Number(readFileSync(pid, 'utf8').split('\n')[3]);
  if (!port) return undefined;
  const password = readFileSync(pw, 'utf8').trim();
  return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres` };
}

/** Starts the embedded server on a restored data directory (WAL replay happens here), for checks. */
export async function startRestored(dataDir: string): Promise<EmbeddedPostgres> {
  const pg = new EmbeddedPostgres({ dataDir: path.join(dataDir, 'pg') });
  await pg.start();
  return pg;
}

export const fileSize = (f: string) => statSync(f).size;
