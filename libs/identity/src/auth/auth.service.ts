import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { TokenPair, UserView } from '@xs/contracts';
import {
  APP_CONFIG,
  BadInputError,
  PiiCipher,
  RateLimiter,
  TooManyRequestsError,
  UnauthorizedError,
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
import { newTotpSecret, otpauthUrl, verifyTotp } from './totp';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;
const SMS_CODE_TTL_SECONDS = 300;

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly smsCodes: SmsCodesRepository,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly pii: PiiCipher,
  ) {}

  async login(
    username: string,
    password: string,
    otp: string | undefined,
    ip: string | null,
  ): Promise<TokenPair> {
    await this.limiter.enforce(`login:ip:${ip}`, { limit: this.config.loginRatePerIp, windowSeconds: 60 });
    await this.limiter.enforce(`login:user:${username.toLowerCase()}`, { limit: 20, windowSeconds: 300 });
    const user = await this.users.findByUsername(username);
    const fail = async (reason: string) => {
      await this.audit.record({
        actorId: user?.id ?? null,
        actorName: username.slice(0, 100),
        action: 'auth.login',
        result: `failed:${reason}`,
        ip,
      });
    };
    if (!user || !user.passwordHash) {
      await verifyPassword(DUMMY_HASH, password);
      await fail('unknown_user');
      throw new UnauthorizedError('INVALID_CREDENTIALS', '用户名或密码错误');
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await fail('locked');
      throw lockedError(user.lockedUntil);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const after = await this.users.recordFailedLogin(user.id, MAX_FAILURES, LOCK_MINUTES);
      await fail('bad_password');
      if (after.lockedUntil && after.lockedUntil.getTime() > Date.now()) throw lockedError(after.lockedUntil);
      throw new UnauthorizedError('INVALID_CREDENTIALS', '用户名或密码错误');
    }
    if (user.disabledAt) {
      await fail('disabled');
      throw new UnauthorizedError('ACCOUNT_DISABLED', '账号已停用');
    }
    if (user.totpEnabled) {
      if (!otp) {
        await fail('otp_missing');
        throw new UnauthorizedError('OTP_REQUIRED', '请输入动态验证码');
      }
      if (!verifyTotp(this.totpSecret(user), otp)) {
        await this.users.recordFailedLogin(user.id, MAX_FAILURES, LOCK_MINUTES);
        await fail('otp_invalid');
        throw new UnauthorizedError('OTP_INVALID', '动态验证码错误');
      }
    }
    await this.users.clearFailedLogins(user.id);
    const restricted = this.config.requireStaff2fa && user.roles.includes('admin') && !user.totpEnabled;
    const pair = await this.issue(user, ip, restricted);
    await this.audit.record({
      actorId: user.id,
      actorName: user.username,
      action: 'auth.login',
      result: 'ok',
      ip,
    });
    return pair;
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const consumed = await this.sessions.consumeRefresh(hashToken(refreshToken));
    if (!consumed) throw new UnauthorizedError('REFRESH_INVALID', '刷新凭证无效');
    if (consumed.state === 'reused') {
      // A used token presented again means it leaked: end the whole login.
      await this.sessions.revoke(consumed.sessionId);
      throw new UnauthorizedError('REFRESH_REUSED', '刷新凭证已被使用，请重新登录');
    }
    if (consumed.state === 'expired')
      throw new UnauthorizedError('REFRESH_EXPIRED', '登录已过期，请重新登录');
    const row = await this.sessions.findWithUser(consumed.sessionId);
    if (!row || row.revokedAt) throw new UnauthorizedError('SESSION_REVOKED', '登录已失效，请重新登录');
    if (row.disabledAt) throw new UnauthorizedError('ACCOUNT_DISABLED', '账号已停用');
    if (Date.now() - row.lastSeenAt.getTime() > this.config.idleTimeoutMinutes * 60_000) {
      await this.sessions.revoke(row.sessionId);
      throw new UnauthorizedError('SESSION_IDLE', '长时间未操作，请重新登录');
    }
    await this.sessions.touch(row.sessionId);
    const user = await this.users.findById(row.userId);
    if (!user) throw new UnauthorizedError('SESSION_REVOKED', '登录已失效');
    return this.tokensFor(user, row.sessionId);
  }

  async logout(p: Principal): Promise<void> {
    await this.sessions.revoke(p.sessionId);
  }

  async requestSmsCode(phone: string, ip: string | null): Promise<void> {
    const bidx = this.pii.blindIndex(phone);
    await this.limiter.enforce(
      `sms:phone:${bidx}`,
      { limit: 1, windowSeconds: 60 },
      'SMS_TOO_FREQUENT',
      '验证码发送过于频繁，请 60 秒后再试',
    );
    await this.limiter.enforce(
      `sms:phone-hour:${bidx}`,
      { limit: 5, windowSeconds: 3600 },
      'SMS_TOO_FREQUENT',
      '验证码发送次数过多，请稍后再试',
    );
    await this.limiter.enforce(
      `sms:ip:${ip}`,
      { limit: 20, windowSeconds: 3600 },
      'SMS_TOO_FREQUENT',
      '请求过于频繁',
    );
    const code = this.sms.generateCode();
    await this.smsCodes.create(
      bidx,
      sm3(`${bidx}:${code}`),
      new Date(Date.now() + SMS_CODE_TTL_SECONDS * 1000),
    );
    await this.sms.send(phone, `【协商在基层】您的验证码是 ${code}，5 分钟内有效。`);
  }

  async residentLogin(
    phone: string,
    code: string,
    nickname: string | undefined,
    ip: string | null,
  ): Promise<TokenPair> {
    const bidx = this.pii.blindIndex(phone);
    await this.limiter.enforce(`sms-verify:ip:${ip}`, { limit: 60, windowSeconds: 300 });
    const ok = await this.smsCodes.consume(bidx, sm3(`${bidx}:${code}`), 5);
    if (!ok) throw new UnauthorizedError('SMS_CODE_INVALID', '验证码错误或已过期');
    let user = await this.users.findByPhoneIndex(bidx);
    if (!user) {
      const enc = this.pii.encryptPhone(phone);
      const nick = nickname ?? `居民${phone.slice(-4)}`;
      user = await this.users.save({
        username: null,
        passwordHash: null,
        displayName: nick,
        nickname: nick,
        roles: ['resident'],
        regionCode: '000000',
        permissions: [],
        phoneEnc: enc.enc,
        phoneBidx: enc.bidx,
      });
    } else if (nickname && nickname !== user.nickname) {
      await this.users.update(user.id, { nickname });
      user.nickname = nickname;
    }
    if (user.disabledAt) throw new UnauthorizedError('ACCOUNT_DISABLED', '账号已停用');
    return this.issue(user, ip, false);
  }

  async beginTotp(p: Principal): Promise<{ secret: string; otpauthUrl: string }> {
    if (p.kind !== 'staff') throw new BadInputError('TOTP_STAFF_ONLY', '仅工作人员账号可设置双因素认证');
    const secret = newTotpSecret();
    await this.users.update(p.id, {
      totpSecretEnc: sm4Encrypt(this.config.piiKey, secret),
      totpEnabled: false,
    });
    await this.audit.by(p, 'auth.totp.begin');
    return { secret, otpauthUrl: otpauthUrl(secret, p.username ?? p.id) };
  }

  async enableTotp(p: Principal, otp: string): Promise<void> {
    const user = await this.users.findById(p.id);
    if (!user?.totpSecretEnc) throw new BadInputError('TOTP_NOT_STARTED', '请先获取密钥');
    if (!verifyTotp(this.totpSecret(user), otp)) throw new BadInputError('OTP_INVALID', '动态验证码错误');
    await this.users.update(p.id, { totpEnabled: true });
    await this.sessions.unrestrict(p.sessionId);
    await this.audit.by(p, 'auth.totp.enable');
  }

  async changePassword(p: Principal, current: string, next: string): Promise<void> {
    const user = await this.users.findById(p.id);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
      throw new BadInputError('INVALID_CREDENTIALS', '当前密码错误');
    }
    const problem = passwordProblems(next);
    if (problem) throw new BadInputError('WEAK_PASSWORD', problem);
    await this.users.update(p.id, { passwordHash: await hashPassword(next), passwordChangedAt: new Date() });
    await this.audit.by(p, 'auth.password.change');
  }

  private totpSecret(user: User): string {
    return sm4Decrypt(this.config.piiKey, user.totpSecretEnc ?? '');
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

function lockedError(until: Date): TooManyRequestsError {
  return new TooManyRequestsError(
    'ACCOUNT_LOCKED',
    '登录失败次数过多，账号已锁定 15 分钟',
    Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)),
  );
}
