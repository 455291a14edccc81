export * from './data-source-options';
export * from './postgres-server';
export * from './instance-lock';
export * from './seed-run.entity';
import { SeedRun } from './seed-run.entity';
import { PlatformBase1795400000000 } from './migrations/1795400000000-platform-base';

export const platformEntities = [SeedRun];
export const platformMigrations = [PlatformBase1795400000000];
export * from './sql';
