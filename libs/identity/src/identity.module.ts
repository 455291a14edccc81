import { forwardRef, Module } from '@nestjs/common';
import { SchedulingModule } from '@xs/scheduling';
import { DirectoryModule } from '@xs/directory';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { AuthGuard } from './access/auth.guard';
import { JobsController } from './admin/jobs.controller';
import { AuditController } from './audit/audit.controller';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditRetentionJob } from './audit/audit-retention.job';
import { AuditRepository } from './audit/audit.repository';
import { AuditService } from './audit/audit.service';
import { AuthController } from './auth/auth.controller';
import { DownloadsController } from './downloads/downloads.controller';
import { AuthService } from './auth/auth.service';
import { SessionAuthenticator } from './auth/session-authenticator';
import { SessionsRepository } from './auth/sessions.repository';
import { SmsCodesRepository } from './auth/sms-codes.repository';
import { ErasureController } from './erasure/erasure.controller';
import { ErasureRepository } from './erasure/erasure.repository';
import { ErasureService } from './erasure/erasure.service';
import { ErasureSweepJob } from './erasure/erasure-sweep.job';
import { IdentitySeed } from './seed/identity.seed';
import { smsSenderFor } from './sms/sms-provider';
import { SMS_SENDER } from './sms/sms-sender';
import { AdminBootstrap } from './users/admin-bootstrap';
import { UsersController } from './users/users.controller';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/** Global: every context authenticates, audits and notifies through these. */
@Module({
  imports: [forwardRef(() => SchedulingModule), forwardRef(() => DirectoryModule)],
  controllers: [
    AuthController,
    UsersController,
    ErasureController,
    AuditController,
    JobsController,
    DownloadsController,
  ],
  providers: [
    AuthService,
    UsersService,
    UsersRepository,
    SessionsRepository,
    SmsCodesRepository,
    SessionAuthenticator,
    AuditRepository,
    AuditService,
    AuditRetentionJob,
    AdminBootstrap,
    IdentitySeed,
    ErasureRepository,
    ErasureService,
    ErasureSweepJob,
    {
      provide: SMS_SENDER,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => smsSenderFor(c),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditService, SessionAuthenticator, UsersService, AdminBootstrap, SMS_SENDER],
})
export class IdentityModule {}
