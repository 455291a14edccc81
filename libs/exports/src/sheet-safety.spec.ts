import { chineseDate, csvField, neutralise, shanghaiText } from './sheet-safety';

describe('export cell safety', () => {
  it('prefixes cells that a spreadsheet would evaluate', () => {
    expect(neutralise('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutralise('+86 138')).toBe(`'+86 138`);
    expect(neutralise('-1+1')).toBe(`'-1+1`);
    expect(neutralise('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralise('\t=1')).toBe(`'\t=1`);
    expect(neutralise('建议增设停车位')).toBe('建议增设停车位');
  });

  it('quotes CSV fields with separators, quotes and newlines', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('=1+1')).toBe(`'=1+1`);
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('formats dates in Asia/Shanghai', () => {
    expect(shanghaiText(new Date('2026-03-05T16:30:00Z'))).toBe('2026-03-06 00:30');
    expect(chineseDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027年1月1日');
  });
});
