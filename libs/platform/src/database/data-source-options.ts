import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

export interface SchemaRegistry {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export interface PoolSettings {
  poolSize: number;
  /** ms; 0 = none. */
  statementTimeoutMs: number;
  idleTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

const DEFAULT_POOL: PoolSettings = {
  poolSize: 20,
  statementTimeoutMs: 0,
  idleTimeoutMs: 30000,
  idleInTransactionTimeoutMs: 0,
};

/** Migrations only: the schema is never synchronised from entities. */
export function dataSourceOptions(
  url: string,
  registry: SchemaRegistry,
  pool: Partial<PoolSettings> = {},
): DataSourceOptions {
  const p = { ...DEFAULT_POOL, ...pool };
  return {
    type: 'postgres',
    url,
    entities: registry.entities,
    migrations: registry.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, KingbaseES and openGauss; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    extra: {
      max: p.poolSize,
      idleTimeoutMillis: p.idleTimeoutMs,
      // Sent as session settings when each connection opens (node-postgres leaves out zero values).
      statement_timeout: p.statementTimeoutMs || undefined,
      idle_in_transaction_session_timeout: p.idleInTransactionTimeoutMs || undefined,
      application_name: 'xieshang',
    },
  };
}
