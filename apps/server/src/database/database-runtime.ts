import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, EmbeddedPostgres, dataSourceOptions } from '@xs/platform';
import { schemaRegistry } from './schema-registry';

export interface DatabaseHandle {
  /** URL of the application database. */
  url: string;
  embedded?: EmbeddedPostgres;
}

/** External PostgreSQL when DATABASE_URL is set; otherwise a real PostgreSQL embedded under DATA_DIR. */
export async function provideDatabase(
  config: AppConfig,
  log: (line: string) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const embedded = new EmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), log: (l) => log(l) });
  await embedded.start();
  const url = embedded.url.replace(/\/postgres$/, '/xieshang');
  await ensureDatabase(embedded.url, 'xieshang');
  return { url, embedded };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!r.rowCount) await client.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/** Runs pending migrations; an advisory lock keeps replicas starting together from racing. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, schemaRegistry, { poolSize: 2 }));
  await ds.initialize();
  try {
    await ds.query(`SELECT pg_advisory_lock(hashtext('xs-migrate'))`);
    const done = await ds.runMigrations({ transaction: 'each' });
    await ds.query(`SELECT pg_advisory_unlock(hashtext('xs-migrate'))`);
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** The SQL that would bring the database in line with the entities: empty when migrations are complete. */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const ds = new DataSource(dataSourceOptions(url, schemaRegistry, { poolSize: 2 }));
  await ds.initialize();
  try {
    const log = await ds.driver.createSchemaBuilder().log();
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
  } finally {
    await ds.destroy();
  }
}
