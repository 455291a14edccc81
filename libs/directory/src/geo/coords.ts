export { CRS_VALUES, convertCrs, gcj02ToWgs84, outOfChina, toWgs84, wgs84ToGcj02 } from '@xs/contracts';
export type { Crs, LatLng } from '@xs/contracts';
import type { LatLng } from '@xs/contracts';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine), both points in the same datum. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A lat/lng box that contains every point within `km` of `c` (for an index-friendly prefilter). */
export function boundingBox(
  c: LatLng,
  km: number,
): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cos = Math.max(Math.cos((c.lat * Math.PI) / 180), 1e-6);
  const dLng = Math.min(180, dLat / cos);
  return { minLat: c.lat - dLat, maxLat: c.lat + dLat, minLng: c.lng - dLng, maxLng: c.lng + dLng };
}

/** Haversine as SQL over columns holding WGS-84 degrees; $lat/$lng are placeholders. */
export function distanceSql(latCol: string, lngCol: string, latParam: string, lngParam: string): string {
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(${latCol} - ${latParam}) / 2), 2) +
    cos(radians(${latParam})) * cos(radians(${latCol})) * power(sin(radians(${lngCol} - ${lngParam}) / 2), 2)))))`;
}
