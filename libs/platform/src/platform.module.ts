import { DynamicModule, Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { ClusterJobs } from './cron/cluster-jobs';
import { JobRunsRepository } from './cron/job-runs.repository';
import { PiiCipher } from './crypto/pii';
import { dataSourceOptions, SchemaRegistry } from './database/data-source-options';
import { DomainEvents } from './events/domain-events';
import { Metrics } from './observability/metrics';
import { MetricsServer, ShutdownState } from './observability/metrics-http';
import { RateLimiter } from './ratelimit/rate-limiter';
import { RedisConnection } from './redis/redis';
import { DatabasePingRepository } from './database/database-ping.repository';
import { PublicCache } from './http/public-cache';
import { SeedRegistry } from './seeding/seed-registry';
import { SeedRunsRepository } from './seeding/seed-runs.repository';

export interface PlatformOptions {
  config: AppConfig;
  /** The resolved database URL (external, embedded or a test clone). */
  databaseUrl: string;
  registry: SchemaRegistry;
}

@Global()
@Module({})
export class PlatformModule {
  static forRoot(opts: PlatformOptions): DynamicModule {
    const services = [
      PiiCipher,
      RateLimiter,
      RedisConnection,
      SeedRunsRepository,
      SeedRegistry,
      DomainEvents,
      JobRunsRepository,
      ClusterJobs,
      Metrics,
      DatabasePingRepository,
      MetricsServer,
      ShutdownState,
      PublicCache,
    ];
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(opts.databaseUrl, opts.registry, opts.config.db)),
        ScheduleModule.forRoot(),
      ],
      providers: [{ provide: APP_CONFIG, useValue: opts.config }, ...services],
      exports: [APP_CONFIG, ...services],
    };
  }
}
