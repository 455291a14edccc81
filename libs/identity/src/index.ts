export * from './access/decorators';
export * from './access/principal';
export * from './audit/audit.service';
export * from './audit/audit-retention.job';
export * from './auth/session-authenticator';
export * from './sms/sms-sender';
export * from './sms/sms-provider';
export * from './users/admin-bootstrap';
export { UsersService } from './users/users.service';
export { ErasureService } from './erasure/erasure.service';
export type { AccountSummary } from './users/users.repository';
export * from './seed/identity.seed';
export { User } from './users/user.entity';
import { User } from './users/user.entity';
import { AuthSession, RefreshToken, SmsCode } from './auth/auth-session.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { RecoveryCode } from './auth/recovery-code.entity';

export const identityEntities = [User, AuthSession, RefreshToken, SmsCode, AuditEntry, RecoveryCode];
export { identityMigrations } from './migrations';
// Last: the module imports scheduling (SMS outbox), whose files use the decorators and services above while loading.
export * from './identity.module';
