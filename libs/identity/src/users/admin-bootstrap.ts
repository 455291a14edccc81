import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, isUniqueViolation, ROOT_REGION } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { hashPassword } from '../auth/password';
import { UsersRepository } from './users.repository';

export interface BootstrapResult {
  created: boolean;
  /** Where a generated password was written (printed once by main.ts), if one was generated. */
  passwordFile?: string;
  generatedPassword?: string;
}

/** First start: the `admin` account, with BOOTSTRAP_ADMIN_PASSWORD or a generated password. */
@Injectable()
export class AdminBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
  ) {}

  async ensureAdmin(): Promise<BootstrapResult> {
    if (await this.users.findByUsername('admin')) return { created: false };
    const generated = this.config.bootstrapAdminPassword
      ? undefined
      : `Xs-${randomBytes(12).toString('base64url')}`;
    const password = this.config.bootstrapAdminPassword ?? generated!;
    try {
      await this.users.save(undefined, {
        username: 'admin',
        passwordHash: await hashPassword(password),
        displayName: '系统管理员',
        roles: ['admin'],
        regionCode: ROOT_REGION,
        permissions: [],
      });
    } catch (e) {
      // another replica created it at the same moment
      if (isUniqueViolation(e)) return { created: false };
      throw e;
    }
    if (!generated) return { created: true };
    const passwordFile = path.join(this.config.dataDir, 'admin-password.txt');
    writeFileSync(passwordFile, `${generated}\n`, { mode: 0o600 });
    return { created: true, passwordFile, generatedPassword: generated };
  }
}
