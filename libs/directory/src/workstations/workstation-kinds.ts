/**
 * Kinds of place (docs/domain.md "Places"). 议事凉亭 and 协商长廊, named in the Guiyang report, are added
 * as their own kinds (pavilion, corridor) rather than folded into `other`, so that they can be
 * searched for; the first contract's list is a subset.
 */
export const WORKSTATION_KINDS = {
  member_studio: '委员工作室',
  member_station: '委员工作站',
  consultation_room: '协商议事室',
  member_post: '委员驿站',
  member_home: '委员之家',
  unity_parlor: '同心会客厅',
  forum_square: '议事广场',
  pavilion: '议事凉亭',
  corridor: '协商长廊',
  courtyard: '院坝',
  other: '其他',
} as const;

export type WorkstationKind = keyof typeof WORKSTATION_KINDS;
export const KIND_CODES = Object.keys(WORKSTATION_KINDS) as WorkstationKind[];

/** Extra spellings accepted in imports (traditional characters are handled by normalizeZh). */
const KIND_ALIASES: Record<string, WorkstationKind> = {
  院坝协商: 'courtyard',
  议事亭: 'pavilion',
  凉亭: 'pavilion',
  长廊: 'corridor',
};

/** A kind from its code or its Chinese name (already normalised to simplified), else undefined. */
export function parseKind(raw: string): WorkstationKind | undefined {
  const s = raw.trim();
  const lower = s.toLowerCase();
  if ((KIND_CODES as string[]).includes(lower)) return lower as WorkstationKind;
  for (const [code, name] of Object.entries(WORKSTATION_KINDS))
    if (name === s) return code as WorkstationKind;
  return KIND_ALIASES[s];
}

export const MEMBER_LEVELS = { national: '全国', provincial: '省级', city: '市级', county: '县级' } as const;
export type MemberLevel = keyof typeof MEMBER_LEVELS;
export const LEVEL_CODES = Object.keys(MEMBER_LEVELS) as MemberLevel[];

export function parseLevel(raw: string): MemberLevel | undefined {
  const s = raw.trim();
  if ((LEVEL_CODES as string[]).includes(s.toLowerCase())) return s.toLowerCase() as MemberLevel;
  const alias: Record<string, MemberLevel> = {
    全国: 'national',
    全国政协: 'national',
    省级: 'provincial',
    省: 'provincial',
    省政协: 'provincial',
    市级: 'city',
    市: 'city',
    市政协: 'city',
    县级: 'county',
    县: 'county',
    区县: 'county',
    区: 'county',
    县政协: 'county',
    区政协: 'county',
  };
  return alias[s];
}

/** Roles in a workstation's staff. */
export const ASSIGNMENT_ROLES = {
  convener: '召集人',
  deputy: '副召集人',
  liaison: '联络员',
  member: '成员',
} as const;
export type AssignmentRole = keyof typeof ASSIGNMENT_ROLES;
