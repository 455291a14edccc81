import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EmbeddedPostgres } from '@xs/platform';

export interface ScratchServer {
  /** A URL for administrative work (creating and dropping databases). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** The server tests and migration checks use: DATABASE_URL's when set, else a throwaway embedded one. */
export async function scratchServer(externalUrl: string | undefined): Promise<ScratchServer> {
  if (externalUrl) {
    return {
      adminUrl: externalUrl,
      urlFor: (db) => withDatabase(externalUrl, db),
      stop: async () => undefined,
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-pg-'));
  chmodSync(dir, 0o755); // mkdtemp makes it 0700; PostgreSQL runs as another user when we are root
  const pg = new EmbeddedPostgres({ dataDir: path.join(dir, 'pg') });
  await pg.start();
  return {
    adminUrl: pg.url,
    urlFor: (db) => withDatabase(pg.url, db),
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
