import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '@xs/identity';
import { APP_CONFIG, normalizeZh, PiiCipher, regionLikePattern, SeedRegistry } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { wgs84ToGcj02 } from '../geo/coords';
import type { OpeningHours } from '../hours/opening-hours';
import { bulkInsert, pgArray } from '../import/bulk-writes.repository';
import { nameGrams } from '../members/members.repository';
import { SectorCatalog } from '../sectors/sectors';
import { WORKSTATION_KINDS } from '../workstations/workstation-kinds';
import type { WorkstationKind } from '../workstations/workstation-kinds';
import {
  DEMO_CITIES,
  DEMO_COUNTIES,
  DEMO_STREETS,
  DEPARTMENTS,
  GIVEN,
  PARTIES,
  PLACE_WORDS,
  prng,
  ROADS,
  SURNAMES,
} from './demo-data';

export const DEMO_MEMBER_COUNT = 2000;

/** 界别 that are a party: their members belong to it. */
const PARTY_SECTORS = new Set(['中国共产党', ...PARTIES]);

const KIND_WEIGHTS: [WorkstationKind, number][] = [
  ['member_studio', 40],
  ['member_station', 12],
  ['consultation_room', 14],
  ['member_post', 8],
  ['member_home', 8],
  ['unity_parlor', 5],
  ['forum_square', 4],
  ['pavilion', 2],
  ['corridor', 2],
  ['courtyard', 5],
];

/** 第二, 第三 …: how a second place of a kind in one street is named. */
const ORDINALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const STANDARD_HOURS: OpeningHours = {
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
  },
  exceptions: [
    { date: '2026-10-01', closed: true, note: '国庆节' },
    { date: '2026-10-02', closed: true, note: '国庆节' },
    { date: '2026-10-03', closed: true, note: '国庆节' },
  ],
};

/**
 * Demo directory (order 20): ~250 places of every kind across Kunming, Guiyang and Yingtan with
 * GCJ-02 coordinates, 2,000 members with generated names and encrypted phones, departments,
 * assignments (a convener each) and duty rules (Songming keeps its 22nd-of-even-months 走访日).
 * Deterministic, bulk-inserted in one transaction, skipped in production and when already present.
 */
@Injectable()
export class DirectorySeed implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SeedRegistry,
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
    private readonly sectors: SectorCatalog,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'directory.demo',
      order: 20,
      run: async () => {
        await this.run();
        await this.demoManagers();
      },
    });
  }

  /**
   * The demo workstation managers manage the oldest active demo place of their region (their scope):
   * the county's 综合委员工作室, named in their display names. The scheduling seed gives it a full year.
   */
  private async demoManagers(): Promise<void> {
    if (this.config.nodeEnv === 'production') return;
    for (const manager of await this.users.accountsNamed(['wh_manager', 'pl_manager'])) {
      if (!manager.regionCode) continue;
      const rows: { id: string }[] = await this.db.query(
        `SELECT id FROM workstations WHERE code LIKE 'DEMO-%' AND region_code LIKE $1 AND status = 'active'
          AND deleted_at IS NULL ORDER BY code LIMIT 1`,
        [regionLikePattern(manager.regionCode)],
      );
      if (rows.length) await this.users.grantDemoWorkstations(manager.id, [rows[0].id]);
    }
  }

  async run(): Promise<{ workstations: number; members: number }> {
    if (this.config.nodeEnv === 'production') return { workstations: 0, members: 0 };
    const existing: { n: string }[] = await this.db.query(
      `SELECT count(*) AS n FROM workstations WHERE code LIKE 'DEMO-%'`,
    );
    if (Number(existing[0].n) > 0) return { workstations: 0, members: 0 };
    const rnd = prng(20260522);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const sectors = this.sectors.list();
    const totalWeight = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    const kindOf = (): WorkstationKind => {
      let x = rnd() * totalWeight;
      for (const [k, w] of KIND_WEIGHTS) if ((x -= w) < 0) return k;
      return 'member_studio';
    };

    return this.db.transaction(async (m) => {
      // Departments per county and city.
      const deptRows: unknown[][] = [];
      for (const c of [...DEMO_CITIES, ...DEMO_COUNTIES])
        for (const d of DEPARTMENTS) deptRows.push([`${c.name}${d}`, normalizeZh(`${c.name}${d}`), c.code]);
      await bulkInsert(
        m,
        'departments',
        [
          ['name', 'varchar'],
          ['name_norm', 'varchar'],
          ['region_code', 'varchar'],
        ],
        deptRows,
      );

      // Workstations.
      type Ws = {
        county: (typeof DEMO_COUNTIES)[number];
        kind: WorkstationKind;
        region: string;
        active: boolean;
      };
      const wsMeta: Ws[] = [];
      const wsRows: unknown[][] = [];
      const usedNames = new Set<string>();
      let seq = 0;
      for (const county of DEMO_COUNTIES) {
        for (let i = 0; i < county.workstations; i++) {
          const kind = i === 0 ? 'member_studio' : kindOf();
          const streets = DEMO_STREETS[county.code];
          const [region, place] =
            streets && rnd() < 0.8 ? pick(streets) : [county.code, `${pick(PLACE_WORDS)}社区`];
          const sector = kind === 'member_studio' && rnd() < 0.35 ? pick(sectors) : null;
          const base = `${place}${sector ? sector : ''}`;
          let name = i === 0 ? `${county.name}综合委员工作室` : `${base}${WORKSTATION_KINDS[kind]}`;
          // A second place of the same kind in the street is numbered as such places are: 第二委员驿站.
          for (let k = 2; usedNames.has(`${region}|${name}`); k++)
            name = `${base}第${ORDINALS[k] ?? k}${WORKSTATION_KINDS[kind]}`;
          usedNames.add(`${region}|${name}`);
          const angle = rnd() * 2 * Math.PI;
          const dist = Math.sqrt(rnd()) * county.spreadKm;
          const wgs = {
            lat: county.lat + (dist * Math.cos(angle)) / 111.2,
            lng: county.lng + (dist * Math.sin(angle)) / (111.2 * Math.cos((county.lat * Math.PI) / 180)),
          };
          const g = wgs84ToGcj02(wgs);
          const address = `${county.city}${county.name}${pick(ROADS)}${1 + Math.floor(rnd() * 300)}号`;
          const phone = this.pii.encryptPhone(
            `0871${String(60000000 + Math.floor(rnd() * 9999999))}`.slice(0, 12),
          );
          seq++;
          wsRows.push([
            `DEMO-${county.code}-${String(i + 1).padStart(3, '0')}`,
            name,
            normalizeZh(`${name} ${address}`),
            kind,
            region,
            address,
            Number(g.lat.toFixed(6)),
            Number(g.lng.toFixed(6)),
            'GCJ02',
            wgs.lat,
            wgs.lng,
            sector,
            kind === 'forum_square' || kind === 'courtyard' || kind === 'pavilion'
              ? null
              : JSON.stringify(STANDARD_HOURS),
            kind === 'forum_square' ? 200 : 20 + Math.floor(rnd() * 60),
            phone.enc,
            phone.bidx,
            seq % 41 === 0 ? 'suspended' : 'active',
          ]);
          wsMeta.push({ county, kind, region, active: seq % 41 !== 0 });
        }
      }
      const wsIds = await bulkInsert(
        m,
        'workstations',
        [
          ['code', 'varchar'],
          ['name', 'varchar'],
          ['name_norm', 'text'],
          ['kind', 'varchar'],
          ['region_code', 'varchar'],
          ['address', 'varchar'],
          ['lat', 'float8'],
          ['lng', 'float8'],
          ['crs', 'varchar'],
          ['wgs_lat', 'float8'],
          ['wgs_lng', 'float8'],
          ['sector', 'varchar'],
          ['opening_hours', 'jsonb'],
          ['capacity', 'int4'],
          ['contact_phone_enc', 'varchar'],
          ['contact_phone_bidx', 'varchar'],
          ['status', 'varchar'],
        ],
        wsRows,
      );

      // Members: mostly county members of each county, some city, a few provincial and national.
      const demoUsers = await this.users.accountsNamed(['wh_member', 'pl_member']);
      const memRows: unknown[][] = [];
      const memRegion: string[] = [];
      const weights = DEMO_COUNTIES.map((c) => c.workstations);
      const wsum = weights.reduce((a, b) => a + b, 0);
      const usedPhones = new Set<string>();
      for (let i = 0; i < DEMO_MEMBER_COUNT; i++) {
        let x = rnd() * wsum;
        let county = DEMO_COUNTIES[0];
        for (const [ci, w] of weights.entries())
          if ((x -= w) < 0) {
            county = DEMO_COUNTIES[ci];
            break;
          }
        const r = rnd();
        const level = r < 0.7 ? 'county' : r < 0.95 ? 'city' : r < 0.99 ? 'provincial' : 'national';
        const region =
          level === 'county' ? county.code : DEMO_CITIES.find((c) => c.name === county.city)!.code;
        const name = `${pick(SURNAMES)}${pick(GIVEN)}${rnd() < 0.6 ? pick(GIVEN) : ''}`;
        let phone: string;
        do
          phone = `1${pick(['38', '39', '37', '58', '59', '86', '88'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
        while (usedPhones.has(phone) || phone.startsWith('138000000'));
        usedPhones.add(phone);
        const enc = this.pii.encryptPhone(phone);
        const user = i < demoUsers.length ? demoUsers[i] : undefined;
        const memberName = user ? user.displayName.replace(/^.*委员\s*/, '') : name;
        const memberRegion = user?.regionCode ?? region;
        const sector = pick(sectors);
        const someParty = rnd() < 0.35 ? pick(PARTIES) : null;
        memRows.push([
          `DEMO-M-${String(i + 1).padStart(4, '0')}`,
          memberName,
          normalizeZh(memberName),
          pgArray(nameGrams(normalizeZh(memberName))),
          user ? 'county' : level,
          sector,
          memberRegion,
          // A member of a party's 界别 belongs to that party (not 九三学社 in the 中国农工民主党 界别).
          PARTY_SECTORS.has(sector) ? sector : someParty,
          enc.enc,
          enc.bidx,
          user?.id ?? null,
        ]);
        memRegion.push(memberRegion);
      }
      const memIds = await bulkInsert(
        m,
        'members',
        [
          ['code', 'varchar'],
          ['name', 'varchar'],
          ['name_norm', 'varchar'],
          ['name_grams', 'text[]'],
          ['level', 'varchar'],
          ['sector', 'varchar'],
          ['region_code', 'varchar'],
          ['party', 'varchar'],
          ['phone_enc', 'varchar'],
          ['phone_bidx', 'varchar'],
          ['user_id', 'uuid'],
        ],
        memRows,
      );

      // Assignments: 3–8 members of the county (or city members of the same city) per place.
      const byRegion = new Map<string, string[]>();
      memIds.forEach((id, i) => byRegion.set(memRegion[i], [...(byRegion.get(memRegion[i]) ?? []), id]));
      const asWs: string[] = [];
      const asMem: string[] = [];
      const asRole: string[] = [];
      const dutyRows: unknown[][] = [];
      wsIds.forEach((wsId, wi) => {
        const meta = wsMeta[wi];
        const cityCode = DEMO_CITIES.find((c) => c.name === meta.county.city)!.code;
        const pool = [
          ...(byRegion.get(meta.county.code) ?? []),
          ...(byRegion.get(cityCode) ?? []).slice(0, 40),
        ];
        const want = 3 + Math.floor(rnd() * 6);
        const chosen = new Set<string>();
        while (chosen.size < Math.min(want, pool.length)) chosen.add(pick(pool));
        [...chosen].forEach((mid, k) => {
          asWs.push(wsId);
          asMem.push(mid);
          asRole.push(k === 0 ? 'convener' : k === 1 && rnd() < 0.5 ? 'liaison' : 'member');
        });
        const convener = [...chosen][0];
        if (!convener) return;
        if (meta.county.code === '530127') {
          dutyRows.push([
            wsId,
            convener,
            'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22',
            '2026-01-01',
            null,
            '09:00',
            '12:00',
            '委员走访日',
          ]);
        } else if (rnd() < 0.45) {
          const day = pick(['MO', 'TU', 'WE', 'TH', 'FR']);
          dutyRows.push([
            wsId,
            convener,
            `FREQ=WEEKLY;BYDAY=${day}`,
            '2026-01-05',
            null,
            '09:00',
            '11:30',
            '委员接待日',
          ]);
        }
      });
      // The demo member accounts have a desk to show: a seat at their county's first place (the one the
      // demo manager of the county manages, DEMO-<county>-001) and a weekly reception duty there.
      demoUsers.forEach((u, i) => {
        const wi = wsMeta.findIndex((w) => w.county.code === memRegion[i] && w.active);
        if (wi < 0 || !u.regionCode) return;
        if (!asWs.some((w, k) => w === wsIds[wi] && asMem[k] === memIds[i])) {
          asWs.push(wsIds[wi]);
          asMem.push(memIds[i]);
          asRole.push('member');
        }
        dutyRows.push([
          wsIds[wi],
          memIds[i],
          'FREQ=WEEKLY;BYDAY=WE',
          '2026-01-07',
          null,
          '14:30',
          '17:00',
          '委员接待日',
        ]);
      });
      await m.query(
        `INSERT INTO workstation_members (workstation_id, member_id, role)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[])`,
        [asWs, asMem, asRole],
      );
      await m.query(
        `INSERT INTO duty_rules (workstation_id, member_id, rrule, starts_on, until, start_time, end_time, note)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::date[], $5::date[], $6::varchar[], $7::varchar[], $8::varchar[])`,
        [0, 1, 2, 3, 4, 5, 6, 7].map((c) => dutyRows.map((r) => r[c])),
      );
      return { workstations: wsIds.length, members: memIds.length };
    });
  }
}
