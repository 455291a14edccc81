// Generates every `src/**/i18n/<name>.zh-Hant.ts` from its `<name>.zh-Hans.ts` with OpenCC (characters only,
// no regional vocabulary swaps, so the wording stays that of the mainland committees).
// Run: node apps/web/scripts/gen-zh-hant.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Where OpenCC picks the wrong character for our vocabulary; the same list as HANT_CORRECTIONS in
// libs/platform/src/text/zh.ts (the web's catalogue test compares the catalogues with that one).
const CORRECTIONS = [['會籤', '會簽']];
const toHant = (text) =>
  CORRECTIONS.reduce((out, [wrong, right]) => out.split(wrong).join(right), opencc(text));

function* sources(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.zh-Hans.ts') && path.basename(dir) === 'i18n') yield p;
  }
}

for (const file of sources(src)) {
  const text = readFileSync(file, 'utf8');
  const constName = /export const (\w+)ZhHans = \{/.exec(text)?.[1];
  const keyType = /export type (\w+) = keyof typeof/.exec(text)?.[1];
  if (!constName || !keyType)
    throw new Error(`${file}: expected \`export const <name>ZhHans = {\` and a key type`);
  const body = text.slice(
    text.indexOf(`export const ${constName}ZhHans = `) + `export const ${constName}ZhHans = `.length,
    text.indexOf('} as const;') + 1,
  );
  const base = path.basename(file, '.zh-Hans.ts');
  const out = `// Generated from ${base}.zh-Hans.ts by apps/web/scripts/gen-zh-hant.mjs — do not edit by hand.
import type { ${keyType} } from './${base}.zh-Hans';

export const ${constName}ZhHant: Record<${keyType}, string> = ${toHant(body)};
`;
  writeFileSync(file.replace(/\.zh-Hans\.ts$/, '.zh-Hant.ts'), out);
}
