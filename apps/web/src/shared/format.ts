import { ApiError } from './api/http';
import { locale, sharedT } from './i18n';

const { t } = sharedT;

export const TIME_ZONE = 'Asia/Shanghai';

function intlLocale(): string {
  return locale.value === 'zh-Hant' ? 'zh-Hant' : locale.value === 'en' ? 'en-GB' : 'zh-CN';
}

/** Date and time as people in China read it, always in Asia/Shanghai whatever the device's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/** A calendar month (`2026-12`) as a heading: 2026年12月 / December 2026. */
export function formatMonth(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(intlLocale(), { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(d);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

const beijingDay = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** `2026年11月25日周三 19:00 – 21:00`; the end date is repeated when the meeting runs past midnight. */
export function formatRange(start: string, end: string): string {
  const sameDay = beijingDay(start) === beijingDay(end);
  return `${formatDateTime(start)} – ${sameDay ? formatTime(end) : formatDateTime(end)}`;
}

/** `2026-12-01T09:30` (an <input type="datetime-local"> value meant as Beijing time) → ISO with +08:00. */
export function localInputToIso(v: string): string | undefined {
  if (!v) return undefined;
  return `${v.length === 16 ? `${v}:00` : v}+08:00`;
}

/** ISO → `2026-12-01T09:30` in Beijing time for a datetime-local input. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const shifted = new Date(d.getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/** A rate given as a fraction (0.8765 → 87.7%). */
export function percent(r: number | null | undefined): string {
  if (r === null || r === undefined || Number.isNaN(r)) return '—';
  return `${(r * 100).toFixed(1)}%`;
}

/**
 * A message for the user from any failure. Known codes are said in the chosen language; otherwise the
 * server's own message, which the server gives in the chosen language too (the client sends it as
 * Accept-Language) and which is more specific than a generic text.
 */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const known = `code.${e.code}`;
    if (locale.value !== 'zh-Hans' && sharedT.has(known)) return t(known);
    if (e.status === 0) return t('error.network');
    if (e.code === 'NOT_FOUND_ROUTE') return t('error.unavailable');
    if (e.status === 403) return e.message || t('error.forbidden');
    if (e.status === 401) return e.message || t('error.loginRequired');
    return e.message || t('error.generic', { msg: e.code });
  }
  return t('error.generic', { msg: e instanceof Error ? e.message : String(e) });
}

export function fileSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export { isValidPhone } from './rules';

/** `YYYY-MM-DD` of an instant, in Beijing time. */
export function beijingDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The first and last instant of a Beijing day (`YYYY-MM-DD`), as ISO with +08:00. */
export const dayStartIso = (day: string): string => `${day}T00:00:00+08:00`;
export const dayEndIso = (day: string): string => `${day}T23:59:59+08:00`;

/** A calendar day moved by n days (`YYYY-MM-DD` in, out). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6 (weeks start on Monday in China). */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** `HH:mm` in Beijing time, whatever the device's zone. */
export function beijingTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(11, 16);
}
