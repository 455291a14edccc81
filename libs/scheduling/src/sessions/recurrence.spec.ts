import { BadInputError } from '@xs/platform';
import { expandRrule, zoneOffsetMinutes } from './recurrence';

describe('recurring sessions (RRULE)', () => {
  it('every 22nd of even months at 09:30 Beijing time (Songming 委员走访日)', () => {
    const first = new Date('2026-02-22T09:30:00+08:00');
    const starts = expandRrule(
      'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22;COUNT=6',
      first,
      'Asia/Shanghai',
    );
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2026-02-22T01:30:00.000Z',
      '2026-04-22T01:30:00.000Z',
      '2026-06-22T01:30:00.000Z',
      '2026-08-22T01:30:00.000Z',
      '2026-10-22T01:30:00.000Z',
      '2026-12-22T01:30:00.000Z',
    ]);
  });

  it('keeps the wall-clock day when the start is early morning in Beijing (previous day in UTC)', () => {
    const first = new Date('2026-02-22T07:00:00+08:00');
    const starts = expandRrule('FREQ=MONTHLY;BYMONTHDAY=22;COUNT=3', first, 'Asia/Shanghai');
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2026-02-21T23:00:00.000Z',
      '2026-03-21T23:00:00.000Z',
      '2026-04-21T23:00:00.000Z',
    ]);
  });

  it('stops open-ended rules and refuses huge ones and garbage', () => {
    const first = new Date('2026-01-05T10:00:00+08:00');
    expect(expandRrule('FREQ=MONTHLY', first, 'Asia/Shanghai').length).toBe(25);
    expect(() => expandRrule('FREQ=DAILY;COUNT=500', first, 'Asia/Shanghai')).toThrow(BadInputError);
    expect(() => expandRrule('FREQ=HOURLY;COUNT=3', first, 'Asia/Shanghai')).toThrow(BadInputError);
    expect(() => expandRrule('NOT A RULE', first, 'Asia/Shanghai')).toThrow(BadInputError);
  });

  it('knows the offset of Asia/Shanghai', () => {
    expect(zoneOffsetMinutes('Asia/Shanghai', new Date('2026-07-01T00:00:00Z'))).toBe(480);
  });
});
