import { normalizeZh } from '@xs/platform';
import { parseKind, parseLevel, WORKSTATION_KINDS } from './workstation-kinds';

describe('workstation kinds', () => {
  it('includes every kind of the first contract (docs/api.md) with its Chinese name', () => {
    expect(WORKSTATION_KINDS).toMatchObject({
      member_studio: '委员工作室',
      member_station: '委员工作站',
      consultation_room: '协商议事室',
      member_post: '委员驿站',
      member_home: '委员之家',
      unity_parlor: '同心会客厅',
      forum_square: '议事广场',
      courtyard: '院坝',
      other: '其他',
    });
  });

  it('parses codes, Chinese names and (after normalisation) traditional characters', () => {
    expect(parseKind('member_studio')).toBe('member_studio');
    expect(parseKind('MEMBER_STUDIO')).toBe('member_studio');
    expect(parseKind('委员工作室')).toBe('member_studio');
    expect(parseKind(normalizeZh('委員工作室'))).toBe('member_studio');
    expect(parseKind('议事凉亭')).toBe('pavilion');
    expect(parseKind('协商长廊')).toBe('corridor');
    expect(parseKind('院坝协商')).toBe('courtyard');
    expect(parseKind('会议室')).toBeUndefined();
  });

  it('parses member levels in Chinese and as codes', () => {
    expect(parseLevel('市级')).toBe('city');
    expect(parseLevel('区政协')).toBe('county');
    expect(parseLevel('national')).toBe('national');
    expect(parseLevel('乡级')).toBeUndefined();
  });
});
