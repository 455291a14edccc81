import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as authenticator apps expect it: SHA-1, six digits, 30-second steps. */
const PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
const ISSUER = '协商在基层';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpAt(secret: string, timeMs: number): string {
  return TOTP.generate({ ...PARAMS, secret: Secret.fromBase32(secret), timestamp: timeMs });
}

/**
 * The 30-second step a code belongs to, accepting one step of drift either way; null when it fits
 * none. The caller stores the step so the same code is refused the second time.
 */
export function totpStep(secret: string, otp: string, timeMs = Date.now()): number | null {
  if (!/^\d{6}$/.test(otp)) return null;
  const delta = TOTP.validate({
    ...PARAMS,
    token: otp,
    secret: Secret.fromBase32(secret),
    timestamp: timeMs,
    window: 1,
  });
  if (delta === null) return null;
  return TOTP.counter({ period: PARAMS.period, timestamp: timeMs }) + delta;
}

export function otpauthUrl(secret: string, account: string): string {
  return new TOTP({
    ...PARAMS,
    issuer: ISSUER,
    label: account,
    secret: Secret.fromBase32(secret),
  }).toString();
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten one-time codes like `k7mq-2xhp-9d`, about 52 bits each; shown once, stored as HMACs. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 10)}`;
  });
}

/** What a person types, made comparable: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}
