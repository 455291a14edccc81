import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tsSources } from '@test/sources';
import {
  COMMON_ERRORS,
  englishMessage,
  errorsFrom,
  formatMessage,
  langOf,
  local,
  messageIn,
  toErrorBody,
} from '@xs/platform';
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
const files = readdirSync(libs).flatMap((ctx) => tsSources(path.join(libs, ctx, 'src')));

// A code raised through a catalogue, or the old way with its message written at the throw.
const BY_CODE = /\bErrors\.\w+\(\s*(?:HttpStatus\.\w+,\s*)?'([A-Z0-9_]+)'/g;
const LITERAL =
  /new (?:BadInput|Conflict|NotFound|Forbidden|Unauthorized|PayloadTooLarge|ServiceUnavailable|TooManyRequests|Domain)Error\(\s*(?:HttpStatus\.\w+,\s*)?'([A-Z0-9_]+)',\s*('(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)/g;

// Any domain error built by hand: its message would be written at the throw, beside the catalogue.
const BY_HAND =
  /new (?:BadInput|Conflict|NotFound|Forbidden|Unauthorized|PayloadTooLarge|ServiceUnavailable|TooManyRequests|InsufficientStorage|Domain)Error\(/;
// Where the error classes and the catalogue factory themselves live.
const PLATFORM_ERRORS = /^platform\/src\/errors\//;

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

const byHand = files
  .filter((f) => !PLATFORM_ERRORS.test(path.relative(libs, f)))
  .flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        BY_HAND.test(line) ? [`${path.relative(libs, f)}:${i + 1}: ${line.trim()}`] : [],
      ),
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

  it('builds no domain error by hand outside the platform: every message comes from a catalogue', () => {
    expect(byHand).toEqual([]);
  });

  it('the by-hand scan sees an inline message', () => {
    const line = "throw new ConflictError('REGION_EXISTS', `行政区划 ${code} 已存在`);";
    expect(BY_HAND.test(line)).toBe(true);
    expect(BY_HAND.test("throw Errors.conflict('REGION_EXISTS', { code });")).toBe(false);
  });

  it('fills a parameterised message from its values, and the compiler asks for exactly those values', () => {
    const E = errorsFrom(
      { X_EXISTS: '行政区划 {code} 已存在', PLAIN: '不存在' },
      { X_EXISTS: 'Region {code} already exists', PLAIN: 'Not found' },
    );
    const e = E.conflict('X_EXISTS', { code: '530102' }, { status: 'live' });
    expect([e.code, e.message, e.details]).toEqual([
      'X_EXISTS',
      '行政区划 530102 已存在',
      { status: 'live' },
    ]);
    expect(E.notFound('PLAIN').message).toBe('不存在');
    expect(E.badInput('PLAIN', { field: 'name' }).details).toEqual({ field: 'name' });
    expect(E.tooMany('RATE_LIMITED', 7).details).toEqual({ retryAfter: 7 });
    // @ts-expect-error the message names {code}: raising it without values does not compile
    expect(E.conflict('X_EXISTS').message).toBe('行政区划 {code} 已存在');
    // @ts-expect-error a value the message does not name
    void E.conflict('X_EXISTS', { region: '530102' });
    expect(formatMessage('{a}/{b}', { a: 1 })).toBe('1/{b}');
  });

  it('every placeholder in a catalogue is a plain {name}', () => {
    for (const messages of Object.values(catalogues))
      for (const [code, message] of Object.entries(messages)) {
        const braces = message.match(/[{}]/g)?.length ?? 0;
        const names = message.match(/\{\w+\}/g)?.length ?? 0;
        expect({ code, braces }).toEqual({ code, braces: names * 2 });
      }
  });

  it('gives every code an English message with the same placeholders, and no Chinese in it', () => {
    const problems: string[] = [];
    for (const messages of Object.values(catalogues))
      for (const [code, message] of Object.entries(messages)) {
        const en = englishMessage(code);
        const names = (m: string) => (m.match(/\{\w+\}/g) ?? []).sort().join(',');
        if (en === undefined) problems.push(`${code}: no English`);
        else if (names(en) !== names(message)) problems.push(`${code}: ${names(en)} ≠ ${names(message)}`);
        else if (/[\u3400-\u9fff\uff00-\uffef]/.test(en)) problems.push(`${code}: Chinese in "${en}"`);
        else if (!en.trim()) problems.push(`${code}: empty`);
      }
    expect(problems).toEqual([]);
  });

  it("says a raised error in the asker's language, values and all", () => {
    const e = live.forbidden('MUTED', { until: local('12月4日 18:40', '4 Dec, 18:40') }, { until: 'x' });
    expect(e.message).toBe('您已被禁言至 12月4日 18:40');
    expect(messageIn(e, 'zh-Hans')).toBe('您已被禁言至 12月4日 18:40');
    expect(messageIn(e, 'en')).toBe('You are muted until 4 Dec, 18:40');
    expect(messageIn(directory.notFound('WORKSTATION_NOT_FOUND'), 'zh-Hant')).toBe('場所不存在');
    const body = (lang: 'en' | 'zh-Hant') =>
      toErrorBody(identity.badInput('INVALID_PHONE'), lang).body.message;
    expect([body('en'), body('zh-Hant')]).toEqual([
      'Enter a valid mainland China mobile number',
      '請填寫正確的中國大陸手機號',
    ]);
    // Our own wording outside the catalogues (database refusals) has both languages too.
    const duplicate = Object.assign(new Error('dup'), { code: '23505' });
    expect(toErrorBody(duplicate, 'en').body).toMatchObject({
      code: 'DUPLICATE',
      message: 'This record already exists',
    });
    expect(toErrorBody(duplicate).body.message).toBe('记录已存在');
  });

  it('reads the language from Accept-Language: the first of ours by preference, Simplified otherwise', () => {
    expect(langOf(undefined)).toBe('zh-Hans');
    expect(langOf('en-US,en;q=0.9')).toBe('en');
    expect(langOf('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-Hant');
    expect(langOf('zh-HK')).toBe('zh-Hant');
    expect(langOf('zh-Hant-TW')).toBe('zh-Hant');
    expect(langOf('zh-CN,en;q=0.5')).toBe('zh-Hans');
    expect(langOf('en;q=0.4,zh-TW;q=0.8')).toBe('zh-Hant');
    expect(langOf('fr-FR,de;q=0.9')).toBe('zh-Hans');
    expect(langOf('fr-FR,en;q=0.5')).toBe('en');
    expect(langOf('*')).toBe('zh-Hans');
  });
});
