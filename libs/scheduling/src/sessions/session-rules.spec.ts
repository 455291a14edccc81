import { ConflictError, BadInputError } from '@xs/platform';
import { checkRegistrationWindow, checkTimes, isValidStreamUrl, transitionTarget } from './session-rules';

describe('session state machine', () => {
  it('follows draft → published → live → ended → concluded', () => {
    expect(transitionTarget('publish', 'draft')).toBe('published');
    expect(transitionTarget('start', 'published')).toBe('live');
    expect(transitionTarget('end', 'live')).toBe('ended');
    expect(transitionTarget('conclude', 'ended')).toBe('concluded');
  });

  it('cancels only from draft or published', () => {
    expect(transitionTarget('cancel', 'draft')).toBe('cancelled');
    expect(transitionTarget('cancel', 'published')).toBe('cancelled');
    for (const from of ['live', 'ended', 'concluded', 'cancelled'] as const)
      expect(() => transitionTarget('cancel', from)).toThrow(ConflictError);
  });

  it('refuses publishing a cancelled session with INVALID_TRANSITION', () => {
    try {
      transitionTarget('publish', 'cancelled');
      throw new Error('expected a conflict');
    } catch (e) {
      expect(e).toBeInstanceOf(ConflictError);
      expect((e as ConflictError).code).toBe('INVALID_TRANSITION');
    }
    expect(() => transitionTarget('start', 'draft')).toThrow(ConflictError);
    expect(() => transitionTarget('end', 'published')).toThrow(ConflictError);
  });
});

describe('session times', () => {
  const at = (iso: string) => new Date(iso);
  it('refuses an end before the start and absurd durations', () => {
    expect(() => checkTimes(at('2026-05-01T10:00:00+08:00'), at('2026-05-01T09:00:00+08:00'))).toThrow(
      BadInputError,
    );
    expect(() => checkTimes(at('2026-05-01T10:00:00+08:00'), at('2026-05-01T10:05:00+08:00'))).toThrow(/15/);
    expect(() => checkTimes(at('2026-05-01T10:00:00+08:00'), at('2026-05-03T10:00:00+08:00'))).toThrow(
      BadInputError,
    );
    expect(() => checkTimes(at('2026-05-01T10:00:00+08:00'), at('2026-05-01T12:30:00+08:00'))).not.toThrow();
  });

  it('checks the registration window against the session', () => {
    const end = at('2026-05-01T12:00:00+08:00');
    expect(() =>
      checkRegistrationWindow(at('2026-04-20T00:00:00Z'), at('2026-04-19T00:00:00Z'), end),
    ).toThrow(BadInputError);
    expect(() => checkRegistrationWindow(null, at('2026-05-02T00:00:00Z'), end)).toThrow(BadInputError);
    expect(() =>
      checkRegistrationWindow(at('2026-04-20T00:00:00Z'), at('2026-04-30T00:00:00Z'), end),
    ).not.toThrow();
  });
});

describe('stream URL', () => {
  it.each([
    'https://live.example.cn/wuhua/room1.m3u8',
    'http://cdn.example.com/live/abc.flv',
    'https://cdn.example.com/live/abc.m3u8?auth_key=1700000000-0-0-abcdef',
    'https://cdn.example.com/play?stream=room1.flv&token=x',
    'https://live.example.cn/hls/index.M3U8',
  ])('accepts %s', (url) => expect(isValidStreamUrl(url)).toBe(true));

  it.each([
    'rtmp://live.example.cn/app/room1',
    'ftp://example.com/a.m3u8',
    'https://example.com/video.mp4',
    'javascript:alert(1)//.m3u8',
    'not a url.m3u8',
    'https://user:pw@example.com/a.m3u8',
    'https://example.com/a.m3u8x',
    'https://example.com/%E0%A4%A.m3u8',
    'https://example.com/live/a.m3u8?x=%',
    '',
  ])('refuses %s', (url) => expect(isValidStreamUrl(url)).toBe(false));
});
