import {
  headerKey,
  mapColumns,
  parseCrs,
  parseDecimal,
  parseOpeningHoursText,
  WORKSTATION_COLUMNS,
} from './columns';

describe('import columns', () => {
  it('maps Chinese headings, English aliases and traditional characters to fields', () => {
    const { map } = mapColumns(
      ['名稱', 'Kind', '行政区划代码*', '地址', '纬度（GCJ-02）', 'lng', '备注'],
      WORKSTATION_COLUMNS,
    );
    expect(map.index).toEqual({ name: 0, kind: 1, regionCode: 2, address: 3, lat: 4, lng: 5 });
    expect(map.ignored).toEqual(['备注']);
    expect(mapColumns(['名称', 'name'], WORKSTATION_COLUMNS).duplicate).toBe('name');
    expect(headerKey(' 容纳人数 (人) ')).toBe('容纳人数');
  });

  it('parses coordinate systems and plain decimals only', () => {
    expect(parseCrs('GCJ-02')).toBe('GCJ02');
    expect(parseCrs('wgs84')).toBe('WGS84');
    expect(parseCrs('2000国家大地坐标系')).toBe('CGCS2000');
    expect(parseCrs('Mercator')).toBeUndefined();
    expect(parseDecimal('25.0406')).toBe(25.0406);
    expect(parseDecimal('=1+1')).toBeUndefined();
    expect(parseDecimal('25度')).toBeUndefined();
  });

  it('reads opening hours written as text', () => {
    expect(parseOpeningHoursText('周一至周五 09:00-12:00,14:00-17:30；周六 9:00-12:00')).toEqual({
      weekly: {
        mon: [
          ['09:00', '12:00'],
          ['14:00', '17:30'],
        ],
        tue: [
          ['09:00', '12:00'],
          ['14:00', '17:30'],
        ],
        wed: [
          ['09:00', '12:00'],
          ['14:00', '17:30'],
        ],
        thu: [
          ['09:00', '12:00'],
          ['14:00', '17:30'],
        ],
        fri: [
          ['09:00', '12:00'],
          ['14:00', '17:30'],
        ],
        sat: [['09:00', '12:00']],
      },
    });
    expect(parseOpeningHoursText('mon-wed 10:00-11:00')).toEqual({
      weekly: { mon: [['10:00', '11:00']], tue: [['10:00', '11:00']], wed: [['10:00', '11:00']] },
    });
    expect(parseOpeningHoursText('周二、周四 14:00-17:00')).toEqual({
      weekly: { tue: [['14:00', '17:00']], thu: [['14:00', '17:00']] },
    });
    expect(parseOpeningHoursText('{"weekly":{"sun":[["08:00","09:00"]]}}')).toEqual({
      weekly: { sun: [['08:00', '09:00']] },
    });
    expect(typeof parseOpeningHoursText('每天上午')).toBe('string');
  });
});
