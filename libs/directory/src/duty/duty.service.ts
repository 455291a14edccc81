import { Inject, Injectable } from '@nestjs/common';
import { assertInReach, assertInScope, AuditService, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, ROOT_REGION, local } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { MembersRepository } from '../members/members.repository';
import { WorkstationsRepository } from '../workstations/workstations.repository';
import { CreateDutyRuleDto, DutyOccurrence, DutyRuleView, RosterQuery } from './duty.dto';
import { DutyRepository, DutyRuleRow } from './duty.repository';
import { canonicalRule, occurrences, ruleProblem, zonedIso } from './roster';
import { Errors } from '../errors';

const MAX_RANGE_DAYS = 366;
const MAX_OCCURRENCES = 50_000;

@Injectable()
export class DutyService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly duty: DutyRepository,
    private readonly workstations: WorkstationsRepository,
    private readonly members: MembersRepository,
    private readonly audit: AuditService,
  ) {}

  private view(r: DutyRuleRow): DutyRuleView {
    return {
      id: r.id,
      workstationId: r.workstationId,
      memberId: r.memberId,
      memberName: r.memberName,
      rrule: r.rrule,
      startsOn: r.startsOn,
      until: r.until,
      startTime: r.startTime,
      endTime: r.endTime,
      note: r.note,
      createdAt: new Date(r.createdAt).toISOString(),
    };
  }

  async create(p: Principal, workstationId: string, dto: CreateDutyRuleDto): Promise<DutyRuleView> {
    const w = await this.workstations.get(undefined, workstationId);
    if (!w) throw Errors.notFound('WORKSTATION_NOT_FOUND');
    assertInReach(p, w.regionCode, w.id);
    if (w.deletedAt) throw Errors.conflict('WORKSTATION_DELETED');
    if (dto.startTime >= dto.endTime) throw Errors.badInput('INVALID_TIME_RANGE');
    const problem = ruleProblem({ rrule: dto.rrule, startsOn: dto.startsOn, until: dto.until });
    if (problem) throw Errors.badInput('INVALID_RRULE', { problem });
    if (!(await this.members.get(undefined, dto.memberId))) throw Errors.badInput('UNKNOWN_MEMBER');
    if (!(await this.members.isAssigned(undefined, workstationId, dto.memberId)))
      throw Errors.conflict('MEMBER_NOT_ASSIGNED');
    const id = await this.duty.insert(undefined, {
      workstationId,
      memberId: dto.memberId,
      rrule: canonicalRule(dto.rrule),
      startsOn: dto.startsOn,
      until: dto.until ?? null,
      startTime: dto.startTime,
      endTime: dto.endTime,
      note: dto.note ?? null,
    });
    await this.audit.by(p, 'duty.create', { type: 'workstation', id: workstationId }, 'ok', null, {
      ruleId: id,
    });
    return this.view((await this.duty.get(id))!);
  }

  async list(p: Principal, workstationId: string): Promise<{ items: DutyRuleView[]; total: number }> {
    const w = await this.workstations.get(undefined, workstationId);
    if (!w || !inScope(p, w.regionCode)) throw Errors.notFound('WORKSTATION_NOT_FOUND');
    const rows = await this.duty.ofWorkstation(workstationId);
    return { items: rows.map((r) => this.view(r)), total: rows.length };
  }

  async remove(p: Principal, id: string): Promise<void> {
    const r = await this.duty.get(id);
    if (!r) throw Errors.notFound('DUTY_RULE_NOT_FOUND');
    assertInReach(p, r.regionCode, r.workstationId);
    await this.duty.remove(id);
    await this.audit.by(p, 'duty.delete', { type: 'workstation', id: r.workstationId }, 'ok', null, {
      ruleId: id,
    });
  }

  /** Who is on duty where, day by day, in [from, to]. `region` null means the caller's own. */
  async roster(
    p: Principal | undefined,
    q: RosterQuery,
  ): Promise<{ items: DutyOccurrence[]; total: number }> {
    const region = q.region ?? p?.regionCode ?? '000000';
    if (p) assertInScope(p, region);
    const from = new Date(`${q.from}T00:00:00Z`);
    const to = new Date(`${q.to}T00:00:00Z`);
    if (
      Number.isNaN(from.getTime()) ||
      Number.isNaN(to.getTime()) ||
      from.toISOString().slice(0, 10) !== q.from ||
      to.toISOString().slice(0, 10) !== q.to
    )
      throw Errors.badInput('INVALID_DATE');
    if (to < from) throw Errors.badInput('INVALID_RANGE');
    if ((to.getTime() - from.getTime()) / 86400000 >= MAX_RANGE_DAYS)
      throw Errors.badInput('RANGE_TOO_LONG', {
        limit: local(`${MAX_RANGE_DAYS} 天`, `${MAX_RANGE_DAYS} days`),
      });
    const rules = await this.duty.rulesFor({
      region,
      from: q.from,
      to: q.to,
      workstation: q.workstation,
      member: q.member,
    });
    const items = this.expand(rules, q.from, q.to);
    const offset = (q.page - 1) * q.pageSize;
    return { items: items.slice(offset, offset + q.pageSize), total: items.length };
  }

  /**
   * A member's own duty in [from, to] wherever it falls (their desk: the rules name them, so no region
   * scope applies).
   */
  async ofMember(memberId: string, from: string, to: string): Promise<DutyOccurrence[]> {
    const rules = await this.duty.rulesFor({ region: ROOT_REGION, from, to, member: memberId });
    return this.expand(rules, from, to);
  }

  /** The rules' days in [from, to], sorted by day, time and place. */
  private expand(rules: DutyRuleRow[], from: string, to: string): DutyOccurrence[] {
    const tz = this.config.timezone;
    const items: DutyOccurrence[] = [];
    for (const r of rules) {
      if (items.length > MAX_OCCURRENCES) throw Errors.badInput('TOO_MANY_RESULTS');
      for (const date of occurrences({ rrule: r.rrule, startsOn: r.startsOn, until: r.until }, from, to)) {
        items.push({
          date,
          startTime: r.startTime,
          endTime: r.endTime,
          startsAt: zonedIso(date, r.startTime, tz),
          endsAt: zonedIso(date, r.endTime, tz),
          workstation: {
            id: r.workstationId,
            name: r.workstationName,
            regionCode: r.regionCode,
            address: r.workstationAddress,
          },
          member: { id: r.memberId, name: r.memberName, sector: r.memberSector },
          ruleId: r.id,
          note: r.note,
        });
      }
    }
    items.sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? -1
          : 1
        : a.startTime !== b.startTime
          ? a.startTime < b.startTime
            ? -1
            : 1
          : a.workstation.name.localeCompare(b.workstation.name, 'zh'),
    );
    return items;
  }
}
