import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort, MemberSnapshot } from '@xs/contracts';
import { UsersService } from '@xs/identity';
import { APP_CONFIG, regionCovers, SeedRegistry } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { OpinionCategories } from '../categories';

const CONCERNS: [string, string][] = [
  ['城市管理', '背街小巷路灯损坏多日无人维修，夜间出行不安全'],
  ['交通', '早高峰公交班次少，居民等车时间长'],
  ['养老', '社区老年食堂用餐位置不够，希望扩大助餐服务'],
  ['教育', '学校周边上下学时段交通拥堵，存在安全隐患'],
  ['医疗卫生', '社区卫生服务站周末不开诊，老人看病不便'],
  ['环境', '河道沿线垃圾堆积，夏季有异味'],
  ['住房', '老旧小区加装电梯协调难，希望政府给予支持'],
  ['就业', '辖区灵活就业人员希望获得更多技能培训机会'],
  ['民生服务', '菜市场周边占道经营，影响通行'],
];
const LEADERS = ['市委书记', '市长', '市委副书记', '分管副市长', '区委书记', '区长'];

/** Deterministic numbers from a seed string, so the demo data is the same on every start. */
function rng(seed: string): () => number {
  let h = createHash('sha256').update(seed).digest();
  let i = 0;
  return () => {
    if (i + 4 > h.length) {
      h = createHash('sha256').update(h).digest();
      i = 0;
    }
    const v = h.readUInt32BE(i) / 0x100000000;
    i += 4;
    return v;
  };
}

export interface OpinionSeedResult {
  entries: number;
  reports: number;
  issues: number;
}

/**
 * A year of 社情民意 across the demo districts: members on duty record entries at their workstations,
 * some become reports, most submitted reports are adopted into quarterly issues of each district's
 * committee, some get 批示, some are co-signed by a colleague. Workstations and their members come from the
 * directory.
 */
@Injectable()
export class OpinionSeed implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    private readonly registry: SeedRegistry,
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly categories: OpinionCategories,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'opinion.demo', order: 70, run: () => this.run().then(() => undefined) });
  }

  async run(now = new Date(), regions = ['530100', '520100']): Promise<OpinionSeedResult> {
    const done = { entries: 0, reports: 0, issues: 0 };
    if (this.config.nodeEnv === 'production' || !this.directory.workstationIdsInRegion) return done;
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM opinion_entries`);
    if (n > 0) return done;
    const [admin] = await this.users.earliestWithRoles(['admin'], 1);
    if (!admin) return done;
    const known = new Set(this.categories.list());
    const concerns = CONCERNS.filter(([c]) => known.has(c));
    const ws: string[] = [];
    for (const r of regions) ws.push(...(await this.directory.workstationIdsInRegion(r)).slice(0, 60));
    const year = 365 * 86_400_000;
    const issues = new Map<string, string>();
    const issueFor = async (district: string, at: Date): Promise<string> => {
      const y = new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
      const quarter = Math.floor(new Date(at.getTime() + 8 * 3_600_000).getUTCMonth() / 3);
      const key = `${district}:${y}:${quarter}`;
      let id = issues.get(key);
      if (!id) {
        const [{ number }]: { number: number }[] = await this.db.query(
          `INSERT INTO opinion_issue_counters (region_code, year, last_number) VALUES ($1, $2, 1)
           ON CONFLICT (region_code, year) DO UPDATE SET last_number = opinion_issue_counters.last_number + 1
           RETURNING last_number AS number`,
          [district, y],
        );
        const sent = new Date(Math.min(at.getTime() + 20 * 86_400_000, now.getTime() - 86_400_000));
        const rows: { id: string }[] = await this.db.query(
          `INSERT INTO opinion_issues (region_code, year, number, status, send_to, created_by, sent_at, created_at)
           VALUES ($1, $2, $3, 'sent', '["市委、市政府领导"]'::jsonb, $4, $5, $6) RETURNING id`,
          [district, y, number, admin.id, sent, at],
        );
        id = rows[0].id;
        issues.set(key, id);
        done.issues++;
      }
      return id;
    };
    for (const wsId of ws) {
      const w = await this.directory.workstation(wsId);
      const members = await this.directory.members(await this.directory.assignedMemberIds(wsId));
      if (!w || !members.length) continue;
      const r = rng(`opinion:${wsId}`);
      // Co-signers drawn apart, so the rest of the demo stays what it was: the first report of a workstation
      // with colleagues on duty is co-signed, later ones now and then.
      const rc = rng(`opinion:cosign:${wsId}`);
      let cosigned = false;
      // Every place with members on duty shows at least one report: its first member's entry is written up.
      let reported = false;
      const count = 4 + Math.floor(r() * 9);
      for (let k = 0; k < count; k++) {
        const drawn = now.getTime() - Math.floor(r() * year);
        const [category, text] = concerns[Math.floor(r() * concerns.length)];
        const member: MemberSnapshot | null = r() < 0.8 ? members[Math.floor(r() * members.length)] : null;
        // A member records on duty, in the day; a resident's message may come at any hour.
        const at = new Date(member ? duringTheDay(drawn, now.getTime()) : drawn);
        const [{ id: entryId }]: { id: string }[] = await this.db.query(
          `INSERT INTO opinion_entries (workstation_id, region_code, text, category, source, disposition, created_by,
              member_id, created_at)
           VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8) RETURNING id`,
          [
            wsId,
            w.regionCode,
            text,
            category,
            member ? 'staff' : 'resident',
            member?.userId ?? admin.id,
            member?.id ?? null,
            at,
          ],
        );
        done.entries++;
        const writtenUp = r() <= 0.45;
        if (!member || (!writtenUp && reported)) continue;
        reported = true;
        // The member writes it up within a fortnight.
        const submitted = new Date(Math.min(at.getTime() + Math.floor(r() * 14 * 86_400_000), now.getTime()));
        const fate = r();
        const status =
          fate < 0.1 ? 'draft' : fate < 0.22 ? 'returned' : fate < 0.32 ? 'submitted' : 'adopted';
        const adoptedAt =
          status === 'adopted'
            ? new Date(Math.min(submitted.getTime() + 7 * 86_400_000, now.getTime()))
            : null;
        const issueId = adoptedAt ? await issueFor(member.regionCode.slice(0, 6), adoptedAt) : null;
        const [{ id: reportId }]: { id: string }[] = await this.db.query(
          `INSERT INTO opinion_reports (region_code, title, situation, analysis, suggestions, status, author_id,
              author_member_id, author_name, return_comment, issue_id, submitted_at, adopted_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
          [
            member.regionCode,
            `关于${category}问题的建议：${[...text].slice(0, 16).join('')}`,
            `${w.name}值班委员接待群众反映：${text}。`,
            '问题长期存在，涉及部门较多，群众反映强烈。',
            '建议有关部门开展专项调研，限期整改并向群众反馈。',
            status,
            member.userId ?? admin.id,
            member.id,
            member.name,
            status === 'returned' ? '请补充问题的具体范围和涉及人数' : null,
            issueId,
            status === 'draft' ? null : submitted,
            adoptedAt,
            at,
          ],
        );
        await this.db.query(`INSERT INTO opinion_report_entries (report_id, entry_id) VALUES ($1, $2)`, [
          reportId,
          entryId,
        ]);
        await this.db.query(`UPDATE opinion_entries SET disposition = 'reported' WHERE id = $1`, [entryId]);
        done.reports++;
        // A colleague of the author's region serving at the same workstation, as the console allows.
        const colleagues = members.filter(
          (c) => c.id !== member.id && regionCovers(member.regionCode, c.regionCode),
        );
        if (colleagues.length && (!cosigned || rc() < 0.3)) {
          const c = colleagues[Math.floor(rc() * colleagues.length)];
          await this.db.query(
            `INSERT INTO opinion_report_cosigners (report_id, member_id, member_name) VALUES ($1, $2, $3)`,
            [reportId, c.id, c.name],
          );
          cosigned = true;
        }
        if (adoptedAt && r() < 0.35)
          await this.db.query(
            `INSERT INTO opinion_report_instructions (report_id, by_name, text, at, recorded_by)
             VALUES ($1, $2, '请有关部门认真研究，提出解决办法。', $3, $4)`,
            [
              reportId,
              LEADERS[Math.floor(r() * LEADERS.length)],
              new Date(Math.min(adoptedAt.getTime() + 10 * 86_400_000, now.getTime())),
              admin.id,
            ],
          );
      }
    }
    // Issues were opened in the order the random walk met their quarters; within a region's year they
    // take their numbers in the order they came out (第1期 before 第2期), as an office numbers them. The
    // numbers are the seed's own, swapped among its issues (moved clear first: (region, year, number) is
    // unique at every row's update).
    const made = [...issues.values()];
    if (made.length) {
      await this.db.query(`UPDATE opinion_issues SET number = number + 100000 WHERE id = ANY($1::uuid[])`, [
        made,
      ]);
      await this.db.query(
        `WITH mine AS (SELECT id, region_code, year, number - 100000 AS number, created_at
                         FROM opinion_issues WHERE id = ANY($1::uuid[])),
              by_time AS (SELECT id, region_code, year,
                                 row_number() OVER (PARTITION BY region_code, year ORDER BY created_at) AS k FROM mine),
              by_number AS (SELECT region_code, year, number,
                                   row_number() OVER (PARTITION BY region_code, year ORDER BY number) AS k FROM mine)
         UPDATE opinion_issues i SET number = n.number
           FROM by_time t JOIN by_number n USING (region_code, year, k)
          WHERE i.id = t.id`,
        [made],
      );
    }
    return done;
  }
}

/**
 * The same day (Beijing time) as `ms`, moved into 09:00–17:30 by its own minutes (no draw of its own, so
 * the rest of the demo stays as it was), and a day earlier if that would be after `now`.
 */
function duringTheDay(ms: number, now: number): number {
  const DAY = 86_400_000;
  const BEIJING = 8 * 3_600_000;
  const dayStart = Math.floor((ms + BEIJING) / DAY) * DAY - BEIJING;
  const at = dayStart + 9 * 3_600_000 + ((ms - dayStart) % (8.5 * 3_600_000));
  return at > now ? at - DAY : at;
}
