import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { IdentityModule } from '@xs/identity';
import { SchedulingModule } from '@xs/scheduling';
import { RegistrationModule } from '@xs/registration';
import { DirectoryModule } from '@xs/directory';
import { LiveModule } from '@xs/live';
import { OutcomesModule } from '@xs/outcomes';
import { ExportsModule } from '@xs/exports';
import { OpinionModule } from '@xs/opinion';
import { AppConfig, PlatformModule } from '@xs/platform';
import { schemaRegistry } from './database/schema-registry';
import { HealthController } from './health/health.controller';
import { ClientConfigController } from './web/client-config.controller';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

/** The whole server: platform, then one module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(opts: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DiscoveryModule,
        TerminusModule.forRoot({ logger: false }),
        PlatformModule.forRoot({ ...opts, registry: schemaRegistry }),
        IdentityModule,
        SchedulingModule,
        RegistrationModule,
        DirectoryModule,
        LiveModule,
        OutcomesModule,
        ExportsModule,
        OpinionModule,
      ],
      controllers: [HealthController, ClientConfigController],
    };
  }
}
