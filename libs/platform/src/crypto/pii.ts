import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { describedPattern } from '../errors/validation-problems';
import { deriveKey, hmacSm3, sm4Decrypt, sm4Encrypt } from './sm';

export const PII_READ = 'pii:read';

/** Mainland mobile numbers, the only phones the platform accepts. */
export const MOBILE_RE = describedPattern(
  /^1[3-9]\d{9}$/,
  '应为有效的中国大陆手机号码',
  'must be a valid mainland China mobile number',
);

/** 138****5678; anything shorter is masked whole. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Strips spaces, dashes and a +86/0086 prefix so one person has one blind index. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[\s-]/g, '');
  return digits.replace(/^(\+86|0086)/, '');
}

/** Whether a phone as typed (spaces, dashes, +86 allowed) is a mainland mobile number. */
export function isMobile(raw: string): boolean {
  return MOBILE_RE.test(normalizePhone(raw));
}

export interface EncryptedPhone {
  enc: string;
  bidx: string;
}

@Injectable()
export class PiiCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.encKey = config.piiKey;
    this.indexKey = deriveKey(config.piiKey, 'blind-index');
  }

  encryptPhone(phone: string): EncryptedPhone {
    const p = normalizePhone(phone);
    return { enc: sm4Encrypt(this.encKey, p), bidx: this.blindIndex(p) };
  }

  /** Any short secret text at rest (e.g. a queued text message), SM4 like phones. */
  encrypt(plain: string): string {
    return sm4Encrypt(this.encKey, plain);
  }

  decrypt(enc: string): string {
    return sm4Decrypt(this.encKey, enc);
  }

  /** Equality lookups on encrypted columns go through this HMAC, never through the plaintext. */
  blindIndex(phone: string): string {
    return hmacSm3(this.indexKey, normalizePhone(phone));
  }

  /** The phone as the caller may see it: whole with pii:read, masked otherwise. */
  reveal(enc: string | null | undefined, canReadPii: boolean): string | null {
    if (!enc) return null;
    const plain = this.decrypt(enc);
    return canReadPii ? plain : maskPhone(plain);
  }
}
