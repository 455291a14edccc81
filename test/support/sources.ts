import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every TypeScript file under `dir` (absolute paths), spec files only when asked: for specs that scan the code. */
export function tsSources(dir: string, withSpecs = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsSources(p, withSpecs);
    return e.name.endsWith('.ts') && (withSpecs || !e.name.endsWith('.spec.ts')) ? [p] : [];
  });
}
