import { describedPattern } from '../errors/validation-problems';

/**
 * 行政区划代码: 6 digits for province/city/county (530000, 530100, 530102), 9 for a township or
 * street (530102001), 12 for a community or village (530102001001). A code's subtree is every code
 * that starts with its significant prefix.
 */
export const REGION_CODE_RE = describedPattern(
  /^(\d{6}|\d{9}|\d{12})$/,
  '应为 6、9 或 12 位数字的行政区划代码',
  'must be a region code of 6, 9 or 12 digits',
);

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'community';

export function regionLevel(code: string): RegionLevel {
  if (code.length === 12) return 'community';
  if (code.length === 9) return 'township';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The prefix every code in this region's subtree starts with. The root code 000000 covers all. */
export function regionPrefix(code: string): string {
  if (code === '000000') return '';
  switch (regionLevel(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    default:
      return code;
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function regionCovers(outer: string, inner: string): boolean {
  // No region (a resident's) covers nothing, rather than the empty prefix that would cover all.
  return REGION_CODE_RE.test(outer) && inner.startsWith(regionPrefix(outer));
}

/** The parent's code, or undefined for a province. */
export function parentRegionCode(code: string): string | undefined {
  switch (regionLevel(code)) {
    case 'province':
      return code === '000000' ? undefined : '000000';
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'township':
      return code.slice(0, 6);
    case 'community':
      return code.slice(0, 9);
  }
}

/** SQL LIKE pattern for a subtree (prefix%), for `region_code LIKE $1`. */
export function regionLikePattern(code: string): string {
  return `${regionPrefix(code)}%`;
}

export const ROOT_REGION = '000000';
