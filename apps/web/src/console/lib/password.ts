/**
 * The server's password rule (等保 2.0), checked before sending so the form says it at once: 10 to 128
 * characters with at least three of small letters, capitals, digits and symbols.
 */
export function isStrongPassword(password: string): boolean {
  if (password.length < 10 || password.length > 128) return false;
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length >= 3;
}
