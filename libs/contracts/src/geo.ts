/**
 * Coordinate systems used by maps in China. WGS-84 is GPS; CGCS2000 (天地图) differs from WGS-84 by
 * centimetres, far below what a directory cares about, so it is treated as WGS-84; GCJ-02 (AMap,
 * Tencent) is WGS-84 shifted by a published obfuscation formula of a few hundred metres, which we
 * invert iteratively. Outside mainland China GCJ-02 equals WGS-84.
 */
export const CRS_VALUES = ['GCJ02', 'WGS84', 'CGCS2000'] as const;
export type Crs = (typeof CRS_VALUES)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

const A = 6378245.0; // Krasovsky 1940 semi-major axis, as used by the GCJ-02 formula
const EE = 0.00669342162296594323;

/** The formula applies only inside a rough box around mainland China. */
export function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function transformLng(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}

/** WGS-84 → GCJ-02 (the forward, published direction). */
export function wgs84ToGcj02(p: LatLng): LatLng {
  if (outOfChina(p.lat, p.lng)) return { ...p };
  let dLat = transformLat(p.lng - 105.0, p.lat - 35.0);
  let dLng = transformLng(p.lng - 105.0, p.lat - 35.0);
  const radLat = (p.lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: p.lat + dLat, lng: p.lng + dLng };
}

/** GCJ-02 → WGS-84 by fixed-point iteration of the forward formula (error < 1e-7° ≈ 1 cm). */
export function gcj02ToWgs84(p: LatLng): LatLng {
  if (outOfChina(p.lat, p.lng)) return { ...p };
  let w = { lat: p.lat, lng: p.lng };
  for (let i = 0; i < 30; i++) {
    const g = wgs84ToGcj02(w);
    const dLat = g.lat - p.lat;
    const dLng = g.lng - p.lng;
    w = { lat: w.lat - dLat, lng: w.lng - dLng };
    if (Math.abs(dLat) < 1e-9 && Math.abs(dLng) < 1e-9) break;
  }
  return w;
}

/** Any supported system → WGS-84 (CGCS2000 is taken as WGS-84, see above). */
export function toWgs84(p: LatLng, crs: Crs): LatLng {
  return crs === 'GCJ02' ? gcj02ToWgs84(p) : { lat: p.lat, lng: p.lng };
}

/** A point from one system into another (the web client shows coordinates in its tiles' system). */
export function convertCrs(p: LatLng, from: Crs, to: Crs): LatLng {
  const w = toWgs84(p, from);
  return to === 'GCJ02' ? wgs84ToGcj02(w) : w;
}
