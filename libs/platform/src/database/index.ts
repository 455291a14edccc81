export * from './data-source-options';
export * from './postgres-server';
export * from './instance-lock';
export * from './seed-run.entity';
import { SeedRun } from './seed-run.entity';
import { JobRun } from '../cron/job-run.entity';
import { PlatformBase1795400000000 } from './migrations/1795400000000-platform-base';
import { PlatformJobRuns1795430000000 } from './migrations/1795430000000-platform-job-runs';

export const platformEntities = [SeedRun, JobRun];
export const platformMigrations = [PlatformBase1795400000000, PlatformJobRuns1795430000000];
export * from './sql';
export * from './text-support';
export * from './violations';
export * from './database-ping.repository';
