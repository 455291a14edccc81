import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { punctuationOf } from '../../web/src/shared/i18n/punct';

/**
 * The web client writes its texts in three languages; the catalogues carry their own punctuation, and a
 * template that puts a name and a value together takes it from the reader's language. English read
 * 'Held（3）' and 'Departments：A、B' while the templates wrote Chinese punctuation themselves.
 */
describe('the web client punctuates in the reader’s language', () => {
  it('brackets, colons and lists', () => {
    const zh = punctuationOf('zh-Hans');
    const en = punctuationOf('en');
    expect([zh.paren('经济界'), en.paren('economy')]).toEqual(['（经济界）', ' (economy)']);
    expect(`${zh.open}a${zh.close}|${en.open}a${en.close}`).toBe('（a）| (a)');
    expect([`时间${zh.colon}14:30`, `Time${en.colon}14:30`]).toEqual(['时间：14:30', 'Time: 14:30']);
    expect([zh.list(['甲', '乙', '丙']), en.list(['A', 'B', 'C'])]).toEqual(['甲、乙、丙', 'A, B, C']);
    expect([zh.clauses(['甲', '乙']), en.clauses(['A', 'B'])]).toEqual(['甲；乙', 'A; B']);
    expect(punctuationOf('zh-Hant').paren('經濟界')).toBe('（經濟界）');
    expect(en.list([])).toBe('');
  });

  it("no template or script outside the catalogues writes one language's punctuation of its own", () => {
    const src = path.resolve(__dirname, '../../web/src');
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'i18n') walk(p);
        } else if (/\.(vue|ts)$/.test(e.name)) {
          readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const code = line.replace(/\/\/.*$|<!--.*?-->|^\s*\*.*$|\/\*.*?\*\//g, '');
              // What a person types may use either (an input's separators: `[,，、]`).
              const typed = code.replace(/\[[^\]]*\]/g, '');
              // Nor English brackets glued after a value (`${t('x')} (${n})`): paren() writes either.
              if (/[（）：、；]/.test(typed) || code.includes('} (${'))
                found.push(`${path.relative(src, p)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(src);
    expect(found).toEqual([]);
  });
});
