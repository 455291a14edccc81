/**
 * Opening hours: a weekly schedule plus dated exceptions (holidays closed, special days with other
 * hours). Times are local wall-clock "HH:MM" in `timezone` (Asia/Shanghai unless given).
 *
 *   { weekly: { mon: [["09:00","12:00"],["14:00","17:30"]], sat: [] },
 *     exceptions: [{ date: "2026-10-01", closed: true, note: "国庆" },
 *                  { date: "2026-09-27", hours: [["09:00","12:00"]], note: "调休" }] }
 */
import { local, type LocalText } from '@xs/platform';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Interval = [string, string];

export interface HoursException {
  date: string;
  closed?: boolean;
  hours?: Interval[];
  note?: string;
}

export interface OpeningHours {
  timezone?: string;
  weekly: Partial<Record<Weekday, Interval[]>>;
  exceptions?: HoursException[];
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function intervalProblem(list: unknown, where: string): LocalText | null {
  if (!Array.isArray(list)) return local(`${where} 应为时段数组`, `${where} must be an array of time ranges`);
  const sorted: Interval[] = [];
  for (const iv of list) {
    if (!Array.isArray(iv) || iv.length !== 2 || typeof iv[0] !== 'string' || typeof iv[1] !== 'string')
      return local(
        `${where} 的时段应为 ["HH:MM","HH:MM"]`,
        `each range in ${where} must be ["HH:MM","HH:MM"]`,
      );
    if (!TIME_RE.test(iv[0]) || !TIME_RE.test(iv[1]))
      return local(`${where} 的时间格式应为 HH:MM`, `times in ${where} must be HH:MM`);
    if (iv[0] >= iv[1])
      return local(
        `${where} 的时段 ${iv[0]}–${iv[1]} 开始须早于结束`,
        `the range ${iv[0]}–${iv[1]} in ${where} must start before it ends`,
      );
    sorted.push([iv[0], iv[1]]);
  }
  sorted.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i][0] < sorted[i - 1][1])
      return local(`${where} 的时段相互重叠`, `the ranges in ${where} overlap`);
  return null;
}

/** A readable problem with the structure, or null when it is valid. */
export function openingHoursProblem(h: unknown): LocalText | null {
  if (typeof h !== 'object' || h === null || Array.isArray(h))
    return local('openingHours 应为对象', 'openingHours must be an object');
  const o = h as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!['timezone', 'weekly', 'exceptions'].includes(k))
      return local(`openingHours 含未知字段 ${k}`, `openingHours has an unknown field ${k}`);
  if (o.timezone !== undefined && (typeof o.timezone !== 'string' || !validTimezone(o.timezone)))
    return local('openingHours.timezone 不是有效的时区', 'openingHours.timezone is not a valid time zone');
  if (typeof o.weekly !== 'object' || o.weekly === null || Array.isArray(o.weekly))
    return local(
      'openingHours.weekly 应为按星期的对象（mon…sun）',
      'openingHours.weekly must be an object by weekday (mon…sun)',
    );
  for (const [day, list] of Object.entries(o.weekly as Record<string, unknown>)) {
    if (!(WEEKDAYS as readonly string[]).includes(day))
      return local(
        `openingHours.weekly 含未知的星期 ${day}`,
        `openingHours.weekly has an unknown weekday ${day}`,
      );
    const p = intervalProblem(list, `openingHours.weekly.${day}`);
    if (p) return p;
  }
  if (o.exceptions !== undefined) {
    if (!Array.isArray(o.exceptions) || o.exceptions.length > 400)
      return local(
        'openingHours.exceptions 应为数组（至多 400 项）',
        'openingHours.exceptions must be an array (at most 400 items)',
      );
    const seen = new Set<string>();
    for (const [i, e] of (o.exceptions as unknown[]).entries()) {
      const where = `openingHours.exceptions[${i}]`;
      if (typeof e !== 'object' || e === null)
        return local(`${where} 应为对象`, `${where} must be an object`);
      const x = e as Record<string, unknown>;
      for (const k of Object.keys(x))
        if (!['date', 'closed', 'hours', 'note'].includes(k))
          return local(`${where} 含未知字段 ${k}`, `${where} has an unknown field ${k}`);
      if (typeof x.date !== 'string' || !validDate(x.date))
        return local(`${where}.date 应为 YYYY-MM-DD`, `${where}.date must be YYYY-MM-DD`);
      if (seen.has(x.date))
        return local(`${where}.date ${x.date} 重复`, `${where}.date ${x.date} is repeated`);
      seen.add(x.date);
      if (x.closed !== undefined && typeof x.closed !== 'boolean')
        return local(`${where}.closed 应为布尔值`, `${where}.closed must be true or false`);
      if (x.note !== undefined && (typeof x.note !== 'string' || x.note.length > 100))
        return local(
          `${where}.note 应为 100 字以内的文字`,
          `${where}.note must be text of at most 100 characters`,
        );
      if (x.closed && x.hours && (x.hours as unknown[]).length)
        return local(
          `${where} 不能既闭馆又有开放时段`,
          `${where} cannot be both closed and have opening hours`,
        );
      if (!x.closed && x.hours === undefined)
        return local(`${where} 须给出 closed 或 hours`, `${where} must give closed or hours`);
      if (x.hours !== undefined) {
        const p = intervalProblem(x.hours, `${where}.hours`);
        if (p) return p;
      }
    }
  }
  return null;
}

/** Local date (YYYY-MM-DD), weekday and HH:MM of an instant in a time zone. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function localParts(at: Date, timezone: string): { date: string; weekday: Weekday; time: string } {
  let fmt = formats.get(timezone);
  if (!fmt) {
    // Building a formatter is costly; lists ask this once per place, so keep one per zone.
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formats.set(timezone, fmt);
  }
  const parts = fmt.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const weekday = get('weekday').toLowerCase().slice(0, 3) as Weekday;
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    weekday,
    time: `${get('hour')}:${get('minute')}`,
  };
}

function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** The hours that apply on a local date: an exception wins over the weekly schedule. */
export function hoursOn(
  h: OpeningHours,
  date: string,
): { hours: Interval[]; note?: string; exception: boolean } {
  const ex = h.exceptions?.find((e) => e.date === date);
  if (ex) return { hours: ex.closed ? [] : (ex.hours ?? []), note: ex.note, exception: true };
  return { hours: h.weekly[weekdayOf(date)] ?? [], exception: false };
}

/** Whether the place is open at an instant. */
export function isOpenAt(h: OpeningHours, at: Date, defaultTz = 'Asia/Shanghai'): boolean {
  const { date, time } = localParts(at, h.timezone ?? defaultTz);
  return hoursOn(h, date).hours.some(([from, to]) => time >= from && time < to);
}

/** The effective schedule for each date in [from, to] (inclusive, at most 92 days). */
export function scheduleBetween(
  h: OpeningHours,
  from: string,
  to: string,
): { date: string; weekday: Weekday; hours: Interval[]; note?: string; exception: boolean }[] {
  const out = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const date = d.toISOString().slice(0, 10);
    out.push({ date, weekday: weekdayOf(date), ...hoursOn(h, date) });
  }
  return out;
}
