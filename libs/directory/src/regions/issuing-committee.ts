import { parentRegionCode, regionLevel } from '@xs/platform';

/**
 * CPPCC committees exist for the nation, provinces, cities and counties only: a street's or a
 * community's documents are issued by the county's committee. The committee's name follows the
 * committees' own usage: a city district carries its city (政协昆明市五华区委员会, district names repeat
 * across the country), a county or county-level city stands alone (政协富民县委员会, 政协安宁市委员会),
 * a district of a municipality carries the municipality (政协北京市东城区委员会).
 */
export const NATIONAL_COMMITTEE = '中国人民政治协商会议全国委员会';

/** Names NBS uses for grouping nodes that have no committee of their own. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** The codes to look up names for: the region and everything above it. */
export function issuerChain(code: string): string[] {
  const out: string[] = [];
  for (let c: string | undefined = code; c; c = parentRegionCode(c)) out.push(c);
  return out;
}

/** The committee issuing for `code`, given the names of its chain (issuerChain); null if none is known. */
export function issuingCommitteeName(code: string, names: ReadonlyMap<string, string>): string | null {
  let c: string | undefined = code;
  while (c && (regionLevel(c) === 'township' || regionLevel(c) === 'community')) c = parentRegionCode(c);
  if (c === '000000') return NATIONAL_COMMITTEE;
  // Never up to the national committee: a region we cannot name has no issuer we can vouch for.
  for (; c && c !== '000000'; c = parentRegionCode(c)) {
    const name = names.get(c);
    if (!name || PLACEHOLDERS.has(name)) continue; // unknown or a grouping node: the level above issues
    const level = regionLevel(c);
    if (level !== 'county') return `政协${name}委员会`;
    if (!name.endsWith('区')) return `政协${name}委员会`;
    const city = names.get(`${c.slice(0, 4)}00`);
    const province = names.get(`${c.slice(0, 2)}0000`);
    const prefix = city && !PLACEHOLDERS.has(city) ? city : province?.endsWith('市') ? province : '';
    return `政协${prefix}${name}委员会`;
  }
  return null;
}
