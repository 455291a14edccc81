import { likeEscape, normalizeZh, toTraditional } from './zh';

describe('normalizeZh', () => {
  it('folds traditional characters to simplified', () => {
    expect(normalizeZh('委員工作室')).toBe('委员工作室');
    expect(normalizeZh('協商議事室')).toBe('协商议事室');
  });
  it('leaves simplified text alone and folds width and case', () => {
    expect(normalizeZh('委员工作室')).toBe('委员工作室');
    expect(normalizeZh('ＡＢＣ  停车')).toBe('abc 停车');
  });
  it('escapes LIKE wildcards', () => {
    expect(likeEscape('50%_a\\')).toBe('50\\%\\_a\\\\');
  });
});

describe('toTraditional', () => {
  it('writes our words as Traditional readers write them', () => {
    expect(toTraditional('协办单位会签后生效')).toBe('協辦單位會簽後生效');
    expect(toTraditional('签到码')).toBe('簽到碼');
    expect(toTraditional('抽签')).toBe('抽籤');
  });
});
