import { local } from '@xs/platform';
import { RRule, rrulestr } from 'rrule';
import { Errors } from '../errors';

export const MAX_OCCURRENCES = 60;
const HORIZON_DAYS = 366 * 2;

/** Offset of a zone from UTC in minutes at an instant (Asia/Shanghai: +480, no DST). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/**
 * Starts of a series from an RRULE, evaluated in wall-clock time of `timeZone` (BYMONTHDAY=22 means
 * the 22nd there). The first start is always the given one. Open-ended rules stop after two years;
 * more than MAX_OCCURRENCES is refused.
 */
export function expandRrule(rule: string, firstStart: Date, timeZone: string): Date[] {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|\n/i.test(text))
    throw Errors.badInput('INVALID_RRULE', {
      problem: local('不应包含 DTSTART 或多行', 'it must not contain DTSTART or several lines'),
    });
  const offset = zoneOffsetMinutes(timeZone, firstStart);
  // rrule works in "floating" UTC: shift into wall-clock time, expand, shift back.
  const floatingStart = new Date(firstStart.getTime() + offset * 60000);
  let rr: RRule;
  try {
    const opts = RRule.parseString(text);
    if (opts.freq === undefined) throw new Error('FREQ missing');
    if (opts.freq > RRule.DAILY) throw new Error('more often than daily');
    rr = new RRule({ ...opts, dtstart: floatingStart });
    rrulestr(`RRULE:${text}`);
  } catch (e) {
    throw Errors.badInput('INVALID_RRULE', { problem: (e as Error).message });
  }
  const horizon = new Date(floatingStart.getTime() + HORIZON_DAYS * 86400000);
  const dates: Date[] = [];
  rr.between(floatingStart, horizon, true, (d, i) => {
    dates.push(d);
    return i < MAX_OCCURRENCES;
  });
  if (dates.length > MAX_OCCURRENCES) throw Errors.badInput('TOO_MANY_OCCURRENCES', { max: MAX_OCCURRENCES });
  const starts = dates.map((d) => new Date(d.getTime() - offset * 60000));
  if (!starts.length || starts[0].getTime() !== firstStart.getTime()) starts.unshift(firstStart);
  const unique = [...new Map(starts.map((d) => [d.getTime(), d])).values()];
  if (unique.length > MAX_OCCURRENCES)
    throw Errors.badInput('TOO_MANY_OCCURRENCES', { max: MAX_OCCURRENCES });
  return unique;
}
