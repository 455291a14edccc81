export * from './registration.module';
export { RegistrationsService } from './registrations/registrations.service';
export { PhoneRetentionJob } from './privacy/phone-retention.job';
export { PRIVACY_NOTICE_VERSION } from './privacy/privacy-notice';
export { drawWinners, candidatesHash, DRAW_ALGORITHM } from './draws/draw-algorithm';
import {
  OnlineAttendance,
  Registration,
  RegistrationCapacity,
  RegistrationIdempotency,
} from './registrations/registration.entity';
import { RegistrationDraw } from './draws/draw.entity';

export const registrationEntities = [
  Registration,
  RegistrationCapacity,
  RegistrationIdempotency,
  OnlineAttendance,
  RegistrationDraw,
];
export { registrationMigrations } from './migrations';
