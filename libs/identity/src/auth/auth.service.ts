import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { SMS_OUTBOX } from '@xs/contracts';
import type { SmsOutbox, TokenPair, UserView } from '@xs/contracts';
import {
  maskPhone,
  APP_CONFIG,
  deriveKey,
  hmacSm3,
  PiiCipher,
  RateLimiter,
  TooManyRequestsError,
  sm3,
  sm4Decrypt,
  sm4Encrypt,
} from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { SMS_SENDER } from '../sms/sms-sender';
import type { SmsSender } from '../sms/sms-sender';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { toUserView } from '../users/user-view';
import { DUMMY_HASH, hashPassword, passwordProblems, verifyPassword } from './password';
import { SessionsRepository } from './sessions.repository';
import { SmsCodesRepository } from './sms-codes.repository';
import { signAccessToken } from './tokens';
import { newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, otpauthUrl, totpStep } from './totp';
import { Errors } from '../errors';

const SMS_CODE_TTL_SECONDS = 300;
/** How long failed logins of one (account, address) are remembered for the back-off. */
const FAILURE_MEMORY_SECONDS = 86400;

export interface SecondFactorProof {
  otp?: string;
  password?: string;
  recoveryCode?: string;
}

@Injectable()
export class AuthService {
  private readonly recoveryKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly smsCodes: SmsCodesRepository,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly pii: PiiCipher,
    @Inject(SMS_OUTBOX) private readonly outbox: SmsOutbox,
  ) {
    this.recoveryKey = deriveKey(config.tokenSecret, 'totp-recovery-code');
  }

  /**
   * Unknown and existing accounts answer alike. Failures are counted per (account name, source
   * address): past LOGIN_LOCK_AFTER_FAILURES that pair is held back, twice as long after each further
   * failure, while the account stays open to its owner elsewhere.
   */
  async login(
    username: string,
    password: string,
    otp: string | undefined,
    ip: string | null,
    recoveryCode?: string,
  ): Promise<TokenPair> {
    const name = username.toLowerCase().slice(0, 64);
    const refuse = async (reason: string, e: Error) => {
      await this.audit.record({
        actorId: null,
        actorName: username.slice(0, 100),
        action: 'auth.login',
        result: `refused:${reason}`,
        ip,
      });
      return e;
    };
    const perIp = await this.limiter.hit(`login:ip:${ip}`, {
      limit: this.config.loginRatePerIp,
      windowSeconds: 60,
    });
    if (perIp) throw await refuse('rate_limited', Errors.tooMany('RATE_LIMITED', perIp));
    const pair = `login:${name}:${ip}`;
    const held = await this.limiter.heldFor(pair);
    if (held) throw await refuse('held', tooManyAttempts(held));

    const user = await this.users.findByUsername(username);
    const fail = async (reason: string) => {
      await this.audit.record({
        actorId: user?.id ?? null,
        actorName: username.slice(0, 100),
        action: 'auth.login',
        result: `failed:${reason}`,
        ip,
      });
      const failures = await this.limiter.count(`login-failures:${pair}`, FAILURE_MEMORY_SECONDS);
      const over = failures - this.config.loginLockAfter;
      if (over >= 0) {
        const seconds = Math.min(
          this.config.loginLockMaxSeconds,
          this.config.loginLockBaseSeconds * 2 ** Math.min(over, 20),
        );
        await this.limiter.hold(pair, seconds);
      }
    };
    if (!user || !user.passwordHash) {
      await verifyPassword(DUMMY_HASH, password);
      await fail('unknown_user');
      throw Errors.unauthorized('INVALID_CREDENTIALS');
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await fail('bad_password');
      throw Errors.unauthorized('INVALID_CREDENTIALS');
    }
    if (user.disabledAt) {
      await fail('disabled');
      throw Errors.unauthorized('ACCOUNT_DISABLED');
    }
    if (user.totpEnabled) {
      if (recoveryCode) {
        if (!(await this.users.useRecoveryCode(user.id, this.recoveryHash(user.id, recoveryCode)))) {
          await fail('recovery_code_invalid');
          throw Errors.unauthorized('RECOVERY_CODE_INVALID');
        }
        await this.audit.record({
          actorId: user.id,
          actorName: user.username,
          action: 'auth.totp.recovery_used',
          result: 'ok',
          ip,
        });
      } else {
        // Asking for the code is the normal second step of a login, not a failure.
        if (!otp) throw Errors.unauthorized('OTP_REQUIRED');
        if (!(await this.acceptTotp(user, otp))) {
          await fail('otp_invalid');
          throw Errors.unauthorized('OTP_INVALID');
        }
      }
    }
    await this.limiter.resetCount(`login-failures:${pair}`, FAILURE_MEMORY_SECONDS);
    const restricted = this.config.requireStaff2fa && user.roles.includes('admin') && !user.totpEnabled;
    const tokens = await this.issue(user, ip, restricted);
    await this.audit.record({
      actorId: user.id,
      actorName: user.username,
      action: 'auth.login',
      result: 'ok',
      ip,
    });
    return tokens;
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const consumed = await this.sessions.consumeRefresh(hashToken(refreshToken));
    if (!consumed) throw Errors.unauthorized('REFRESH_INVALID');
    if (consumed.state === 'reused') {
      // A used token presented again means it leaked: end the whole login, and say so in the audit.
      await this.sessions.revoke(consumed.sessionId);
      const owner = await this.sessions.findWithUser(consumed.sessionId);
      await this.audit.record({
        actorId: owner?.userId ?? null,
        actorName: owner ? (owner.username ?? owner.nickname ?? owner.displayName) : null,
        action: 'auth.refresh',
        targetType: 'session',
        targetId: consumed.sessionId,
        result: 'refused:reused',
      });
      throw Errors.unauthorized('REFRESH_REUSED');
    }
    if (consumed.state === 'expired') throw Errors.unauthorized('REFRESH_EXPIRED');
    if (consumed.state === 'revoked') throw Errors.unauthorized('SESSION_REVOKED');
    // Revoked since the token was consumed: by this race's losers (a reuse); the winner still answers,
    // and what it is given dies with the session.
    const row = await this.sessions.findWithUser(consumed.sessionId);
    if (!row) throw Errors.unauthorized('SESSION_REVOKED');
    if (row.disabledAt) throw Errors.unauthorized('ACCOUNT_DISABLED');
    if (Date.now() - row.lastSeenAt.getTime() > this.config.idleTimeoutMinutes * 60_000) {
      await this.sessions.revoke(row.sessionId);
      throw Errors.unauthorized('SESSION_IDLE');
    }
    await this.sessions.touch(row.sessionId);
    const user = await this.users.findById(row.userId);
    if (!user) throw Errors.unauthorized('SESSION_REVOKED');
    return this.tokensFor(user, row.sessionId);
  }

  async logout(p: Principal): Promise<void> {
    await this.sessions.revoke(p.sessionId);
  }

  async requestSmsCode(phone: string, ip: string | null): Promise<void> {
    const bidx = this.pii.blindIndex(phone);
    await this.limiter.enforce(`sms:phone:${bidx}`, { limit: 1, windowSeconds: 60 }, (wait) =>
      Errors.tooMany('SMS_TOO_FREQUENT', wait),
    );
    await this.limiter.enforce(
      `sms:phone-hour:${bidx}`,
      { limit: this.config.sms.perPhonePerHour, windowSeconds: 3600 },
      (wait) => Errors.tooMany('SMS_TOO_FREQUENT', wait),
    );
    await this.limiter.enforce(
      `sms:ip:${ip}`,
      { limit: this.config.sms.perIpPerHour, windowSeconds: 3600 },
      (wait) => Errors.tooMany('SMS_TOO_FREQUENT', wait),
    );
    await this.sendCode(phone, bidx);
  }

  /**
   * A code to the phone of the account itself, to confirm an act of its holder (erasing the account).
   * Counted apart from sign-in codes, so someone who has just signed in is not told to wait.
   */
  async requestAccountCode(userId: string, phone: string): Promise<void> {
    await this.limiter.enforce(`sms:account:${userId}`, { limit: 1, windowSeconds: 60 }, (wait) =>
      Errors.tooMany('SMS_TOO_FREQUENT', wait),
    );
    await this.limiter.enforce(`sms:account-hour:${userId}`, { limit: 5, windowSeconds: 3600 }, (wait) =>
      Errors.tooMany('SMS_TOO_FREQUENT', wait),
    );
    await this.sendCode(phone, this.pii.blindIndex(phone));
  }

  private async sendCode(phone: string, bidx: string): Promise<void> {
    const code = this.sms.generateCode();
    const validUntil = new Date(Date.now() + SMS_CODE_TTL_SECONDS * 1000);
    await this.smsCodes.create(bidx, sm3(`${bidx}:${code}`), validUntil);
    const message = { kind: 'loginCode' as const, params: { code } };
    // Tried at once; a gateway failure is logged (phone masked) and retried by the job queue.
    await this.outbox.queueSms(this.pii.encryptPhone(phone).enc, message, { now: true, validUntil });
  }

  async residentLogin(
    phone: string,
    code: string,
    nickname: string | undefined,
    ip: string | null,
  ): Promise<TokenPair> {
    const bidx = this.pii.blindIndex(phone);
    // Resident sign-ins are audited like staff logins, under the masked number (never the phone itself).
    const audit = (result: string, actorId: string | null = null) =>
      this.audit.record({ actorId, actorName: maskPhone(phone), action: 'auth.resident', result, ip });
    const limited = await this.limiter.hit(`sms-verify:ip:${ip}`, { limit: 60, windowSeconds: 300 });
    if (limited) {
      await audit('refused:rate_limited');
      throw Errors.tooMany('RATE_LIMITED', limited);
    }
    const ok = await this.smsCodes.consume(bidx, sm3(`${bidx}:${code}`), 5);
    if (!ok) {
      await audit('failed:sms_code_invalid', (await this.users.findByPhoneIndex(bidx))?.id ?? null);
      throw Errors.unauthorized('SMS_CODE_INVALID');
    }
    let user = await this.users.findByPhoneIndex(bidx);
    if (!user) {
      const enc = this.pii.encryptPhone(phone);
      const nick = nickname ?? `居民${phone.slice(-4)}`;
      user = await this.users.save(undefined, {
        username: null,
        passwordHash: null,
        displayName: nick,
        nickname: nick,
        roles: ['resident'],
        // A resident has no region: never a scope over staff data (the root 000000 covered everything).
        regionCode: null,
        permissions: [],
        phoneEnc: enc.enc,
        phoneBidx: enc.bidx,
      });
    } else if (nickname && nickname !== user.nickname) {
      await this.users.update(user.id, { nickname });
      user.nickname = nickname;
    }
    if (user.disabledAt) {
      await audit('failed:account_disabled', user.id);
      throw Errors.unauthorized('ACCOUNT_DISABLED');
    }
    await audit('ok', user.id);
    return this.issue(user, ip, false);
  }

  /**
   * Starts enrolment with a new secret, kept aside until a code from it is confirmed. With two factors
   * already on, only the holder may do this: the current code, the password or a recovery code.
   */
  async beginTotp(
    p: Principal,
    proof: SecondFactorProof = {},
  ): Promise<{ secret: string; otpauthUrl: string }> {
    if (p.kind !== 'staff') throw Errors.badInput('TOTP_STAFF_ONLY');
    const user = await this.mustFind(p.id);
    if (user.totpEnabled) await this.assertHolder(p, user, proof);
    const secret = newTotpSecret();
    await this.users.update(p.id, { totpPendingEnc: sm4Encrypt(this.config.piiKey, secret) });
    await this.audit.by(p, 'auth.totp.begin');
    return { secret, otpauthUrl: otpauthUrl(secret, p.username ?? p.id) };
  }

  /** Confirms the pending secret with a code from it; answers ten new recovery codes, shown once. */
  async enableTotp(p: Principal, otp: string): Promise<{ recoveryCodes: string[] }> {
    const user = await this.mustFind(p.id);
    if (!user.totpPendingEnc) throw Errors.badInput('TOTP_NOT_STARTED');
    const step = totpStep(sm4Decrypt(this.config.piiKey, user.totpPendingEnc), otp);
    if (step === null) throw Errors.badInput('OTP_INVALID');
    await this.users.update(p.id, {
      totpSecretEnc: user.totpPendingEnc,
      totpPendingEnc: null,
      totpEnabled: true,
      totpLastStep: String(step),
    });
    const recoveryCodes = await this.newRecoveryCodes(user.id);
    await this.sessions.unrestrict(p.sessionId);
    await this.audit.by(p, 'auth.totp.enable');
    return { recoveryCodes };
  }

  /** Turns two factors off; needs the current code, the password or a recovery code. */
  async disableTotp(p: Principal, proof: SecondFactorProof): Promise<void> {
    const user = await this.mustFind(p.id);
    if (!user.totpEnabled) throw Errors.badInput('TOTP_NOT_ENABLED');
    await this.assertHolder(p, user, proof);
    await this.users.update(p.id, {
      totpEnabled: false,
      totpSecretEnc: null,
      totpPendingEnc: null,
      totpLastStep: null,
    });
    await this.users.replaceRecoveryCodes(user.id, []);
    await this.audit.by(p, 'auth.totp.disable');
  }

  /** A fresh set of ten recovery codes (the old ones stop working); needs a current code. */
  async regenerateRecoveryCodes(p: Principal, otp: string): Promise<{ recoveryCodes: string[] }> {
    const user = await this.mustFind(p.id);
    if (!user.totpEnabled) throw Errors.badInput('TOTP_NOT_ENABLED');
    await this.assertHolder(p, user, { otp });
    const recoveryCodes = await this.newRecoveryCodes(user.id);
    await this.audit.by(p, 'auth.totp.recovery_regenerate');
    return { recoveryCodes };
  }

  async recoveryCodesLeft(p: Principal): Promise<{ remaining: number }> {
    return { remaining: await this.users.unusedRecoveryCodes(p.id) };
  }

  async changePassword(p: Principal, current: string, next: string): Promise<void> {
    const user = await this.users.findById(p.id);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
      throw Errors.badInput('INVALID_CREDENTIALS');
    }
    const problem = passwordProblems(next);
    if (problem) throw Errors.badInput('WEAK_PASSWORD');
    await this.users.update(p.id, { passwordHash: await hashPassword(next), passwordChangedAt: new Date() });
    // Whoever knew the old password is signed out everywhere but here.
    await this.sessions.revokeOthersForUser(p.id, p.sessionId);
    await this.audit.by(p, 'auth.password.change');
  }

  private totpSecret(user: User): string {
    return sm4Decrypt(this.config.piiKey, user.totpSecretEnc ?? '');
  }

  /** A right code for a step not used before (on any replica): each code works once. */
  private async acceptTotp(user: User, otp: string): Promise<boolean> {
    const step = totpStep(this.totpSecret(user), otp);
    return step !== null && (await this.users.useTotpStep(user.id, step));
  }

  private recoveryHash(userId: string, code: string): string {
    return hmacSm3(this.recoveryKey, `${userId}:${normalizeRecoveryCode(code)}`);
  }

  private async newRecoveryCodes(userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.users.replaceRecoveryCodes(
      userId,
      codes.map((c) => this.recoveryHash(userId, c)),
    );
    return codes;
  }

  private async mustFind(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw Errors.unauthorized('SESSION_REVOKED');
    return user;
  }

  /** For other sensitive acts (erasing a person): the caller proves they hold their account. */
  async proveHolder(p: Principal, proof: SecondFactorProof): Promise<void> {
    await this.assertHolder(p, await this.mustFind(p.id), proof);
  }

  /** The caller proves they hold the account, not just a token: counted, so a stolen token cannot guess. */
  private async assertHolder(p: Principal, user: User, proof: SecondFactorProof): Promise<void> {
    if (!proof.otp && !proof.password && !proof.recoveryCode) throw Errors.badInput('REAUTH_REQUIRED');
    await this.limiter.enforce(`reauth:${user.id}`, { limit: 10, windowSeconds: 900 });
    let ok = false;
    let code: 'OTP_INVALID' | 'RECOVERY_CODE_INVALID' | 'INVALID_CREDENTIALS' = 'OTP_INVALID';
    if (proof.otp) ok = user.totpEnabled && (await this.acceptTotp(user, proof.otp));
    else if (proof.recoveryCode) {
      ok = await this.users.useRecoveryCode(user.id, this.recoveryHash(user.id, proof.recoveryCode));
      code = 'RECOVERY_CODE_INVALID';
    } else if (proof.password) {
      ok = !!user.passwordHash && (await verifyPassword(user.passwordHash, proof.password));
      code = 'INVALID_CREDENTIALS';
    }
    if (!ok) {
      await this.audit.by(p, 'auth.reauth', { type: 'user', id: user.id }, `failed:${code.toLowerCase()}`);
      throw Errors.badInput(code);
    }
  }

  private async issue(user: User, ip: string | null, restricted: boolean): Promise<TokenPair> {
    const sessionId = await this.sessions.create(user.id, ip, restricted);
    const pair = await this.tokensFor(user, sessionId);
    if (restricted) pair.user.totpSetupRequired = true;
    return pair;
  }

  private async tokensFor(user: User, sessionId: string): Promise<TokenPair> {
    const now = Math.floor(Date.now() / 1000);
    const ttl = this.config.accessTokenTtlSeconds;
    const accessToken = signAccessToken(this.config.tokenSecret, {
      sub: user.id,
      sid: sessionId,
      kind: user.username ? 'staff' : 'resident',
      iat: now,
      exp: now + ttl,
    });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.sessions.storeRefresh(
      hashToken(refreshToken),
      sessionId,
      new Date(Date.now() + this.config.refreshTokenTtlDays * 86400_000),
    );
    const view: UserView = toUserView(user, this.pii, false);
    return { accessToken, refreshToken, expiresIn: ttl, user: view };
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function tooManyAttempts(seconds: number): TooManyRequestsError {
  return Errors.tooMany('TOO_MANY_ATTEMPTS', seconds);
}
