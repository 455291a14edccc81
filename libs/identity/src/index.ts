export * from './identity.module';
export * from './access/decorators';
export * from './access/principal';
export * from './audit/audit.service';
export * from './audit/audit-retention.job';
export * from './auth/session-authenticator';
export * from './sms/sms-sender';
export * from './users/admin-bootstrap';
export { UsersService } from './users/users.service';
export type { AccountSummary } from './users/users.repository';
export * from './seed/identity.seed';
export { User } from './users/user.entity';
import { User } from './users/user.entity';
import { AuthSession, RefreshToken, SmsCode } from './auth/auth-session.entity';
import { AuditEntry } from './audit/audit-entry.entity';

export const identityEntities = [User, AuthSession, RefreshToken, SmsCode, AuditEntry];
export { identityMigrations } from './migrations';
