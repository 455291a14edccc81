/**
 * The server's rules for what a person types, checked before sending so a form says it at once rather
 * than after a round trip. `apps/server/src/web-rules.spec.ts` holds each equal to the server's own.
 */

/** A mainland China mobile number (the server's MOBILE_RE). */
export function isValidPhone(p: string): boolean {
  return /^1[3-9]\d{9}$/.test(p.trim());
}

/** A staff username: starts with a letter, 3 to 64 letters, digits or _.- */
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;

/**
 * The password rule (等保 2.0): 10 to 128 characters with at least three of small letters, capitals,
 * digits and symbols.
 */
export function isStrongPassword(password: string): boolean {
  if (password.length < 10 || password.length > 128) return false;
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length >= 3;
}
