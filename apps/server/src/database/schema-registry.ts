import { SchemaRegistry, platformEntities, platformMigrations } from '@xs/platform';
import { identityEntities, identityMigrations } from '@xs/identity';
import { directoryEntities, directoryMigrations } from '@xs/directory';
import { liveEntities, liveMigrations } from '@xs/live';
import { registrationEntities, registrationMigrations } from '@xs/registration';
import { schedulingEntities, schedulingMigrations } from '@xs/scheduling';
import { outcomesEntities, outcomesMigrations } from '@xs/outcomes';
import { opinionEntities, opinionMigrations } from '@xs/opinion';

/**
 * Every context's entities and migrations, in dependency order. A new context adds one line to each
 * array; migrations sort by their timestamp, so order here is only for readability.
 */
export const schemaRegistry: SchemaRegistry = {
  entities: [
    ...platformEntities,
    ...identityEntities,
    ...directoryEntities,
    ...liveEntities,
    ...registrationEntities,
    ...schedulingEntities,
    ...outcomesEntities,
    ...opinionEntities,
  ],
  migrations: [
    ...platformMigrations,
    ...identityMigrations,
    ...directoryMigrations,
    ...liveMigrations,
    ...registrationMigrations,
    ...schedulingMigrations,
    ...outcomesMigrations,
    ...opinionMigrations,
  ],
};
