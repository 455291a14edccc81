/**
 * Spreadsheet formula injection (CSV injection): a cell starting with = + - @ (or a tab / carriage
 * return, which some spreadsheet programs strip before evaluating) is prefixed with a single quote so
 * it is shown as text and never evaluated.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, quoted when needed (RFC 4180). */
export function csvField(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'string'
      ? neutralise(value)
      : value instanceof Date
        ? value.toISOString()
        : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** `2026-03-05 14:30` in Asia/Shanghai (no daylight saving, so a fixed offset is exact). */
export function shanghaiText(d: Date | string | null | undefined, withTime = true): string {
  if (!d) return '';
  const iso = new Date(new Date(d).getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

/** An Excel date cell shows wall-clock time without a zone: shift to Shanghai's wall clock. */
export function shanghaiCellDate(d: Date | string | null | undefined): Date | null {
  return d ? new Date(new Date(d).getTime() + SHANGHAI_OFFSET_MS) : null;
}

/** 2026年11月23日 in Asia/Shanghai, for official documents. */
export function chineseDate(d: Date | string): string {
  const s = shanghaiText(d, false);
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`;
}
