import { maskPhone, normalizePhone } from './pii';

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
});
