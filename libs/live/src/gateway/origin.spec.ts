import { originAllowed } from './origin';

const cfg = (allowedOrigins: string[], nodeEnv: 'development' | 'production' | 'test' = 'production') => ({
  allowedOrigins,
  nodeEnv,
});

describe('originAllowed (live socket handshake)', () => {
  it('always allows clients without an Origin header and the same origin', () => {
    expect(originAllowed(cfg(['https://a.example']), undefined, 'xs.example')).toBe(true);
    expect(originAllowed(cfg(['https://a.example']), 'https://xs.example', 'xs.example')).toBe(true);
  });

  it('allows listed origins only, compared exactly', () => {
    const c = cfg(['https://a.example']);
    expect(originAllowed(c, 'https://a.example', 'xs.example')).toBe(true);
    expect(originAllowed(c, 'https://a.example.evil.com', 'xs.example')).toBe(false);
    expect(originAllowed(c, 'http://a.example', 'xs.example')).toBe(false);
    expect(originAllowed(c, 'not a url', 'xs.example')).toBe(false);
  });

  it('with an empty list allows any origin outside production and only the same origin in production', () => {
    expect(originAllowed(cfg([], 'development'), 'https://elsewhere.example', 'xs.example')).toBe(true);
    expect(originAllowed(cfg([], 'production'), 'https://elsewhere.example', 'xs.example')).toBe(false);
    expect(originAllowed(cfg(['*'], 'production'), 'https://elsewhere.example', 'xs.example')).toBe(true);
  });
});
