import { hoursOn, isOpenAt, openingHoursProblem, scheduleBetween } from './opening-hours';
import type { OpeningHours } from './opening-hours';

const hours: OpeningHours = {
  weekly: {
    mon: [
      ['09:00', '12:00'],
      ['14:00', '17:30'],
    ],
    tue: [['09:00', '17:30']],
    sat: [['09:00', '12:00']],
  },
  exceptions: [
    { date: '2026-10-01', closed: true, note: '国庆节' },
    { date: '2026-09-27', hours: [['09:00', '12:00']], note: '调休上班' },
  ],
};

describe('opening hours', () => {
  it('accepts a weekly schedule with exceptions', () => {
    expect(openingHoursProblem(hours)).toBeNull();
    expect(openingHoursProblem({ weekly: {} })).toBeNull();
  });

  it.each([
    [{ weekly: { mon: [['09:00', '08:00']] } }, '开始须早于结束'],
    [
      {
        weekly: {
          mon: [
            ['09:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
      },
      '重叠',
    ],
    [{ weekly: { funday: [] } }, '未知的星期'],
    [{ weekly: { mon: [['9:00', '12:00']] } }, 'HH:MM'],
    [{ weekly: {}, exceptions: [{ date: '2026-02-30', closed: true }] }, 'YYYY-MM-DD'],
    [{ weekly: {}, exceptions: [{ date: '2026-10-01' }] }, 'closed 或 hours'],
    [
      {
        weekly: {},
        exceptions: [
          { date: '2026-10-01', closed: true },
          { date: '2026-10-01', closed: true },
        ],
      },
      '重复',
    ],
    [{ weekly: {}, timezone: 'Mars/Olympus' }, '时区'],
    [{ weekly: {}, extra: 1 }, '未知字段'],
    [[], '对象'],
  ])('refuses %j', (h, message) => {
    const problem = openingHoursProblem(h);
    expect(problem?.['zh-Hans']).toContain(message);
    // Said in English too.
    expect(problem?.en).toMatch(/^[\x20-\x7e–…]+$/);
  });

  it('applies exceptions over the weekly schedule', () => {
    expect(hoursOn(hours, '2026-10-05').hours).toHaveLength(2); // a Monday
    expect(hoursOn(hours, '2026-10-01')).toEqual({ hours: [], note: '国庆节', exception: true }); // Thursday, closed
    expect(hoursOn(hours, '2026-09-27')).toMatchObject({ hours: [['09:00', '12:00']], exception: true }); // a Sunday
    expect(hoursOn(hours, '2026-10-04').hours).toEqual([]); // Sunday, nothing weekly
  });

  it('is open at instants inside the hours, in Asia/Shanghai', () => {
    // 2026-10-05 is a Monday; 10:00 in Kunming is 02:00 UTC.
    expect(isOpenAt(hours, new Date('2026-10-05T02:00:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-10-05T04:30:00Z'))).toBe(false); // 12:30 lunch
    expect(isOpenAt(hours, new Date('2026-10-05T09:30:00Z'))).toBe(false); // 17:30 closed (end exclusive)
    expect(isOpenAt(hours, new Date('2026-10-01T02:00:00Z'))).toBe(false); // holiday
    // 23:30 UTC on Sunday is 07:30 Monday local: not yet open.
    expect(isOpenAt(hours, new Date('2026-10-04T23:30:00Z'))).toBe(false);
  });

  it('lists the effective schedule day by day', () => {
    const days = scheduleBetween(hours, '2026-09-27', '2026-10-01');
    expect(days.map((d) => [d.date, d.weekday, d.hours.length])).toEqual([
      ['2026-09-27', 'sun', 1],
      ['2026-09-28', 'mon', 2],
      ['2026-09-29', 'tue', 1],
      ['2026-09-30', 'wed', 0],
      ['2026-10-01', 'thu', 0],
    ]);
  });
});
