import { isMobile, maskPhone, normalizePhone } from './pii';

describe('phone masking', () => {
  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('masks short values whole and passes null through', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone(null)).toBeNull();
  });
  it('normalises +86 and separators to one form', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
  });
  it('takes a mainland mobile as people type it and refuses anything else', () => {
    expect(['13812345678', '+86 138-1234-5678', '0086 19912345678'].map(isMobile)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['12812345678', '1381234567', '138123456789', '010-12345678', '1381234567x', ''].map(isMobile),
    ).toEqual([false, false, false, false, false, false]);
  });
});
