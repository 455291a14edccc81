import { jsonTooDeep } from './json-depth';

describe('jsonTooDeep', () => {
  const buf = (s: string) => Buffer.from(s, 'utf8');

  it('counts objects and arrays alike, up to the limit inclusive', () => {
    expect(jsonTooDeep(buf('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonTooDeep(buf('{"a":[{"b":[[1]]}]}'), 4)).toBe(true);
    expect(jsonTooDeep(buf(`${'['.repeat(450_000)}${']'.repeat(450_000)}`))).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTooDeep(buf(JSON.stringify({ s: '[[[[{{{{', t: 'a\\"[[[[[["' })), 2)).toBe(false);
  });

  it('siblings do not add up', () => {
    expect(jsonTooDeep(buf(JSON.stringify(Array.from({ length: 1000 }, () => [[1]]))), 3)).toBe(false);
  });
});
