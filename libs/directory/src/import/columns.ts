import { normalizeZh } from '@xs/platform';
import type { Crs } from '../geo/coords';
import { WEEKDAYS } from '../hours/opening-hours';
import type { Interval, OpeningHours, Weekday } from '../hours/opening-hours';

/** Column headings of the templates (Chinese first, as Chinese offices write them) and their aliases. */
export const WORKSTATION_COLUMNS = {
  name: ['名称', '场所名称', '工作室名称', 'name'],
  kind: ['类型', '场所类型', 'kind', 'type'],
  regionCode: ['行政区划代码', '区划代码', '行政区划', 'regioncode', 'region_code', 'region'],
  address: ['地址', '详细地址', 'address'],
  lat: ['纬度', 'lat', 'latitude'],
  lng: ['经度', 'lng', 'lon', 'longitude'],
  crs: ['坐标系', 'crs'],
  sector: ['界别', 'sector'],
  capacity: ['容纳人数', '容量', 'capacity'],
  contactPhone: ['联系电话', '电话', 'contactphone', 'contact_phone', 'phone'],
  openingHours: ['开放时间', 'openinghours', 'opening_hours'],
  status: ['状态', 'status'],
  code: ['编号', '场所编号', 'code'],
} as const;
export type WorkstationColumn = keyof typeof WORKSTATION_COLUMNS;
export const WORKSTATION_REQUIRED: WorkstationColumn[] = ['name', 'kind', 'regionCode', 'address'];

export const MEMBER_COLUMNS = {
  name: ['姓名', 'name'],
  level: ['级别', '委员级别', 'level'],
  sector: ['界别', 'sector'],
  regionCode: ['行政区划代码', '区划代码', '行政区划', 'regioncode', 'region_code', 'region'],
  party: ['党派', '党派团体', 'party'],
  phone: ['手机号', '手机', '联系电话', '电话', 'phone', 'mobile'],
  code: ['编号', '委员编号', 'code'],
} as const;
export type MemberColumn = keyof typeof MEMBER_COLUMNS;
export const MEMBER_REQUIRED: MemberColumn[] = ['name', 'level', 'regionCode'];

/** "纬度（GCJ-02）*" → "纬度": notes in brackets, required markers and spaces do not matter. */
export function headerKey(h: string): string {
  return normalizeZh(h)
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊\s]/g, '')
    .toLowerCase();
}

export interface ColumnMap<K extends string> {
  index: Partial<Record<K, number>>;
  ignored: string[];
}

/** Which column holds which field; unknown headings are reported, a heading twice is an error. */
export function mapColumns<K extends string>(
  headers: string[],
  spec: Record<K, readonly string[]>,
): { map: ColumnMap<K>; duplicate?: string } {
  const lookup = new Map<string, K>();
  for (const [field, names] of Object.entries(spec) as [K, readonly string[]][])
    for (const n of names) lookup.set(headerKey(n), field);
  const index: Partial<Record<K, number>> = {};
  const ignored: string[] = [];
  for (const [i, h] of headers.entries()) {
    if (!h) continue;
    const field = lookup.get(headerKey(h));
    if (!field) {
      ignored.push(h);
      continue;
    }
    if (index[field] !== undefined) return { map: { index, ignored }, duplicate: h };
    index[field] = i;
  }
  return { map: { index, ignored } };
}

const CRS_ALIASES: Record<string, Crs> = {
  gcj02: 'GCJ02',
  'gcj-02': 'GCJ02',
  火星坐标: 'GCJ02',
  高德: 'GCJ02',
  腾讯: 'GCJ02',
  wgs84: 'WGS84',
  'wgs-84': 'WGS84',
  gps: 'WGS84',
  cgcs2000: 'CGCS2000',
  '2000国家大地坐标系': 'CGCS2000',
  天地图: 'CGCS2000',
};

export function parseCrs(raw: string): Crs | undefined {
  return CRS_ALIASES[normalizeZh(raw).replace(/\s/g, '')];
}

export function parseStatus(raw: string): 'active' | 'suspended' | undefined {
  const s = normalizeZh(raw).trim();
  if (['active', '启用', '正常', '开放', '运行'].includes(s)) return 'active';
  if (['suspended', '停用', '暂停', '关闭'].includes(s)) return 'suspended';
  return undefined;
}

/** A decimal number written plainly (no formulas, no units). */
export function parseDecimal(raw: string): number | undefined {
  const s = raw.trim().replace(/[，]/g, '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

const DAY_NAMES: Record<string, Weekday> = {
  一: 'mon',
  二: 'tue',
  三: 'wed',
  四: 'thu',
  五: 'fri',
  六: 'sat',
  日: 'sun',
  天: 'sun',
  mon: 'mon',
  tue: 'tue',
  wed: 'wed',
  thu: 'thu',
  fri: 'fri',
  sat: 'sat',
  sun: 'sun',
};
const ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function day(token: string): Weekday | undefined {
  const t = token
    .replace(/^(周|星期|礼拜)/, '')
    .trim()
    .toLowerCase();
  return DAY_NAMES[t] ?? DAY_NAMES[t.slice(0, 3)];
}

/**
 * Opening hours written in a cell: JSON as the API takes it, or text such as
 * "周一至周五 09:00-12:00,14:00-17:30；周六 09:00-12:00" (mon-fri 09:00-17:00 works too).
 */
export function parseOpeningHoursText(raw: string): OpeningHours | string {
  const text = raw.trim();
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text) as OpeningHours;
    } catch {
      return '开放时间 JSON 无法解析';
    }
  }
  const weekly: Partial<Record<Weekday, Interval[]>> = {};
  for (const segment of normalizeZh(text)
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(\S+?)\s*((?:\d{1,2}:\d{2}\s*[-–~至到]\s*\d{1,2}:\d{2}[\s,，、]*)+)$/.exec(segment);
    if (!m) return `无法识别“${segment}”，应为“周一至周五 09:00-17:00”`;
    const days: Weekday[] = [];
    for (const part of m[1].split(/[、,，]/)) {
      const range = part.split(/[至到~–]|(?<=[一二三四五六日天a-z])-(?=周|星期|[一二三四五六日天a-z])/);
      const a = day(range[0]);
      const b = range.length > 1 ? day(range[range.length - 1]) : a;
      if (!a || !b) return `无法识别星期“${part}”`;
      for (let i = ORDER.indexOf(a); ; i = (i + 1) % 7) {
        days.push(ORDER[i]);
        if (ORDER[i] === b) break;
      }
    }
    const times = [...m[2].matchAll(/(\d{1,2}:\d{2})\s*[-–~至到]\s*(\d{1,2}:\d{2})/g)].map(
      (t) => [t[1].padStart(5, '0'), t[2].padStart(5, '0')] as Interval,
    );
    for (const d of days) weekly[d] = [...(weekly[d] ?? []), ...times];
  }
  for (const d of WEEKDAYS) if (weekly[d]) weekly[d].sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return { weekly };
}
