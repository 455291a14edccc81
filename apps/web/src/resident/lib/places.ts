import { convertCrs } from '@contracts';
import type { PublicWorkstation } from '../h5-api';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** Weekly opening hours, one line a day ("09:00–12:00, 14:00–17:30"); empty days are closed. */
export function weeklyLines(
  ws: PublicWorkstation,
  closed: string,
  dayName: (d: Day) => string,
): { day: string; hours: string }[] {
  const weekly = ws.openingHours?.weekly as Partial<Record<Day, string[][]>> | undefined;
  if (!weekly) return [];
  return DAYS.map((d) => ({
    day: dayName(d),
    hours: weekly[d]?.length ? weekly[d]!.map(([a, b]) => `${a}–${b}`).join(', ') : closed,
  }));
}

/**
 * A link that opens the phone's map app at the place: AMap's URI (it takes GCJ-02, the system phones'
 * Chinese map apps use) works in WeChat and hands over to the installed app.
 */
export function navigationUrl(ws: PublicWorkstation): string | null {
  const p = ws.location
    ? convertCrs({ lat: ws.location.lat, lng: ws.location.lng }, ws.location.crs, 'GCJ02')
    : ws.locationWgs84
      ? convertCrs(ws.locationWgs84, 'WGS84', 'GCJ02')
      : null;
  if (!p) return null;
  const q = new URLSearchParams({
    position: `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`,
    name: ws.name,
    src: 'xieshang',
    coordinate: 'gaode',
    callnative: '1',
  });
  return `https://uri.amap.com/marker?${q.toString()}`;
}
