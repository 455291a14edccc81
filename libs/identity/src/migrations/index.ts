import { IdentityBase1795422093617 } from './1795422093617-identity-base';
import { IdentityTotpRecovery1795430000001 } from './1795430000001-identity-totp-recovery';
import { IdentityResidentsNoRegion1796178756522 } from './1796178756522-identity-residents-no-region';
import { IdentityManagerWorkstations1796179742814 } from './1796179742814-identity-manager-workstations';
import { UserErasure1796191029965 } from './1796191029965-user-erasure';

export const identityMigrations = [
  IdentityBase1795422093617,
  IdentityTotpRecovery1795430000001,
  IdentityResidentsNoRegion1796178756522,
  IdentityManagerWorkstations1796179742814,
  UserErasure1796191029965,
];
