import * as OpenCC from 'opencc-js';

// Traditional (Taiwan, Hong Kong and generic) to Simplified. Two of our seed documents are in 繁体.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const twToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
// Simplified to Traditional (Taiwan standard characters, no phrase changes): messages for zh-Hant users.
const cnToTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Where OpenCC picks the wrong character for our vocabulary: 会签 (to countersign, 簽 as in 簽名) comes out
 * as 會籤 (籤, lots drawn). apps/web/scripts/gen-zh-hant.mjs applies the same list to the web's
 * catalogues; the web's catalogue test compares them with this function, which holds the two together.
 */
export const HANT_CORRECTIONS: readonly (readonly [string, string])[] = [['會籤', '會簽']];

/** Simplified Chinese in Traditional characters (our messages are written in Simplified once). */
export function toTraditional(text: string): string {
  return HANT_CORRECTIONS.reduce(
    (out, [wrong, right]) => out.split(wrong).join(right),
    cnToTraditional(text),
  );
}

/**
 * The form text is stored and searched in, so that 委員工作室 finds 委员工作室: simplified, full-width
 * letters and digits folded to ASCII, lower case, runs of white space collapsed.
 */
export function normalizeZh(text: string): string {
  const folded = text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return hkToSimplified(twToSimplified(toSimplified(folded)));
}

/** Escapes LIKE wildcards in user input. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
