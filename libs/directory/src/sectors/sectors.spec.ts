import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SectorCatalog, sectorsFile } from './sectors';

describe('sectors (界别) edited by operators in a JSON file', () => {
  let dir: string;
  let file: string;
  const write = (content: string, secondsLater: number) => {
    writeFileSync(file, content);
    const t = new Date(Date.now() + secondsLater * 1000);
    utimesSync(file, t, t);
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'xs-sectors-'));
    file = path.join(dir, 'sectors.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the list, resolves 繁体 and a missing 界, and picks up edits without a restart', () => {
    write(JSON.stringify({ sectors: ['教育界', '医药卫生界'] }), 0);
    const c = new SectorCatalog(file);
    expect(c.list()).toEqual(['教育界', '医药卫生界']);
    expect(c.resolve('醫藥衛生界')).toBe('医药卫生界');
    expect(c.resolve('教育')).toBe('教育界');
    expect(c.resolve('体育界')).toBeUndefined();
    write(JSON.stringify({ sectors: ['教育界', '医药卫生界', '体育界'] }), 5);
    expect(c.resolve('体育界')).toBe('体育界');
  });

  it('keeps the last good list when an edit breaks the file', () => {
    write(JSON.stringify({ sectors: ['经济界'] }), 0);
    const c = new SectorCatalog(file);
    expect(c.list()).toEqual(['经济界']);
    write('{ "sectors": [', 5);
    expect(c.list()).toEqual(['经济界']);
    write(JSON.stringify({ sectors: [1, 2] }), 10);
    expect(c.list()).toEqual(['经济界']);
  });

  it('ships config/sectors.json with the sectors of the sources', () => {
    const c = new SectorCatalog(sectorsFile());
    expect(c.list().length).toBeGreaterThanOrEqual(31);
    expect(c.list()).toEqual(expect.arrayContaining(['少数民族界', '农业界', '特邀人士']));
  });
});
