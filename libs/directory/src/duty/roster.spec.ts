import { canonicalRule, occurrences, ruleProblem, zonedIso } from './roster';

describe('duty roster rules', () => {
  it('"the 22nd of every even month" (Songming 委员走访日)', () => {
    const rule = { rrule: 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22', startsOn: '2026-01-01' };
    expect(ruleProblem(rule)).toBeNull();
    expect(occurrences(rule, '2026-01-01', '2026-12-31')).toEqual([
      '2026-02-22',
      '2026-04-22',
      '2026-06-22',
      '2026-08-22',
      '2026-10-22',
      '2026-12-22',
    ]);
    expect(
      occurrences({ rrule: 'even-months-22', startsOn: '2026-01-01' }, '2026-03-01', '2026-05-31'),
    ).toEqual(['2026-04-22']);
  });

  it('respects startsOn, until and an inclusive window', () => {
    const rule = { rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-03-04', until: '2026-03-25' };
    expect(occurrences(rule, '2026-01-01', '2026-12-31')).toEqual([
      '2026-03-04',
      '2026-03-11',
      '2026-03-18',
      '2026-03-25',
    ]);
    expect(occurrences(rule, '2026-03-11', '2026-03-18')).toEqual(['2026-03-11', '2026-03-18']);
    expect(
      occurrences(
        { rrule: 'FREQ=MONTHLY;BYMONTHDAY=22;COUNT=2', startsOn: '2026-01-01' },
        '2026-01-01',
        '2027-01-01',
      ),
    ).toEqual(['2026-01-22', '2026-02-22']);
  });

  it('refuses rules that are not day rules or never happen', () => {
    expect(ruleProblem({ rrule: 'BYMONTHDAY=22', startsOn: '2026-01-01' })).toContain('FREQ');
    expect(ruleProblem({ rrule: 'FREQ=HOURLY', startsOn: '2026-01-01' })).toContain('DAILY');
    expect(ruleProblem({ rrule: 'FREQ=DAILY;BYHOUR=9', startsOn: '2026-01-01' })).toContain('startTime');
    expect(ruleProblem({ rrule: 'FREQ=NEVERLY', startsOn: '2026-01-01' })).toContain('无法解析');
    expect(ruleProblem({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', startsOn: '2026-01-01' })).toContain(
      '没有任何日期',
    );
    expect(ruleProblem({ rrule: 'FREQ=DAILY', startsOn: '2026-05-01', until: '2026-04-01' })).toContain(
      'until',
    );
  });

  it('canonicalises presets and an RRULE: prefix', () => {
    expect(canonicalRule('rrule:freq=weekly;byday=mo')).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(canonicalRule('weekdays')).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
  });

  it('writes local times with the zone offset', () => {
    expect(zonedIso('2026-02-22', '09:00', 'Asia/Shanghai')).toBe('2026-02-22T09:00:00+08:00');
    expect(new Date(zonedIso('2026-02-22', '09:00', 'Asia/Shanghai')).toISOString()).toBe(
      '2026-02-22T01:00:00.000Z',
    );
  });
});
