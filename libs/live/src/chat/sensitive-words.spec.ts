import { findWordList, foldForMatch, SensitiveWords } from './sensitive-words';

describe('SensitiveWords', () => {
  it('loads config/sensitive-words.txt from the checkout', () => {
    expect(findWordList()).toMatch(/config\/sensitive-words\.txt$/);
    expect(new SensitiveWords().size).toBeGreaterThan(0);
  });

  it('matches across 简/繁, width, case, spaces and punctuation; ignores comments and blank lines', () => {
    const w = new SensitiveWords();
    w.load('# comment\n\n赌博\nSPAM 链接\n');
    expect(w.size).toBe(2);
    expect(w.match('一起來 賭-博吧')).toBe(foldForMatch('赌博'));
    expect(w.match('点这个 ｓｐａｍ链接')).toBe(foldForMatch('spam链接'));
    expect(w.match('小区停车问题')).toBeNull();
    expect(w.match('# comment')).toBeNull();
  });
});
