import { forwardRef, Module } from '@nestjs/common';
import { IdentityModule } from '@xs/identity';
import { DirectoryModule } from '@xs/directory';
import { RegistrationModule } from '@xs/registration';
import { OutcomesModule } from '@xs/outcomes';
import { FILE_STORE, NOTIFIER, SESSION_LOOKUP, SMS_OUTBOX, TOPIC_PORT } from '@xs/contracts';
import type { FileStore } from '@xs/contracts';
import { APP_CONFIG, UploadInterceptor } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsRepository } from './invitations/invitations.repository';
import { InvitationsService } from './invitations/invitations.service';
import { detectFileType } from '@xs/platform';
import { LocalMaterialStorage, MATERIAL_STORAGE } from './materials/material-storage';
import type { MaterialStorage } from './materials/material-storage';
import { S3MaterialStorage } from './materials/s3-material-storage';
import { MaterialsController } from './materials/materials.controller';
import { MaterialsRepository } from './materials/materials.repository';
import { MaterialsService } from './materials/materials.service';
import { JobHandlers } from './notifications/job-handlers';
import { JobPurge } from './notifications/job-purge';
import { JobWorker } from './notifications/job-worker';
import { SmsJobs } from './notifications/sms-jobs';
import { SmsOutboxService } from './notifications/sms-outbox';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsRepository } from './notifications/notifications.repository';
import { OutcomeListener } from './notifications/outcome-listener';
import { SchedulingSeed } from './seed/scheduling.seed';
import { JobsRepository } from './notifications/jobs.repository';
import { NotifierService } from './notifications/notifier.service';
import { SessionNotices } from './notifications/session-notices';
import { SessionLookupService } from './sessions/session-lookup';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { TopicPhotosController } from './topics/topic-photos.controller';
import { TopicPhotosRepository } from './topics/topic-photos.repository';
import { TopicPhotosService } from './topics/topic-photos.service';
import { TopicsController } from './topics/topics.controller';
import { TopicsRepository } from './topics/topics.repository';
import { TopicsService } from './topics/topics.service';
import { SchedulingErasureListener } from './erasure/scheduling-erasure.listener';
import { SchedulingErasureRepository } from './erasure/scheduling-erasure.repository';

/** Topics and sessions (议题征集 → 协商会议), with invitations, materials, notices and calendars. */
@Module({
  imports: [
    forwardRef(() => IdentityModule),
    forwardRef(() => DirectoryModule),
    forwardRef(() => RegistrationModule),
    forwardRef(() => OutcomesModule),
  ],
  controllers: [
    TopicsController,
    TopicPhotosController,
    SessionsController,
    InvitationsController,
    MaterialsController,
    NotificationsController,
    CalendarController,
  ],
  providers: [
    SchedulingErasureRepository,
    SchedulingErasureListener,
    SessionsRepository,
    SessionsService,
    SessionLookupService,
    TopicsRepository,
    TopicsService,
    TopicPhotosRepository,
    TopicPhotosService,
    JobsRepository,
    SessionNotices,
    NotifierService,
    NotificationsRepository,
    JobHandlers,
    JobWorker,
    JobPurge,
    SmsJobs,
    SmsOutboxService,
    OutcomeListener,
    InvitationsRepository,
    InvitationsService,
    MaterialsRepository,
    MaterialsService,
    UploadInterceptor,
    CalendarService,
    SchedulingSeed,
    {
      provide: MATERIAL_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) =>
        c.s3 ? new S3MaterialStorage(c.s3) : new LocalMaterialStorage(c.filesDir),
    },
    {
      provide: FILE_STORE,
      inject: [MATERIAL_STORAGE],
      useFactory: (s: MaterialStorage): FileStore => ({
        put: (key, data) => s.put(key, data),
        open: (key) => s.open(key),
        remove: (key) => s.remove(key),
        detectType: detectFileType,
      }),
    },
    { provide: SESSION_LOOKUP, useExisting: SessionLookupService },
    { provide: NOTIFIER, useExisting: NotifierService },
    { provide: SMS_OUTBOX, useExisting: SmsOutboxService },
    { provide: TOPIC_PORT, useExisting: TopicsService },
  ],
  exports: [
    SESSION_LOOKUP,
    NOTIFIER,
    SMS_OUTBOX,
    TOPIC_PORT,
    FILE_STORE,
    SessionsService,
    JobWorker,
    JobPurge,
  ],
})
export class SchedulingModule {}
