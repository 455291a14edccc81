import { IdentityBase1795422093617 } from './1795422093617-identity-base';

export const identityMigrations = [IdentityBase1795422093617];
