import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertInReach, assertInScope, AuditService, canReadPii, inScope, UsersService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  APP_CONFIG,
  Page,
  pageOffset,
  PiiCipher,
  regionCovers,
  uniqueViolationOf,
  local,
} from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { DutyService } from '../duty/duty.service';
import { lockForSingleWrite } from '../import/bulk-writes.repository';
import { RegionsRepository } from '../regions/regions.repository';
import { SectorCatalog } from '../sectors/sectors';
import { WorkstationsRepository } from '../workstations/workstations.repository';
import { ASSIGNMENT_ROLES, MEMBER_LEVELS, WORKSTATION_KINDS } from '../workstations/workstation-kinds';
import type { AssignmentRole, MemberLevel, WorkstationKind } from '../workstations/workstation-kinds';
import type { MemberLookupResponse, MyMemberResponse } from './members.responses';
import {
  AssignmentView,
  CreateMemberDto,
  ListMembersQuery,
  MemberLookupQuery,
  MemberView,
  PutWorkstationMembersDto,
  UpdateMemberDto,
} from './members.dto';
import { MemberRow, MembersRepository, MemberWrite } from './members.repository';
import { Errors } from '../errors';

/** How far ahead a member's desk shows their duty: eight weeks. */
const MY_DUTY_DAYS = 56;

@Injectable()
export class MembersService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MembersRepository,
    private readonly workstations: WorkstationsRepository,
    private readonly regions: RegionsRepository,
    private readonly sectors: SectorCatalog,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly duty: DutyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  view(p: Principal, r: MemberRow): MemberView {
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      level: r.level,
      levelName: MEMBER_LEVELS[r.level as MemberLevel] ?? r.level,
      sector: r.sector,
      regionCode: r.regionCode,
      regionName: r.regionName,
      party: r.party,
      phone: this.pii.reveal(r.phoneEnc, canReadPii(p)),
      userId: r.userId,
      createdAt: new Date(r.createdAt).toISOString(),
    };
  }

  /** Validates what a create, update or import row sets (regions are checked by the caller). */
  prepareSync(input: {
    name: string;
    level: string;
    sector?: string | null;
    regionCode: string;
    party?: string | null;
    phone?: string | null;
    userId?: string | null;
    code?: string | null;
  }): MemberWrite {
    const name = input.name.trim();
    if (!name)
      throw Errors.badInput(
        'VALIDATION_FAILED',
        { problems: local('姓名不能为空', 'the name cannot be empty') },
        { field: 'name' },
      );
    let sector: string | null = null;
    if (input.sector) {
      const s = this.sectors.resolve(input.sector);
      if (!s)
        throw Errors.badInput(
          'UNKNOWN_SECTOR',
          { sector: input.sector },
          {
            field: 'sector',
          },
        );
      sector = s;
    }
    const phone = input.phone ? this.pii.encryptPhone(input.phone) : null;
    return {
      code: input.code?.trim() || null,
      name,
      level: input.level,
      sector,
      regionCode: input.regionCode,
      party: input.party?.trim() || null,
      phoneEnc: phone?.enc ?? null,
      phoneBidx: phone?.bidx ?? null,
      userId: input.userId ?? null,
    };
  }

  private rethrow(e: unknown): never {
    const known: Record<string, 'MEMBER_PHONE_TAKEN' | 'MEMBER_USER_TAKEN' | 'MEMBER_CODE_TAKEN'> = {
      UQ_members_phone_bidx: 'MEMBER_PHONE_TAKEN',
      UQ_members_user: 'MEMBER_USER_TAKEN',
      UQ_members_code: 'MEMBER_CODE_TAKEN',
    };
    const hit = known[uniqueViolationOf(e) ?? ''];
    if (hit) throw Errors.conflict(hit);
    throw e;
  }

  private async assertUser(userId: string | null | undefined): Promise<void> {
    if (!userId) return;
    if (!(await this.users.staffAccountExists(userId))) throw Errors.badInput('UNKNOWN_USER');
  }

  async create(p: Principal, dto: CreateMemberDto): Promise<MemberView> {
    assertInScope(p, dto.regionCode);
    if (!(await this.regions.get(undefined, dto.regionCode)))
      throw Errors.badInput('UNKNOWN_REGION', { code: dto.regionCode });
    await this.assertUser(dto.userId);
    const w = this.prepareSync(dto);
    let id: string;
    try {
      id = await this.db.transaction(async (m) => {
        await lockForSingleWrite(m, 'members');
        return this.members.insert(m, w);
      });
    } catch (e) {
      this.rethrow(e);
    }
    await this.audit.by(p, 'member.create', { type: 'member', id });
    return this.view(p, (await this.members.get(undefined, id))!);
  }

  async update(p: Principal, id: string, dto: UpdateMemberDto): Promise<MemberView> {
    const cur = await this.members.get(undefined, id);
    if (!cur) throw Errors.notFound('MEMBER_NOT_FOUND');
    assertInScope(p, cur.regionCode);
    if (dto.regionCode) {
      assertInScope(p, dto.regionCode);
      if (!(await this.regions.get(undefined, dto.regionCode)))
        throw Errors.badInput('UNKNOWN_REGION', { code: dto.regionCode });
    }
    const has = (k: keyof UpdateMemberDto) =>
      Object.prototype.hasOwnProperty.call(dto, k) && dto[k] !== undefined;
    if (has('userId')) await this.assertUser(dto.userId);
    const next = this.prepareSync({
      name: dto.name ?? cur.name,
      level: dto.level ?? cur.level,
      sector: has('sector') ? dto.sector : cur.sector,
      regionCode: dto.regionCode ?? cur.regionCode,
      party: has('party') ? dto.party : cur.party,
      phone: null,
      userId: has('userId') ? dto.userId : cur.userId,
      code: has('code') ? dto.code : cur.code,
    });
    if (has('phone')) {
      const enc = dto.phone ? this.pii.encryptPhone(dto.phone) : null;
      next.phoneEnc = enc?.enc ?? null;
      next.phoneBidx = enc?.bidx ?? null;
    } else {
      next.phoneEnc = cur.phoneEnc;
      next.phoneBidx = cur.phoneBidx;
    }
    try {
      await this.db.transaction(async (m) => {
        await lockForSingleWrite(m, 'members');
        await this.members.update(m, id, next);
      });
    } catch (e) {
      this.rethrow(e);
    }
    await this.audit.by(p, 'member.update', { type: 'member', id }, 'ok', null, { fields: Object.keys(dto) });
    return this.view(p, (await this.members.get(undefined, id))!);
  }

  async get(p: Principal, id: string): Promise<MemberView> {
    const r = await this.members.get(undefined, id);
    if (!r || !inScope(p, r.regionCode)) throw Errors.notFound('MEMBER_NOT_FOUND');
    if (canReadPii(p) && r.phoneEnc) await this.audit.by(p, 'pii.read', { type: 'member', id });
    const v = this.view(p, r);
    v.workstations = (await this.members.assignmentsOfMember(id)).map((a) => ({
      id: a.id,
      name: a.name,
      role: a.role,
      roleName: ASSIGNMENT_ROLES[a.role as AssignmentRole] ?? a.role,
      status: a.deletedAt ? 'deleted' : a.status,
    }));
    return v;
  }

  /**
   * The signed-in member's own record (their desk): found through the account linked to it, so it needs
   * no region scope; the places they staff (deleted ones left out) and their duty for the coming weeks.
   */
  async mine(p: Principal): Promise<MyMemberResponse> {
    const r = await this.members.byUser(p.id);
    if (!r) throw Errors.notFound('MEMBER_NOT_LINKED');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timezone }).format(new Date());
    const until = new Date(`${today}T00:00:00Z`);
    until.setUTCDate(until.getUTCDate() + MY_DUTY_DAYS - 1);
    const dutyTo = until.toISOString().slice(0, 10);
    const places = (await this.members.assignmentsOfMember(r.id)).filter((a) => !a.deletedAt);
    return {
      member: this.view(p, r),
      workstations: places.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        kindName: WORKSTATION_KINDS[a.kind as WorkstationKind] ?? a.kind,
        address: a.address,
        regionCode: a.regionCode,
        role: a.role,
        roleName: ASSIGNMENT_ROLES[a.role as AssignmentRole] ?? a.role,
        status: a.status,
      })),
      dutyFrom: today,
      dutyTo,
      duty: await this.duty.ofMember(r.id, today, dutyTo),
    };
  }

  async list(p: Principal, q: ListMembersQuery): Promise<Page<MemberView>> {
    const region = q.region ?? p.regionCode;
    assertInScope(p, region);
    const page = await this.members.list({
      region,
      sector: q.sector ? (this.sectors.resolve(q.sector) ?? q.sector) : undefined,
      level: q.level,
      q: q.q,
      workstation: q.workstation,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    if (canReadPii(p) && page.items.some((m) => m.phoneEnc))
      await this.audit.by(p, 'pii.read', { type: 'member', id: `list:${region}` }, 'ok', null, {
        count: page.items.length,
      });
    return { items: page.items.map((m) => this.view(p, m)), total: page.total };
  }

  /**
   * The co-signer lookup members may call: colleagues in the caller's region subtree by name, with
   * sector and workstations only (nothing personal beyond what a colleague sees on a duty roster); the
   * caller's own record is left out.
   */
  async lookup(p: Principal, q: MemberLookupQuery): Promise<Page<MemberLookupResponse>> {
    const region = q.region ?? p.regionCode;
    assertInScope(p, region);
    const page = await this.members.list({
      region,
      q: q.q,
      notUser: p.id,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    const places = await this.members.workstationNames(page.items.map((m) => m.id));
    return {
      items: page.items.map((m) => ({
        id: m.id,
        name: m.name,
        sector: m.sector,
        regionCode: m.regionCode,
        regionName: m.regionName,
        workstations: places.get(m.id) ?? [],
      })),
      total: page.total,
    };
  }

  // ---------- assignments ----------

  assignmentView(
    p: Principal | undefined,
    r: MemberRow & { role: string },
    withPhone: boolean,
  ): AssignmentView {
    const v: AssignmentView = {
      memberId: r.id,
      name: r.name,
      level: r.level,
      sector: r.sector,
      regionCode: r.regionCode,
      role: r.role,
      roleName: ASSIGNMENT_ROLES[r.role as AssignmentRole] ?? r.role,
      phone: null,
    };
    if (withPhone && p) v.phone = this.pii.reveal(r.phoneEnc, canReadPii(p));
    else delete (v as Partial<AssignmentView>).phone;
    return v;
  }

  async listAssignments(
    p: Principal,
    workstationId: string,
  ): Promise<{ items: AssignmentView[]; total: number }> {
    const w = await this.workstations.get(undefined, workstationId);
    if (!w || !inScope(p, w.regionCode)) throw Errors.notFound('WORKSTATION_NOT_FOUND');
    const rows = await this.members.assignmentsOfWorkstation(undefined, workstationId);
    return { items: rows.map((r) => this.assignmentView(p, r, true)), total: rows.length };
  }

  /**
   * Replaces who is assigned. A member may staff a place in its own subtree or one above it (city
   * members sit in district studios: Guandu assigned 65 city members); others are refused.
   */
  async putAssignments(p: Principal, workstationId: string, dto: PutWorkstationMembersDto) {
    if (dto.memberIds && dto.assignments) throw Errors.badInput('AMBIGUOUS_BODY');
    if (!dto.memberIds && !dto.assignments)
      throw Errors.badInput('VALIDATION_FAILED', {
        problems: local('须给出 memberIds 或 assignments', 'give memberIds or assignments'),
      });
    const items = await this.db.transaction(async (m) => {
      const w = await this.workstations.getForUpdate(m, workstationId);
      if (!w) throw Errors.notFound('WORKSTATION_NOT_FOUND');
      assertInReach(p, w.regionCode, w.id);
      if (w.deletedAt) throw Errors.conflict('WORKSTATION_DELETED');
      const current = new Map(
        (await this.members.assignmentsOfWorkstation(m, workstationId)).map((a) => [a.id, a.role]),
      );
      const wanted = dto.assignments
        ? dto.assignments.map((a) => ({ memberId: a.memberId, role: a.role ?? 'member' }))
        : dto.memberIds!.map((id) => ({ memberId: id, role: current.get(id) ?? 'member' }));
      const ids = wanted.map((a) => a.memberId);
      if (new Set(ids).size !== ids.length) throw Errors.badInput('DUPLICATE_MEMBER');
      const found = new Map((await this.members.getMany(m, ids)).map((r) => [r.id, r]));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length)
        throw Errors.badInput('UNKNOWN_MEMBER', {
          memberIds: missing,
        });
      const outside = ids.filter((id) => {
        const mr = found.get(id)!;
        return !regionCovers(mr.regionCode, w.regionCode) && !regionCovers(w.regionCode, mr.regionCode);
      });
      if (outside.length)
        throw Errors.badInput('MEMBER_OUT_OF_REGION', {
          memberIds: outside,
        });
      await this.members.replaceAssignments(m, workstationId, wanted);
      return this.members.assignmentsOfWorkstation(m, workstationId);
    });
    await this.audit.by(p, 'workstation.members', { type: 'workstation', id: workstationId }, 'ok', null, {
      count: items.length,
    });
    return { items: items.map((r) => this.assignmentView(p, r, true)), total: items.length };
  }
}
