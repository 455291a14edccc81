import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMON_ERRORS } from '@xs/platform';
import { Errors as directory } from '../../../libs/directory/src/errors';
import { Errors as exportsCtx } from '../../../libs/exports/src/errors';
import { Errors as identity } from '../../../libs/identity/src/errors';
import { Errors as live } from '../../../libs/live/src/errors';
import { Errors as opinion } from '../../../libs/opinion/src/errors';
import { Errors as outcomes } from '../../../libs/outcomes/src/errors';
import { Errors as registration } from '../../../libs/registration/src/errors';
import { Errors as scheduling } from '../../../libs/scheduling/src/errors';

const catalogues: Record<string, Readonly<Record<string, string>>> = {
  platform: COMMON_ERRORS,
  directory: directory.messages,
  exports: exportsCtx.messages,
  identity: identity.messages,
  live: live.messages,
  opinion: opinion.messages,
  outcomes: outcomes.messages,
  registration: registration.messages,
  scheduling: scheduling.messages,
};

const libs = path.join(__dirname, '../../../libs');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [p] : [];
  });
}
const files = readdirSync(libs).flatMap((ctx) => sources(path.join(libs, ctx, 'src')));

// A code raised through a catalogue, or the old way with its message written at the throw.
const BY_CODE = /\bErrors\.\w+\(\s*(?:HttpStatus\.\w+,\s*)?'([A-Z0-9_]+)'/g;
const LITERAL =
  /new (?:BadInput|Conflict|NotFound|Forbidden|Unauthorized|PayloadTooLarge|ServiceUnavailable|TooManyRequests|Domain)Error\(\s*(?:HttpStatus\.\w+,\s*)?'([A-Z0-9_]+)',\s*('(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)/g;

const byCatalogue = [
  ...new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(BY_CODE)].map((m) => m[1]))),
];
const written = files.flatMap((f) =>
  [...readFileSync(f, 'utf8').matchAll(LITERAL)].map((m) => ({
    file: path.relative(libs, f),
    code: m[1],
    message: m[2],
  })),
);

describe('error codes: one message each, from one catalogue', () => {
  it('finds the codes the sources raise', () => {
    expect(byCatalogue.length).toBeGreaterThan(150);
  });

  it('defines each code in exactly one catalogue', () => {
    const owners = new Map<string, string[]>();
    for (const [ctx, messages] of Object.entries(catalogues))
      for (const code of Object.keys(messages)) owners.set(code, [...(owners.get(code) ?? []), ctx]);
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
    expect(byCatalogue.filter((code) => !owners.has(code))).toEqual([]);
    for (const messages of Object.values(catalogues))
      for (const [code, message] of Object.entries(messages))
        expect({ code, ok: message.trim().length > 0 }).toEqual({ code, ok: true });
  });

  it('never writes a message at the throw for a code the catalogues define', () => {
    const owned = new Set(Object.values(catalogues).flatMap((m) => Object.keys(m)));
    expect(written.filter((w) => owned.has(w.code))).toEqual([]);
  });
});
