import 'reflect-metadata';
import path from 'node:path';
import { InstanceLock, loadConfig, loadDotEnv } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { backup, BackupError, restore } from '../backup/backup';
import { runningEmbedded } from '../backup/base-backup';
import { provideDatabase } from '../database/database-runtime';
import { withDatabase } from '../database/scratch-server';

const out = (s: string) => process.stdout.write(`${s}\n`);
const usage = `usage:
  npm run backup                                   back up the configured database and DATA_DIR/files into BACKUP_DIR
  npm run restore -- <archive> [--database-url URL] [--force]
                                                   restore into the configured (empty) database, or into URL`;

/**
 * The database to work on: DATABASE_URL (pg_dump), or the embedded server under DATA_DIR (a base
 * backup): the running app's when it runs (a hot copy), else started here for the time of the backup.
 * A restore into the embedded server needs the app stopped.
 */
async function database(config: AppConfig, purpose: 'backup' | 'restore', override?: string) {
  if (override) return { url: override, close: async () => undefined };
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const lock = new InstanceLock(config.dataDir);
  try {
    lock.acquire();
  } catch {
    const running = runningEmbedded(config.dataDir);
    if (purpose === 'backup' && running)
      return {
        url: withDatabase(running.url, 'xieshang'),
        embedded: { adminUrl: running.url, dataDir: config.dataDir },
        close: async () => undefined,
      };
    throw new BackupError(
      `the server is running on ${config.dataDir}: stop it first (a restore replaces its embedded PostgreSQL)`,
    );
  }
  if (purpose === 'restore')
    return { url: undefined, embeddedDataDir: config.dataDir, close: async () => lock.release() };
  const db = await provideDatabase(config, () => undefined);
  return {
    url: db.url,
    embedded: { adminUrl: db.embedded!.url, dataDir: config.dataDir },
    close: async () => {
      await db.embedded?.stop();
      lock.release();
    },
  };
}

async function main(): Promise<void> {
  const [cmd, ...args] = process.argv.slice(2);
  loadDotEnv();
  const config = loadConfig();
  if (cmd === 'backup') {
    const db = await database(config, 'backup');
    try {
      const started = Date.now();
      const r = await backup({
        databaseUrl: db.url!,
        embedded: db.embedded,
        filesDir: config.filesDir,
        backupDir: config.backup.dir,
        keep: config.backup.keep,
        pgBinDir: config.backup.pgBinDir,
      });
      const rows = Object.values(r.manifest.rowCounts).reduce((a, b) => a + b, 0);
      out(
        `backup written: ${r.archive} (${r.manifest.kind === 'base' ? 'file-level copy of the embedded PostgreSQL' : 'pg_dump'}, ${rows} rows, ${r.manifest.database.bytes} bytes, ${Date.now() - started} ms)`,
      );
      for (const gone of r.removed) out(`removed (BACKUP_KEEP=${config.backup.keep}): ${gone}`);
      if (config.s3)
        out(
          `materials are in the bucket ${config.s3.bucket}: back it up with the storage's own versioning or replication`,
        );
    } finally {
      await db.close();
    }
    return;
  }
  if (cmd === 'restore') {
    const archive = args.find((a) => !a.startsWith('--'));
    const urlAt = args.indexOf('--database-url');
    if (!archive) {
      out(usage);
      process.exit(2);
    }
    const db = await database(config, 'restore', urlAt >= 0 ? args[urlAt + 1] : undefined);
    try {
      const started = Date.now();
      const r = await restore({
        archive: path.resolve(archive),
        databaseUrl: db.url,
        embeddedDataDir: 'embeddedDataDir' in db ? db.embeddedDataDir : undefined,
        filesDir: config.filesDir,
        pgBinDir: config.backup.pgBinDir,
        force: args.includes('--force'),
      });
      if (r.mismatches.length) {
        for (const m of r.mismatches)
          out(`row count differs: ${m.table} expected ${m.expected}, found ${m.actual}`);
        process.exitCode = 1;
        return;
      }
      out(
        `restored ${archive}: ${Object.keys(r.rowCounts).length} tables, counts match (${Date.now() - started} ms)`,
      );
    } finally {
      await db.close();
    }
    return;
  }
  out(usage);
  process.exit(2);
}

main().catch((e: Error) => {
  process.stderr.write(`${e instanceof BackupError ? '' : 'failed: '}${e.message}\n`);
  process.exit(1);
});
