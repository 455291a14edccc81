import { issuerChain, issuingCommitteeName } from './issuing-committee';

const NAMES = new Map([
  ['000000', '全国'],
  ['530000', '云南省'],
  ['530100', '昆明市'],
  ['530102', '五华区'],
  ['530102010', '西翥街道'],
  ['530102001001', '翠湖西路社区'],
  ['530124', '富民县'],
  ['530181', '安宁市'],
  ['110000', '北京市'],
  ['110100', '市辖区'],
  ['110101', '东城区'],
  ['429000', '省直辖县级行政区划'],
  ['420000', '湖北省'],
  ['429004', '仙桃市'],
]);
const name = (code: string) => issuingCommitteeName(code, NAMES);

describe('the issuing committee of a region', () => {
  it('a street or community is issued for by its county, a district carrying its city', () => {
    expect(name('530102010')).toBe('政协昆明市五华区委员会');
    expect(name('530102001001')).toBe('政协昆明市五华区委员会');
    expect(name('530102')).toBe('政协昆明市五华区委员会');
  });

  it('a county or county-level city stands alone; a city and a province are named as they are', () => {
    expect(name('530124')).toBe('政协富民县委员会');
    expect(name('530181')).toBe('政协安宁市委员会');
    expect(name('530100')).toBe('政协昆明市委员会');
    expect(name('530000')).toBe('政协云南省委员会');
    expect(name('000000')).toBe('中国人民政治协商会议全国委员会');
  });

  it('grouping nodes have no committee: a municipality district carries the municipality', () => {
    expect(name('110101')).toBe('政协北京市东城区委员会');
    expect(name('110100')).toBe('政协北京市委员会');
    expect(name('429004')).toBe('政协仙桃市委员会');
  });

  it('an unknown county falls back to the nearest known level above; nothing known is null', () => {
    expect(name('530199')).toBe('政协昆明市委员会');
    expect(issuingCommitteeName('990101', new Map())).toBe(null);
  });

  it('the chain holds every code to look up', () => {
    expect(issuerChain('530102010')).toEqual(['530102010', '530102', '530100', '530000', '000000']);
  });
});
