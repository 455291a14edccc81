import { boundingBox, distanceKm, gcj02ToWgs84, outOfChina, toWgs84, wgs84ToGcj02 } from './coords';

describe('coordinate systems', () => {
  // 五华区 翠湖公园 in WGS-84 (GPS) and as AMap shows it (GCJ-02).
  const wgs = { lat: 25.0466, lng: 102.7029 };

  it('shifts WGS-84 into GCJ-02 by a few hundred metres in Kunming', () => {
    const gcj = wgs84ToGcj02(wgs);
    const shift = distanceKm(wgs, gcj);
    expect(shift).toBeGreaterThan(0.2);
    expect(shift).toBeLessThan(0.8);
  });

  it('matches the published reference vector (Shanghai, as in the eviltransform test suite)', () => {
    const gcj = wgs84ToGcj02({ lat: 31.1774276, lng: 121.5272106 });
    expect(gcj.lat).toBeCloseTo(31.17530398364597, 9);
    expect(gcj.lng).toBeCloseTo(121.531541859215, 9);
  });

  it('inverts GCJ-02 back to WGS-84 within a centimetre', () => {
    for (const p of [
      wgs,
      { lat: 26.647, lng: 106.63 },
      { lat: 28.26, lng: 117.03 },
      { lat: 39.9, lng: 116.4 },
    ]) {
      const back = gcj02ToWgs84(wgs84ToGcj02(p));
      expect(distanceKm(p, back) * 1000).toBeLessThan(0.01);
    }
  });

  it('treats CGCS2000 and WGS-84 alike and leaves points outside China unchanged', () => {
    expect(toWgs84(wgs, 'CGCS2000')).toEqual(wgs);
    expect(toWgs84(wgs, 'WGS84')).toEqual(wgs);
    const paris = { lat: 48.8566, lng: 2.3522 };
    expect(outOfChina(paris.lat, paris.lng)).toBe(true);
    expect(toWgs84(paris, 'GCJ02')).toEqual(paris);
  });

  it('measures great-circle distances (Kunming → Guiyang ≈ 430 km)', () => {
    const km = distanceKm({ lat: 25.0389, lng: 102.7183 }, { lat: 26.647, lng: 106.6302 });
    expect(km).toBeGreaterThan(420);
    expect(km).toBeLessThan(440);
    expect(distanceKm(wgs, wgs)).toBe(0);
  });

  it('builds a bounding box that contains every point of the radius', () => {
    const b = boundingBox(wgs, 5);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      const p = {
        lat: wgs.lat + (4.99 / 111.2) * Math.cos(rad),
        lng: wgs.lng + ((4.99 / 111.2) * Math.sin(rad)) / Math.cos((wgs.lat * Math.PI) / 180),
      };
      expect(distanceKm(wgs, p)).toBeLessThan(5.01);
      expect(p.lat).toBeGreaterThanOrEqual(b.minLat);
      expect(p.lat).toBeLessThanOrEqual(b.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(b.minLng);
      expect(p.lng).toBeLessThanOrEqual(b.maxLng);
    }
  });
});
