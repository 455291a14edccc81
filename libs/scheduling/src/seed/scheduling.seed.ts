import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { AgendaItem, DirectoryPort, SessionStatus, WorkstationSnapshot } from '@xs/contracts';
import { UsersService } from '@xs/identity';
import { APP_CONFIG, normalizeZh, SeedRegistry } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { Session } from '../sessions/session.entity';
import { Topic, TopicSource } from '../topics/topic.entity';

const TITLES = [
  '老旧小区停车难问题协商',
  '背街小巷环境整治',
  '社区养老服务中心建设',
  '翠湖周边交通微循环',
  '农贸市场提升改造',
  '学校周边上下学交通安全',
  '加装电梯协调推进',
  '社区公共空间微更新',
  '垃圾分类投放点设置',
  '非机动车充电设施建设',
  '盘龙江沿岸步道维护',
  '小区物业服务质量提升',
  '社区卫生服务站就医便利',
  '口袋公园规划',
  '夜间经济与噪音扰民',
  '城中村消防安全隐患整治',
  '少年儿童课后托管服务',
  '残疾人无障碍设施改造',
  '菜市场食品安全监管',
  '公交站点优化调整',
];

const AGENDA: AgendaItem[] = [
  { kind: 'briefing', title: '相关部门通报情况', minutes: 20 },
  { kind: 'questions', title: '群众代表提问', minutes: 40 },
  { kind: 'answers', title: '职能部门解答', minutes: 40 },
  { kind: 'speeches', title: '政协委员发言', minutes: 20 },
];

const DEMO_TOPICS: {
  title: string;
  description: string;
  source: TopicSource;
  regionCode: string;
  status: Topic['status'];
}[] = [
  {
    title: '青云街道老旧小区停车位不足',
    description: '晚上车辆占用消防通道，居民希望协调周边单位错时共享停车位。',
    source: 'resident',
    regionCode: '530102',
    status: 'accepted',
  },
  {
    title: '翠湖片区早晚高峰交通拥堵',
    description: '建议优化信号灯配时并增设非机动车道。',
    source: 'member',
    regionCode: '530102',
    status: 'submitted',
  },
  {
    title: '推进老旧小区加装电梯',
    description: '党政点题：加快既有住宅加装电梯审批与资金补助。',
    source: 'party_government',
    regionCode: '530102',
    status: 'scheduled',
  },
  {
    title: '盘龙江沿岸夜间照明不足',
    description: '步道部分路段照明损坏，夜间散步存在安全隐患。',
    source: 'resident',
    regionCode: '530103',
    status: 'submitted',
  },
  {
    title: '社区食堂运营补贴',
    description: '老年人助餐服务可持续运营需要补贴政策支持。',
    source: 'member',
    regionCode: '530103',
    status: 'accepted',
  },
  {
    title: '農貿市場環境髒亂',
    description: '居民反映菜市场排水不畅、地面湿滑（繁体提交示例）。',
    source: 'resident',
    regionCode: '530102',
    status: 'submitted',
  },
];

/** Demo proposer of seeded topics (not an account: seeded topics are examples). */
const DEMO_PROPOSER = '00000000-0000-4000-8000-00000000d3e0';

const DAY = 86400000;

/** Demo data (order 30): a year of sessions across the demo workstations, and some topics. */
@Injectable()
export class SchedulingSeed implements OnModuleInit {
  private readonly logger = new Logger('seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SeedRegistry,
    private readonly db: DataSource,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'scheduling.demo-sessions', order: 30, run: () => this.run() });
  }

  /** Wall-clock `hh:mm` in the display zone on the day `dayOffset` days from today. */
  private at(dayOffset: number, hh: number, mm: number): Date {
    const shanghaiMidnight = new Date();
    const offsetMs = 8 * 3600000;
    const local = new Date(shanghaiMidnight.getTime() + offsetMs);
    const base = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - offsetMs;
    return new Date(base + dayOffset * DAY + (hh * 60 + mm) * 60000);
  }

  async run(): Promise<void> {
    if (this.config.nodeEnv === 'production') return;
    const [{ n }]: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM sessions`);
    if (Number(n) > 0) return;
    const ids = await this.directory.workstationIdsInRegion('000000');
    const stations = (await Promise.all(ids.map((id) => this.directory.workstation(id)))).filter(
      (w): w is WorkstationSnapshot => !!w && w.status === 'active',
    );
    await this.seedTopics();
    if (!stations.length) {
      this.logger.warn({ msg: 'no demo workstations from the directory: no demo sessions seeded' });
      return;
    }
    const rows: Partial<Session>[] = [];
    const make = (
      i: number,
      ws: WorkstationSnapshot,
      startsAt: Date,
      status: SessionStatus,
      extra: Partial<Session> = {},
    ): Partial<Session> => {
      const title = `${TITLES[i % TITLES.length]}（${ws.name}）`;
      const endsAt = new Date(startsAt.getTime() + 150 * 60000);
      const venueCap = ws.capacity ?? 80;
      const capacity = Math.max(10, Math.min(60, venueCap - 10));
      return {
        title,
        searchNorm: normalizeZh(title),
        description: `围绕“${TITLES[i % TITLES.length]}”，邀请居民代表、政协委员和相关部门面对面协商。`,
        workstationId: ws.id,
        regionCode: ws.regionCode,
        placeName: ws.name,
        placeAddress: ws.address,
        lat: ws.location?.lat ?? null,
        lng: ws.location?.lng ?? null,
        startsAt,
        endsAt,
        bufferMinutes: ws.bufferMinutes ?? 0,
        blockedUntil: new Date(endsAt.getTime() + (ws.bufferMinutes ?? 0) * 60000),
        status,
        format: i % 3 === 0 ? 'hybrid' : 'onsite',
        capacity,
        reservedSeats: Math.min(8, Math.max(0, venueCap - capacity)),
        registrationOpensAt: new Date(startsAt.getTime() - 14 * DAY),
        registrationClosesAt: new Date(startsAt.getTime() - 3600000),
        agenda: AGENDA,
        streamUrl: i % 3 === 0 ? `https://live.example.cn/xieshang/demo-${i}.m3u8` : null,
        onlineAccess: 'signed_in',
        allowAnonymousViewing: i % 3 === 0,
        moderation: i % 2 === 0 ? 'post' : 'pre',
        recorded: status !== 'published' && i % 4 === 0,
        publishedAt: new Date(startsAt.getTime() - 15 * DAY),
        startedAt: ['ended', 'concluded'].includes(status) ? startsAt : null,
        endedAt: ['ended', 'concluded'].includes(status) ? endsAt : null,
        ...extra,
      };
    };
    // ~160 past sessions over the last year: one per slot, slots rotate over workstations.
    for (let i = 0; i < 160; i++) {
      const ws = stations[i % stations.length];
      const day = -365 + Math.floor((i * 360) / 160);
      rows.push(make(i, ws, this.at(day, i % 2 ? 14 : 9, 30), 'ended'));
    }
    // Upcoming, published and open for registration now.
    const upcoming = (start: Date, draft: boolean): Partial<Session> => ({
      registrationOpensAt: new Date(Date.now() - DAY),
      registrationClosesAt: new Date(start.getTime() - 3600000),
      startedAt: null,
      endedAt: null,
      recorded: false,
      publishedAt: draft ? null : new Date(),
    });
    for (let i = 0; i < 36; i++) {
      const ws = stations[i % stations.length];
      const start = this.at(2 + Math.floor((i * 88) / 36), i % 2 ? 14 : 9, 30);
      const draft = i % 6 === 5;
      rows.push(make(i + 7, ws, start, draft ? 'draft' : 'published', upcoming(start, draft)));
    }
    // The places the demo workstation managers run hold a meeting every month, one coming up and one
    // being drafted, so a manager's desk shows a year of work (the rotation above gives a place one or two).
    const managed = await this.managedStations(stations);
    for (const [m, ws] of managed.entries()) {
      for (let k = 0; k < 11; k++) rows.push(make(m + 2 * k, ws, this.at(-335 + 30 * k, 19, 0), 'ended'));
      const next = this.at(9, 19, 0);
      const later = this.at(30, 19, 0);
      rows.push(make(m + 5, ws, next, 'published', upcoming(next, false)));
      rows.push(make(m + 8, ws, later, 'draft', upcoming(later, true)));
    }
    // One that starts a few minutes after start-up and can go live (at a managed place, so its
    // manager can run it too).
    const soon = new Date(Date.now() + 10 * 60000);
    rows.push(
      make(3, managed[0] ?? stations[0], soon, 'published', {
        title: '线上线下同步协商：社区停车难怎么解（演示直播）',
        searchNorm: normalizeZh('线上线下同步协商：社区停车难怎么解（演示直播）'),
        format: 'hybrid',
        streamUrl: 'https://live.example.cn/xieshang/demo-live.m3u8',
        allowAnonymousViewing: true,
        registrationOpensAt: new Date(Date.now() - DAY),
        registrationClosesAt: soon,
        startedAt: null,
        endedAt: null,
        recorded: false,
        publishedAt: new Date(),
      }),
    );
    await this.db.transaction(async (m) => {
      const repo = m.getRepository(Session);
      for (let i = 0; i < rows.length; i += 100) {
        // Each row is checked by the exclusion constraint like any booking; a collision with
        // something the directory seeded differently just drops that one demo row.
        for (const row of rows.slice(i, i + 100)) {
          await m.query('SAVEPOINT demo_row');
          try {
            await repo.insert(repo.create(row));
            await m.query('RELEASE SAVEPOINT demo_row');
          } catch {
            await m.query('ROLLBACK TO SAVEPOINT demo_row');
          }
        }
      }
    });
  }

  /** The active places the demo workstation managers manage, in the order of their accounts. */
  private async managedStations(stations: WorkstationSnapshot[]): Promise<WorkstationSnapshot[]> {
    const ids = (await this.users.accountsNamed(['wh_manager', 'pl_manager'])).flatMap(
      (a) => a.workstationIds,
    );
    return ids.map((id) => stations.find((w) => w.id === id)).filter((w): w is WorkstationSnapshot => !!w);
  }

  private async seedTopics(): Promise<void> {
    const repo = this.db.getRepository(Topic);
    if (await repo.exists({ where: { proposerId: DEMO_PROPOSER } })) return;
    for (const [i, t] of DEMO_TOPICS.entries()) {
      await repo.insert(
        repo.create({
          ...t,
          textNorm: normalizeZh(`${t.title} ${t.description}`),
          proposerId: DEMO_PROPOSER,
          proposerName: ['翠湖居民老杨', '刘洋委员', '五华区委办', '盘龙江边', '冯雪委员', '青云街坊'][i],
          supportCount: 0,
          reviewedAt: t.status === 'submitted' ? null : new Date(),
        }),
      );
    }
  }
}
