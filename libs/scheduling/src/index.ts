export * from './scheduling.module';
export { SessionsService } from './sessions/sessions.service';
export { NotifierService } from './notifications/notifier.service';
export { JobWorker } from './notifications/job-worker';
export { SchedulingSeed } from './seed/scheduling.seed';
import { Session, SessionSeries } from './sessions/session.entity';
import { Topic, TopicSupport } from './topics/topic.entity';
import { TopicPhoto } from './topics/topic-photo.entity';
import { Invitation } from './invitations/invitation.entity';
import { Material } from './materials/material.entity';
import { Job, Notification } from './notifications/notification.entity';

export const schedulingEntities = [
  Session,
  SessionSeries,
  Topic,
  TopicSupport,
  TopicPhoto,
  Invitation,
  Material,
  Notification,
  Job,
];
export { schedulingMigrations } from './migrations';
export { JobPurge } from './notifications/job-purge';
