import { forwardRef, Module } from '@nestjs/common';
import { IdentityModule } from '@xs/identity';
import { DirectoryModule } from '@xs/directory';
import { SchedulingModule } from '@xs/scheduling';
import { LiveModule } from '@xs/live';
import { OpinionModule } from '@xs/opinion';
import { OutcomesModule } from '@xs/outcomes';
import { REGISTRATION_PORT } from '@xs/contracts';
import { CheckinsController } from './checkins/checkins.controller';
import { CheckinsService } from './checkins/checkins.service';
import { DrawsController } from './draws/draws.controller';
import { DrawsRepository } from './draws/draws.repository';
import { DrawsService } from './draws/draws.service';
import { DutyRecordsController } from './duty/duty-records.controller';
import { DutyRecordsService } from './duty/duty-records.service';
import { PhoneRetentionJob } from './privacy/phone-retention.job';
import { RegistrationPortAdapter } from './registrations/registration-port';
import { RegistrationsExportService } from './registrations/registrations-export.service';
import { RegistrationsController } from './registrations/registrations.controller';
import { RegistrationsRepository } from './registrations/registrations.repository';
import { RegistrationsService } from './registrations/registrations.service';
import { SessionAccess } from './registrations/session-access';
import { RegistrationSeed } from './seed/registration.seed';

/** Registration and attendance: seats, waitlist, tickets, check-in, draws, duty records. */
@Module({
  imports: [
    forwardRef(() => IdentityModule),
    forwardRef(() => DirectoryModule),
    forwardRef(() => SchedulingModule),
    forwardRef(() => LiveModule),
    forwardRef(() => OutcomesModule),
    forwardRef(() => OpinionModule),
  ],
  controllers: [RegistrationsController, CheckinsController, DrawsController, DutyRecordsController],
  providers: [
    RegistrationsRepository,
    SessionAccess,
    RegistrationsService,
    RegistrationsExportService,
    CheckinsService,
    DrawsRepository,
    DrawsService,
    DutyRecordsService,
    PhoneRetentionJob,
    RegistrationPortAdapter,
    RegistrationSeed,
    { provide: REGISTRATION_PORT, useExisting: RegistrationPortAdapter },
  ],
  exports: [REGISTRATION_PORT, RegistrationsService, PhoneRetentionJob],
})
export class RegistrationModule {}
