import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DepartmentSnapshot, OutcomePublishedEvent } from '@xs/contracts';
import { AccountSummary, UsersService } from '@xs/identity';
import { APP_CONFIG, DomainEvents, SeedRegistry } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ContextPorts } from '../outcomes/context-ports';

const CONSENSUS = [
  '在小区周边增设错时共享停车位，优先满足老旧小区居民夜间停车需求',
  '由街道牵头建立业主、物业、社区三方议事机制，每季度召开一次',
  '对背街小巷照明和无障碍设施开展一次全面排查，建立问题清单',
  '发挥委员工作室作用，持续跟踪建议办理情况并向居民反馈',
  '推动社区食堂与养老服务中心资源共享，扩大助餐服务覆盖面',
];
const SUGGESTIONS = [
  '建议将学校周边道路在上下学时段设为临时停车区，并增派交通协管员',
  '建议对老旧小区加装电梯给予财政补贴，简化审批流程',
  '建议在社区增设垃圾分类督导员岗位，提高分类准确率',
  '建议延长社区卫生服务中心周末门诊时间',
  '建议在菜市场周边规划非机动车集中停放点',
  '建议对河道沿线步道增设照明和安全护栏',
  '建议开设面向老年人的智能手机使用培训班',
  '建议公交线路调整前充分征求沿线居民意见',
];
const REPLIES = [
  '经研究，已于本月完成现场勘查，相关设施已纳入年度实施计划，预计年内完工。',
  '该建议已采纳，我局已会同街道办事处制定工作方案，分三期推进。',
  '感谢委员和群众的关心，相关工作正在推进中，将定期通报进展。',
  '经调研，受用地条件限制，暂无法全部实施，已先行试点并作出说明。',
];

/** Deterministic pseudo-random numbers from a seed string, so demo data is the same on every start. */
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

/**
 * Demo outcomes for the past demo sessions: most published, suggestions in every state with replies,
 * countersigns and ratings, so the statistics look like a real year (Kunming 2024: 160 sessions,
 * 431 suggestions adopted). Sessions come from SESSION_LOOKUP.endedSessionIds, departments from the directory.
 */
@Injectable()
export class OutcomesSeed implements OnModuleInit {
  private readonly logger = new Logger('seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SeedRegistry,
    private readonly db: DataSource,
    private readonly ports: ContextPorts,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'outcomes.demo', order: 60, run: () => this.run() });
  }

  async run(): Promise<void> {
    if (this.config.nodeEnv === 'production') return;
    await this.linkDemoHandlers();
    const ids = await this.ports.endedSessionIds(new Date(), 1000);
    // Sessions with an outcome already written are left alone; 'pending' rows (ended, nothing written) are filled.
    const known = new Set(
      (
        await this.db.query<{ sessionId: string }[]>(
          `SELECT session_id AS "sessionId" FROM session_outcomes WHERE session_id = ANY($1::uuid[]) AND status <> 'pending'`,
          [ids],
        )
      ).map((r) => r.sessionId),
    );
    const raters = await this.users.earliestWithRoles(['resident', 'member'], 40);
    const deptCache = new Map<string, DepartmentSnapshot[]>();
    let outcomes = 0;
    let suggestions = 0;
    for (const id of ids) {
      if (known.has(id)) continue;
      const s = await this.ports.sessionOrNull(id);
      if (!s) continue;
      const r = rng(id);
      const a = await this.ports.attendance(id);
      const onsite = a.onsite || 20 + Math.floor(r() * 60);
      const online =
        s.format === 'onsite'
          ? { u: a.onlineUnique, p: a.onlinePeak }
          : {
              u: a.onlineUnique || 200 + Math.floor(r() * 3000),
              p: a.onlinePeak || 50 + Math.floor(r() * 800),
            };
      const published = r() < 0.85;
      const consensus = CONSENSUS.filter(() => r() < 0.5).slice(0, 3);
      await this.db.query(
        `INSERT INTO session_outcomes (session_id, region_code, workstation_id, organiser_id, session_title, session_starts_at,
            session_ended_at, status, summary, consensus, registered_count, onsite_count, online_unique, online_peak,
            attendance_at, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $7, $15)
         ON CONFLICT (session_id) DO UPDATE SET status = EXCLUDED.status, summary = EXCLUDED.summary,
           consensus = EXCLUDED.consensus, registered_count = EXCLUDED.registered_count,
           onsite_count = EXCLUDED.onsite_count, online_unique = EXCLUDED.online_unique,
           online_peak = EXCLUDED.online_peak, attendance_at = EXCLUDED.attendance_at, published_at = EXCLUDED.published_at
         WHERE session_outcomes.status = 'pending'`,
        [
          s.id,
          s.regionCode,
          s.workstationId,
          s.organiserId,
          s.title.slice(0, 300),
          s.startsAt,
          s.endedAt ?? s.endsAt,
          published ? 'published' : 'draft',
          `${s.title}于${s.startsAt.toISOString().slice(0, 10)}召开。与会居民、政协委员和相关部门代表围绕议题充分协商，形成共识如下。`,
          JSON.stringify(consensus.length ? consensus : [CONSENSUS[0]]),
          Math.max(a.registered, onsite),
          onsite,
          online.u,
          online.p,
          published ? new Date(s.startsAt.getTime() + 7 * 86400000) : null,
        ],
      );
      outcomes++;
      const region = s.regionCode.slice(0, 6);
      if (!deptCache.has(region))
        deptCache.set(region, await this.ports.departmentsInRegion(region).catch(() => []));
      const depts = deptCache.get(region)!;
      const n = 1 + Math.floor(r() * 4);
      const seeded: { id: string; status: string }[] = [];
      for (let k = 0; k < n; k++) {
        suggestions++;
        seeded.push(await this.seedSuggestion(s, k, r, depts, raters, published));
      }
      // As a real publication does: the session is concluded (已形成成果), not left 'ended' with an
      // 办结 button beside an outcome that is already public.
      if (published) {
        const event: OutcomePublishedEvent = {
          type: 'outcome.published',
          sessionId: s.id,
          regionCode: s.regionCode,
          suggestionIds: seeded.filter((x) => x.status !== 'rejected').map((x) => x.id),
          // The day it was published in the demo's past: no notice goes out about it now.
          publishedAt: new Date(s.startsAt.getTime() + 7 * 86400000).toISOString(),
        };
        this.events.publish(event);
      }
    }
    await this.events.drain();
    this.logger.log({ msg: 'outcomes demo', outcomes, suggestions });
  }

  /** The demo handlers (住建局 of 五华区, 交通运输局 of 盘龙区) work in their departments, so their desks are not empty. */
  private async linkDemoHandlers(): Promise<void> {
    for (const [username, region, department] of [
      ['wh_handler', '530102', '住房和城乡建设局'],
      ['pl_handler', '530103', '交通运输局'],
    ]) {
      const found = (await this.ports.departmentsInRegion(region).catch(() => [])).find((d) =>
        d.name.endsWith(department),
      );
      if (found) await this.users.setDepartmentIfUnset(username, found.id);
    }
  }

  private async seedSuggestion(
    s: { id: string; regionCode: string; title: string; startsAt: Date; organiserId: string | null },
    k: number,
    r: () => number,
    depts: DepartmentSnapshot[],
    raters: AccountSummary[],
    published: boolean,
  ): Promise<{ id: string; status: string }> {
    const x = r();
    // Most suggestions of a past year are answered and adopted; a few are still open, late or declined.
    const status = !published
      ? x < 0.5
        ? 'draft'
        : 'assigned'
      : x < 0.55
        ? 'completed'
        : x < 0.8
          ? 'replied'
          : x < 0.9
            ? 'assigned'
            : x < 0.95
              ? 'draft'
              : 'rejected';
    const day = 86400000;
    const created = new Date(s.startsAt.getTime() + day);
    const assigned =
      status === 'draft' || (status === 'rejected' && r() < 0.5)
        ? null
        : new Date(created.getTime() + 2 * day);
    const due = assigned ? new Date(assigned.getTime() + (30 + Math.floor(r() * 60)) * day) : null;
    const replied =
      status === 'replied' || status === 'completed'
        ? new Date(assigned!.getTime() + Math.floor(r() * 40) * day)
        : null;
    const completed = status === 'completed' ? new Date(replied!.getTime() + 10 * day) : null;
    const grade = replied ? (r() < 0.6 ? 'A' : r() < 0.7 ? 'B' : 'C') : null;
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO suggestions (session_id, region_code, session_title, session_starts_at, organiser_id, content, status,
          due_at, created_by, created_at, assigned_at, replied_at, completed_at, rejected_at, reject_reason,
          reply_grade, reply_content, reply_adopted, reply_submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($5, gen_random_uuid()), $9, $10, $11, $12, $13, $14, $15, $16, $17, $11)
       RETURNING id`,
      [
        s.id,
        s.regionCode,
        s.title.slice(0, 300),
        s.startsAt,
        s.organiserId,
        SUGGESTIONS[(k + Math.floor(r() * SUGGESTIONS.length)) % SUGGESTIONS.length],
        status,
        due,
        created,
        assigned,
        replied,
        completed,
        status === 'rejected' ? new Date(created.getTime() + 3 * day) : null,
        status === 'rejected' ? '经协商，该事项不属于本级职权范围，已转有关方面研究' : null,
        grade,
        replied ? REPLIES[Math.floor(r() * REPLIES.length)] : null,
        replied ? r() < 0.85 : null,
      ],
    );
    const id = rows[0].id;
    const picked = depts.length
      ? [...depts].sort(() => r() - 0.5).slice(0, 1 + Math.floor(r() * Math.min(3, depts.length)))
      : [];
    if (picked.length)
      await this.db.query(
        `INSERT INTO suggestion_departments (suggestion_id, department_id, role, department_name, countersigned_at)
         SELECT $1, d.id, CASE WHEN d.ord = 1 THEN 'lead' ELSE 'co' END, d.name,
                CASE WHEN d.ord > 1 AND $4::timestamptz IS NOT NULL THEN $4::timestamptz END
           FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS d(id, name, ord)`,
        [id, picked.map((d) => d.id), picked.map((d) => d.name), replied],
      );
    // Who did each step, as 办理经过 names them: the organisers, and the lead department for its reply.
    const organisers = '组织方（演示）';
    const lead = picked[0]?.name ?? '承办单位（演示）';
    const chain: [string | null, string, Date | null, string][] = [[null, 'draft', created, organisers]];
    if (assigned) chain.push(['draft', 'assigned', assigned, organisers]);
    if (replied) chain.push(['assigned', 'replied', replied, lead]);
    if (completed) chain.push(['replied', 'completed', completed, organisers]);
    if (status === 'rejected')
      chain.push([
        assigned ? 'assigned' : 'draft',
        'rejected',
        new Date(created.getTime() + 3 * day),
        organisers,
      ]);
    await this.db.query(
      `INSERT INTO suggestion_transitions (suggestion_id, from_status, to_status, actor_name, at)
       SELECT $1, t.f, t.t, t.actor, t.at FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::text[]) AS t(f, t, at, actor)`,
      [id, chain.map((c) => c[0]), chain.map((c) => c[1]), chain.map((c) => c[2]), chain.map((c) => c[3])],
    );
    if (replied && raters.length) {
      const who = raters.filter(() => r() < 0.3).slice(0, 8);
      if (who.length)
        await this.db.query(
          `INSERT INTO suggestion_ratings (suggestion_id, user_id, rating, created_at)
           SELECT $1, u.id, u.rating, $4 FROM unnest($2::uuid[], $3::text[]) AS u(id, rating) ON CONFLICT DO NOTHING`,
          [
            id,
            who.map((u) => u.id),
            who.map(() => (r() < 0.7 ? 'satisfied' : r() < 0.75 ? 'basically_satisfied' : 'unsatisfied')),
            replied,
          ],
        );
      await this.db.query(
        `UPDATE suggestions s SET
           rated_satisfied = (SELECT count(*) FROM suggestion_ratings r WHERE r.suggestion_id = s.id AND r.rating = 'satisfied'),
           rated_basically = (SELECT count(*) FROM suggestion_ratings r WHERE r.suggestion_id = s.id AND r.rating = 'basically_satisfied'),
           rated_unsatisfied = (SELECT count(*) FROM suggestion_ratings r WHERE r.suggestion_id = s.id AND r.rating = 'unsatisfied')
         WHERE s.id = $1`,
        [id],
      );
    }
    return { id, status };
  }
}
