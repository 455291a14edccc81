import { parentRegionCode, regionCovers, regionLevel } from './region-code';

describe('region codes', () => {
  it('knows the level of each code length', () => {
    expect(regionLevel('530000')).toBe('province');
    expect(regionLevel('530100')).toBe('city');
    expect(regionLevel('530102')).toBe('county');
    expect(regionLevel('530102001')).toBe('township');
    expect(regionLevel('530102001001')).toBe('community');
  });

  it('a city covers its counties, streets and communities but not its neighbours', () => {
    expect(regionCovers('530100', '530102')).toBe(true);
    expect(regionCovers('530100', '530102001001')).toBe(true);
    expect(regionCovers('530102', '530103')).toBe(false);
    expect(regionCovers('530102', '530100')).toBe(false);
    expect(regionCovers('530000', '530102')).toBe(true);
    expect(regionCovers('520000', '530102')).toBe(false);
    expect(regionCovers('000000', '360600')).toBe(true);
  });

  it('walks up to the parent', () => {
    expect(parentRegionCode('530102001001')).toBe('530102001');
    expect(parentRegionCode('530102001')).toBe('530102');
    expect(parentRegionCode('530102')).toBe('530100');
    expect(parentRegionCode('530100')).toBe('530000');
  });
});
