import { describedPattern } from '../errors/validation-problems';

/** The patterns several contexts' DTOs share, each said in words when a value does not match. */

/** An SMS code, a one-time password (TOTP) or an erasure confirmation code. */
export const SIX_DIGITS_RE = describedPattern(/^\d{6}$/, '应为 6 位数字', 'must be 6 digits');

/** A calendar day, `2026-10-01`. */
export const DAY_RE = describedPattern(
  /^\d{4}-\d{2}-\d{2}$/,
  '应为日期（YYYY-MM-DD）',
  'must be a date (YYYY-MM-DD)',
);
