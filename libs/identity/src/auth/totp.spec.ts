import { Secret } from 'otpauth';
import { newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, otpauthUrl, totpAt, totpStep } from './totp';

describe('TOTP (RFC 6238, through otpauth)', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890"
  const secret = Secret.fromLatin1('12345678901234567890').base32;

  it('matches the RFC test vectors (last six digits)', () => {
    expect(totpAt(secret, 59_000)).toBe('287082');
    expect(totpAt(secret, 1111111109_000)).toBe('081804');
    expect(totpAt(secret, 2000000000_000)).toBe('279037');
  });

  it('names the step of a code, with one step of drift, and refuses older codes', () => {
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(totpStep(secret, totpAt(secret, now), now)).toBe(step);
    expect(totpStep(secret, totpAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(totpStep(secret, totpAt(secret, now - 90_000), now)).toBeNull();
    expect(totpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('makes secrets and otpauth URLs authenticator apps read', () => {
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(otpauthUrl(s, 'wh_organiser'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('secret')).toBe(s);
    expect(url.searchParams.get('digits')).toBe('6');
    expect(url.searchParams.get('period')).toBe('30');
  });

  it('makes ten distinct recovery codes that survive retyping', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
    expect(normalizeRecoveryCode(` ${codes[0].toUpperCase()} `)).toBe(codes[0].replace(/-/g, ''));
  });
});
