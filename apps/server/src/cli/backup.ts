import 'reflect-metadata';
import path from 'node:path';
import { InstanceLock, loadConfig, loadDotEnv } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { backup, BackupError, restore } from '../backup/backup';
import { provideDatabase } from '../database/database-runtime';

const out = (s: string) => process.stdout.write(`${s}\n`);
const usage = `usage:
  npm run backup                                   back up the configured database and DATA_DIR/files into BACKUP_DIR
  npm run restore -- <archive> [--database-url URL] [--force]
                                                   restore into the configured (empty) database, or into URL`;

/**
 * The database to work on: DATABASE_URL, or the embedded server under DATA_DIR, started here
 * (only while the app is stopped: it holds the same data directory).
 */
async function database(config: AppConfig, override?: string) {
  if (override) return { url: override, close: async () => undefined };
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const lock = new InstanceLock(config.dataDir);
  try {
    lock.acquire();
  } catch {
    throw new BackupError(
      `the server is running on ${config.dataDir}: stop it first (the embedded PostgreSQL belongs to it), or use an external DATABASE_URL`,
    );
  }
  const db = await provideDatabase(config, () => undefined);
  return {
    url: db.url,
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
    const db = await database(config);
    try {
      const started = Date.now();
      const r = await backup({
        databaseUrl: db.url,
        filesDir: config.filesDir,
        backupDir: config.backup.dir,
        keep: config.backup.keep,
        pgBinDir: config.backup.pgBinDir,
      });
      const rows = Object.values(r.manifest.rowCounts).reduce((a, b) => a + b, 0);
      out(
        `backup written: ${r.archive} (${rows} rows, ${r.manifest.database.bytes} bytes of dump, ${Date.now() - started} ms)`,
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
    const db = await database(config, urlAt >= 0 ? args[urlAt + 1] : undefined);
    try {
      const started = Date.now();
      const r = await restore({
        archive: path.resolve(archive),
        databaseUrl: db.url,
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
