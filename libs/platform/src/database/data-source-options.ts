import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

export interface SchemaRegistry {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** Migrations only: the schema is never synchronised from entities. */
export function dataSourceOptions(url: string, registry: SchemaRegistry, poolSize = 20): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'xieshang' },
  };
}
