// Generates apps/web/src/i18n/zh-Hant.ts from zh-Hans.ts with OpenCC (characters only, no regional
// vocabulary swaps, so the wording stays that of the mainland committees). Run: node apps/web/scripts/gen-zh-hant.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const dir = fileURLToPath(new URL('../src/i18n/', import.meta.url));
const src = readFileSync(`${dir}zh-Hans.ts`, 'utf8');
const body = src.slice(
  src.indexOf('export const zhHans = {') + 'export const zhHans = '.length,
  src.indexOf('} as const;') + 1,
);
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const out = `// Generated from zh-Hans.ts by apps/web/scripts/gen-zh-hant.mjs — do not edit by hand.
import type { Messages } from './zh-Hans';

export const zhHant: Messages = ${toHant(body)};
`;
writeFileSync(`${dir}zh-Hant.ts`, out);
