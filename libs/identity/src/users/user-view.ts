import type { UserView } from '@xs/contracts';
import { PiiCipher } from '@xs/platform';
import { User } from './user.entity';

export function toUserView(u: User, pii: PiiCipher, canReadPii: boolean): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    nickname: u.nickname,
    roles: u.roles,
    regionCode: u.regionCode,
    departmentId: u.departmentId,
    workstationIds: u.workstationIds ?? [],
    permissions: u.permissions,
    phone: pii.reveal(u.phoneEnc, canReadPii),
    totpEnabled: u.totpEnabled,
    disabled: !!u.disabledAt,
    createdAt: u.createdAt?.toISOString(),
  };
}
