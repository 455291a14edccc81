import { RRule, rrulestr } from 'rrule';

/**
 * Duty rules are RFC 5545 RRULEs over whole days (floating dates, no time zone): the time of day
 * is separate (`startTime`–`endTime`, local). "The 22nd of every even month" (Songming's 委员走访日)
 * is `FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22`.
 */
export interface RuleInput {
  rrule: string;
  startsOn: string;
  until?: string | null;
}

const ALLOWED_FREQ = new Set([RRule.YEARLY, RRule.MONTHLY, RRule.WEEKLY, RRule.DAILY]);

/** Friendly shortcuts accepted in place of an RRULE. */
export const RULE_PRESETS: Record<string, string> = {
  'even-months-22': 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22',
  weekdays: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
};

export function canonicalRule(raw: string): string {
  const s = raw.trim();
  const preset = RULE_PRESETS[s];
  if (preset) return preset;
  return s.replace(/^RRULE:/i, '').toUpperCase();
}

function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function build(input: RuleInput): RRule {
  const text = canonicalRule(input.rrule);
  const parsed = rrulestr(`RRULE:${text}`, { dtstart: day(input.startsOn) }) as RRule;
  const opts = { ...parsed.origOptions, dtstart: day(input.startsOn) };
  if (input.until) {
    // UNTIL in the rule itself and `until` both apply; the earlier wins.
    const u = new Date(`${input.until}T23:59:59Z`);
    if (!opts.until || opts.until > u) opts.until = u;
  }
  return new RRule(opts);
}

/** A readable problem with the rule, or null. */
export function ruleProblem(input: RuleInput): string | null {
  const text = canonicalRule(input.rrule);
  if (!/^FREQ=/.test(text) && !/;FREQ=/.test(text))
    return 'rrule 须包含 FREQ（例如 FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22）';
  if (/DTSTART|BYHOUR|BYMINUTE|BYSECOND/.test(text))
    return 'rrule 只描述日期：开始日期用 startsOn，时间用 startTime/endTime';
  let rule: RRule;
  try {
    rule = build(input);
  } catch (e) {
    return `rrule 无法解析：${(e as Error).message}`;
  }
  if (!ALLOWED_FREQ.has(rule.origOptions.freq!)) return 'rrule 的 FREQ 须为 DAILY、WEEKLY、MONTHLY 或 YEARLY';
  if (input.until && input.until < input.startsOn) return 'until 不能早于 startsOn';
  const first = rule.after(day(input.startsOn), true);
  if (!first) return 'rrule 在 startsOn 之后没有任何日期';
  return null;
}

/** The dates (YYYY-MM-DD) a rule yields within [from, to], both inclusive. */
export function occurrences(input: RuleInput, from: string, to: string): string[] {
  const rule = build(input);
  return rule.between(day(from), new Date(`${to}T23:59:59Z`), true).map((d) => d.toISOString().slice(0, 10));
}

/** Wall-clock date and time in a zone → ISO instant with that zone's offset at that moment. */
export function zonedIso(date: string, time: string, timezone: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    timeZoneName: 'longOffset',
  }).formatToParts(guess);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  const offset = m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
  return `${date}T${time}:00${offset}`;
}
