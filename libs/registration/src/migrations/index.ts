import { RegistrationBase1795422783154 } from './1795422783154-registration-base';
import { RegistrationSeatQueue1795425777527 } from './1795425777527-registration-seat-queue';
import { RegistrationPhoneIdentity1795440000000 } from './1795440000000-registration-phone-identity';

export const registrationMigrations = [
  RegistrationBase1795422783154,
  RegistrationSeatQueue1795425777527,
  RegistrationPhoneIdentity1795440000000,
];
