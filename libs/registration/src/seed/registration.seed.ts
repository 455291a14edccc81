import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SESSION_LOOKUP } from '@xs/contracts';
import type { SessionLookup, SessionSnapshot } from '@xs/contracts';
import { AccountSummary, UsersService } from '@xs/identity';
import { APP_CONFIG, PiiCipher, SeedRegistry } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { PRIVACY_NOTICE_VERSION } from '../privacy/privacy-notice';
import { newCheckInCode } from '../tickets/tickets';

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = [
  '建国',
  '秀英',
  '桂兰',
  '志强',
  '丽华',
  '海燕',
  '国庆',
  '红梅',
  '德明',
  '玉珍',
  '晓东',
  '春花',
  '永刚',
  '淑芬',
  '文斌',
  '雪梅',
  '家豪',
  '思雨',
  '子涵',
  '浩然',
];
const COMMUNITIES = [
  '翠湖社区',
  '青云社区',
  '华山社区',
  '大观社区',
  '龙翔社区',
  '莲华社区',
  '拓东社区',
  '金星社区',
  '北京路社区',
  '盘江社区',
];
const INTENTS = [
  '小区停车位太少，晚上车停到人行道上',
  '老旧小区加装电梯，低楼层住户有顾虑',
  '菜市场周边占道经营，希望规范又不断了生计',
  '学校门口上下学时段拥堵',
  '社区养老服务站开放时间太短',
  null,
  null,
];

type Row = {
  sessionId: string;
  regionCode: string;
  userId: string | null;
  name: string;
  phone: string | null;
  community: string;
  role: string;
  speakIntent: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  walkIn: boolean;
  checkedIn: boolean;
  code: string;
};

/** A deterministic pseudo-random sequence per session, so re-seeding an empty database gives the same picture. */
function rng(seed: string): () => number {
  let counter = 0;
  return () => {
    const h = createHash('sha256').update(`${seed}:${counter++}`).digest();
    return h.readUInt32BE(0) / 0x1_0000_0000;
  };
}

/**
 * Demo data (order 40): registrations for the demo sessions — attended past sessions with check-ins and
 * walk-ins (duty records of the demo members included), and upcoming ones partly full, some with a
 * waitlist. Skipped in production and for sessions that already have registrations.
 */
@Injectable()
export class RegistrationSeed implements OnModuleInit {
  private readonly logger = new Logger('seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SeedRegistry,
    private readonly db: DataSource,
    private readonly pii: PiiCipher,
    @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'registration.demo', order: 40, run: () => this.run() });
  }

  async run(): Promise<void> {
    if (this.config.nodeEnv === 'production') return;
    // Every past meeting of the demo year (about 200), so its desk and its outcome count the same people.
    const ended = await this.sessions.endedSessionIds(new Date(), 1000);
    const open = await this.sessions.openSessionIds(new Date(), 30);
    // The demo district members, then the earliest residents who can be texted.
    const named = await this.users.accountsNamed(['wh_member', 'pl_member']);
    const people = [
      ...named,
      ...(await this.users.earliestWithRoles(['resident'], 20 - named.length, { withPhone: true })),
    ];
    let registrations = 0;
    let sessions = 0;
    for (const id of [...ended, ...open]) {
      const s = await this.sessions.get(id);
      if (!s || !['published', 'live', 'ended', 'concluded'].includes(s.status)) continue;
      const [{ n }]: { n: number }[] = await this.db.query(
        `SELECT count(*)::int AS n FROM registrations WHERE session_id = $1`,
        [id],
      );
      if (n > 0) continue;
      const rows = this.rowsFor(s, people);
      await this.insert(s, rows);
      registrations += rows.length;
      sessions++;
    }
    if (!ended.length && !open.length) {
      this.logger.warn({ msg: 'no demo sessions offered by scheduling: no demo registrations seeded' });
    }
    this.logger.log({ msg: 'registration demo', sessions, registrations });
  }

  private rowsFor(s: SessionSnapshot, people: AccountSummary[]): Row[] {
    const r = rng(s.id);
    const past = s.status === 'ended' || s.status === 'concluded';
    const codes = new Set<string>();
    const code = () => {
      let c = newCheckInCode();
      while (codes.has(c)) c = newCheckInCode();
      codes.add(c);
      return c;
    };
    const rows: Row[] = [];
    // Upcoming: a third are full with a waitlist, the rest partly booked. Past: mostly full, most came.
    const full = past ? r() < 0.7 : r() < 0.34;
    const confirmed = full ? s.capacity : Math.floor(s.capacity * (0.3 + r() * 0.5));
    const waitlisted = full && !past ? 2 + Math.floor(r() * 5) : 0;
    // The demo accounts register themselves: the member of the session's district always for past
    // sessions (their duty record must show attendance) and sometimes for upcoming ones, plus a few
    // residents picked by the session's own random sequence.
    const member = people.find(
      (p) =>
        (p.username === 'wh_member' && s.regionCode.startsWith('530102')) ||
        (p.username === 'pl_member' && s.regionCode.startsWith('530103')),
    );
    const residents = people.filter((p) => p.roles.includes('resident'));
    const selves: typeof people = member && (past || r() < 0.5) ? [member] : [];
    for (let k = 0, n = Math.floor(r() * 3); k < n && residents.length > 0; k++) {
      const p = residents[Math.floor(r() * residents.length)];
      if (!selves.includes(p)) selves.push(p);
    }
    for (let i = 0; i < confirmed + waitlisted; i++) {
      const self = selves[i] as (typeof people)[number] | undefined;
      const status = i < confirmed ? 'confirmed' : 'waitlisted';
      rows.push({
        sessionId: s.id,
        regionCode: s.regionCode,
        userId: self?.id ?? null,
        name: `${SURNAMES[Math.floor(r() * SURNAMES.length)]}${GIVEN[Math.floor(r() * GIVEN.length)]}`,
        phone: self ? null : `1${3 + Math.floor(r() * 7)}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
        community: COMMUNITIES[Math.floor(r() * COMMUNITIES.length)],
        role: self?.roles.includes('member') ? 'member' : 'resident',
        speakIntent: INTENTS[Math.floor(r() * INTENTS.length)],
        status: !past && status === 'confirmed' && r() < 0.05 ? 'cancelled' : status,
        walkIn: false,
        checkedIn: past && status === 'confirmed' && (self !== undefined || r() < 0.85),
        code: code(),
      });
      if (self) rows[rows.length - 1].phone = self.phoneEnc ? this.pii.decrypt(self.phoneEnc) : null;
    }
    if (past) {
      for (let i = 0, w = Math.floor(r() * 4); i < w; i++) {
        rows.push({
          sessionId: s.id,
          regionCode: s.regionCode,
          userId: null,
          name: `${SURNAMES[Math.floor(r() * SURNAMES.length)]}${GIVEN[Math.floor(r() * GIVEN.length)]}`,
          phone: `1${3 + Math.floor(r() * 7)}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
          community: COMMUNITIES[Math.floor(r() * COMMUNITIES.length)],
          role: 'resident',
          speakIntent: null,
          status: 'confirmed',
          walkIn: true,
          checkedIn: true,
          code: code(),
        });
      }
    }
    // One person per phone per session, like the unique index demands.
    const seen = new Set<string>();
    return rows.filter((x) => !x.phone || (!seen.has(x.phone) && !!seen.add(x.phone)));
  }

  private async insert(s: SessionSnapshot, rows: Row[]): Promise<void> {
    const enc = rows.map((x) => (x.phone ? this.pii.encryptPhone(x.phone) : null));
    const confirmed = rows.filter((x) => x.status === 'confirmed' && !x.walkIn).length;
    const at = new Date(new Date(s.startsAt).getTime() - 7 * 86_400_000);
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO registration_capacity (session_id, capacity, confirmed, waitlisted, session_ends_at)
         VALUES ($1, GREATEST($2::int, $3::int), $3, $4, $5) ON CONFLICT (session_id) DO NOTHING`,
        [
          s.id,
          s.capacity,
          confirmed,
          rows.filter((x) => x.status === 'waitlisted').length,
          s.endedAt ?? s.endsAt,
        ],
      );
      await m.query(
        `INSERT INTO registrations (session_id, region_code, user_id, name, phone_enc, phone_bidx, community, role,
           speak_intent, status, walk_in, privacy_notice_version, consented_at, check_in_code, checked_in_at,
           cancelled_at, created_at)
         SELECT $1, $2, u.user_id, u.name, u.phone_enc, u.phone_bidx, u.community, u.role, u.speak_intent, u.status,
                u.walk_in, $3, $4::timestamptz + u.ord * interval '7 minutes', u.code,
                CASE WHEN u.checked_in THEN $5::timestamptz - interval '20 minutes' + u.ord * interval '10 seconds' END,
                CASE WHEN u.status = 'cancelled' THEN $4::timestamptz + interval '2 days' END,
                $4::timestamptz + u.ord * interval '7 minutes'
           FROM unnest($6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                       $13::text[], $14::boolean[], $15::text[], $16::boolean[])
                WITH ORDINALITY AS u(user_id, name, phone_enc, phone_bidx, community, role, speak_intent, status,
                                     walk_in, code, checked_in, ord)
          ORDER BY u.ord`,
        [
          s.id,
          s.regionCode,
          PRIVACY_NOTICE_VERSION,
          at,
          s.startsAt,
          rows.map((x) => x.userId),
          rows.map((x) => x.name),
          enc.map((e) => e?.enc ?? null),
          enc.map((e) => e?.bidx ?? null),
          rows.map((x) => x.community),
          rows.map((x) => x.role),
          rows.map((x) => x.speakIntent),
          rows.map((x) => x.status),
          rows.map((x) => x.walkIn),
          rows.map((x) => x.code),
          rows.map((x) => x.checkedIn),
        ],
      );
    });
  }
}
