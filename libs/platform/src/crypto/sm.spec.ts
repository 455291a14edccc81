import { createCipheriv } from 'node:crypto';
import { hmacSm3, sm3, sm4Decrypt, sm4Encrypt } from './sm';

describe('SM3 / SM4 known answers', () => {
  it('SM3("abc") matches GB/T 32905 example 1', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('SM3 of the 64-byte example 2 matches the standard', () => {
    expect(sm3('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('SM4 block matches GB/T 32907 example 1', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    const out = Buffer.concat([cipher.update(key), cipher.final()]);
    expect(out.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('SM4-CBC round-trips and uses a fresh IV each time', () => {
    const key = Buffer.alloc(16, 7);
    const a = sm4Encrypt(key, '13812345678');
    const b = sm4Encrypt(key, '13812345678');
    expect(a).not.toBe(b);
    expect(sm4Decrypt(key, a)).toBe('13812345678');
    expect(() => sm4Decrypt(Buffer.alloc(16, 8), a)).toThrow();
  });

  it('HMAC-SM3 is deterministic per key', () => {
    expect(hmacSm3(Buffer.from('k'), 'x')).toBe(hmacSm3(Buffer.from('k'), 'x'));
    expect(hmacSm3(Buffer.from('k'), 'x')).not.toBe(hmacSm3(Buffer.from('j'), 'x'));
  });
});
