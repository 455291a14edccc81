import { hash, verify } from '@node-rs/argon2';

/** 等保 2.0: at least 10 characters with three of lower, upper, digit and symbol. */
export function passwordProblems(password: string): string | undefined {
  if (password.length < 10) return '密码至少 10 位';
  if (password.length > 128) return '密码最多 128 位';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  return undefined;
}

// @node-rs/argon2 defaults to Argon2id; these are OWASP's minimums for it.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Hash verified against unknown usernames so that timing does not reveal which accounts exist. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$4Q8wz6pvz8l3bMq5xg4C0HGCKdYSHzV1Zj1Xb9xaFbs';
