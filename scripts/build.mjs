// Compiles the server and its libraries with SWC (fast on a 2-core machine); type-checking is `npm run typecheck`.
import { transformFile } from '@swc/core';
import { readdir, mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tsconfig = JSON.parse(await readFile(path.join(root, 'tsconfig.json'), 'utf8'));
const swcrc = JSON.parse(await readFile(path.join(root, '.swcrc'), 'utf8'));
const roots = ['apps/server/src', 'libs', 'test/support', 'test/bench'];
const outDir = path.join(root, 'dist');

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts'))
      yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
const files = [];
for (const r of roots) for await (const f of walk(path.join(root, r))) files.push(f);
await Promise.all(
  files.map(async (file) => {
    const rel = path.relative(root, file);
    const out = path.join(outDir, rel.replace(/\.ts$/, '.js'));
    const result = await transformFile(file, {
      ...swcrc,
      $schema: undefined,
      filename: file,
      sourceFileName: path.relative(path.dirname(out), file),
      jsc: { ...swcrc.jsc, baseUrl: root, paths: tsconfig.compilerOptions.paths },
    });
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, result.code + `\n//# sourceMappingURL=${path.basename(out)}.map\n`);
    if (result.map) await writeFile(out + '.map', result.map);
  }),
);
process.stdout.write(`built ${files.length} files into dist/\n`);
