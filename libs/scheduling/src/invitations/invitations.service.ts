import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';
import { hasRole, inReach } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { NotifierService } from '../notifications/notifier.service';
import { invitationNotice } from '../notifications/job-handlers';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SessionsService } from '../sessions/sessions.service';
import { Invitation } from './invitation.entity';
import { InvitationsRepository, NewInvitation } from './invitations.repository';
import { CreateInvitationsDto, RespondInvitationDto } from './invitations.dto';
import { Errors } from '../errors';

export interface InvitationView {
  id: string;
  sessionId: string;
  kind: Invitation['kind'];
  memberId: string | null;
  departmentId: string | null;
  name: string;
  org: string | null;
  via: string;
  status: Invitation['status'];
  respondedAt: Date | null;
  createdAt: Date;
  session?: { title: string; startsAt: string; endsAt: string; place: string; status: string };
}

const toView = (i: Invitation): InvitationView => ({
  id: i.id,
  sessionId: i.sessionId,
  kind: i.kind,
  memberId: i.memberId,
  departmentId: i.departmentId,
  name: i.name,
  org: i.org,
  via: i.via,
  status: i.status,
  respondedAt: i.respondedAt,
  createdAt: i.createdAt,
});

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly sessionsRepo: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly notifier: NotifierService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
  ) {}

  /**
   * Invites members (by hand, all assigned to the workstation, or by sector), departments and
   * experts. Repeats are ignored. Reserved seats grow to cover everyone invited and not declined,
   * within the venue's capacity.
   */
  async invite(p: Principal, sessionId: string, dto: CreateInvitationsDto) {
    const s = await this.sessions.forWrite(undefined, p, sessionId);
    if (!['draft', 'published'].includes(s.status))
      throw Errors.conflict('SESSION_NOT_EDITABLE', { status: s.status });
    const wanted = new Map<string, string>();
    for (const id of dto.memberIds ?? []) wanted.set(id, 'manual');
    if (dto.assignedMembers)
      for (const id of await this.directory.assignedMemberIds(s.workstationId))
        if (!wanted.has(id)) wanted.set(id, 'assigned');
    if (dto.sector)
      for (const id of await this.directory.memberIdsBySector(s.regionCode, dto.sector))
        if (!wanted.has(id)) wanted.set(id, 'sector');
    const members = wanted.size ? await this.directory.members([...wanted.keys()]) : [];
    const missing = (dto.memberIds ?? []).filter((id) => !members.some((mm) => mm.id === id));
    if (missing.length) throw Errors.badInput('UNKNOWN_MEMBER', { memberIds: missing });
    const deptIds = [...new Set(dto.departmentIds ?? [])];
    const departments = deptIds.length ? await this.directory.departments(deptIds) : [];
    const missingDepts = deptIds.filter((id) => !departments.some((d) => d.id === id));
    if (missingDepts.length) throw Errors.badInput('UNKNOWN_DEPARTMENT', { departmentIds: missingDepts });
    if (!members.length && !departments.length && !(dto.experts ?? []).length)
      throw Errors.badInput('NOBODY_TO_INVITE');

    const venue = s.format === 'online' ? null : await this.directory.workstation(s.workstationId);
    const result = await this.db.transaction(async (m) => {
      await this.sessionsRepo.lockById(m, s.id);
      const rows: NewInvitation[] = [
        ...members.map((mm) => ({
          kind: 'member' as const,
          memberId: mm.id,
          userId: mm.userId,
          name: mm.name,
          org: mm.sector,
          via: wanted.get(mm.id)!,
        })),
        ...departments.map((d) => ({
          kind: 'department' as const,
          departmentId: d.id,
          name: d.name,
          org: null,
        })),
        ...(dto.experts ?? []).map((e) => ({ kind: 'expert' as const, name: e.name, org: e.org })),
      ];
      const created = await this.invitations.insertNew(m, s.id, p.id, rows);
      const n = await this.invitations.countLive(m, s.id);
      const current = (await this.sessionsRepo.findById(m, s.id))!;
      let reserved = current.reservedSeats;
      if (n > reserved) {
        reserved = n;
        if (venue?.capacity && current.capacity + reserved > venue.capacity)
          throw Errors.conflict(
            'RESERVED_SEATS_EXCEED_VENUE',
            { reserved, capacity: current.capacity, venueCapacity: venue.capacity },
            { venueCapacity: venue.capacity },
          );
        await this.sessionsRepo.setReservedSeats(m, s.id, reserved);
      }
      return { created, reservedSeats: reserved };
    });
    // Invited after publication: tell the new invitees now (publication told the earlier ones).
    if (s.status === 'published') {
      const userIds = members.map((mm) => mm.userId).filter((u): u is string => !!u);
      await this.notifier.notifyUsers(userIds, invitationNotice(s, this.config.timezone), { sms: true });
    }
    const list = await this.list(p, s.id);
    return { ...result, items: list.items, total: list.total };
  }

  async list(p: Principal, sessionId: string) {
    const s = await this.sessions.visible(p, sessionId);
    if (p.kind !== 'staff' || !inReach(p, s.regionCode, s.workstationId))
      throw Errors.notFound('SESSION_NOT_FOUND');
    const items = await this.invitations.forSession(sessionId);
    const counts = { invited: 0, accepted: 0, declined: 0 };
    for (const i of items) counts[i.status]++;
    return { items: items.map(toView), total: items.length, counts, reservedSeats: s.reservedSeats };
  }

  /** Invitations addressed to me: as a member (my account), or to my department. */
  async mine(p: Principal) {
    const rows = await this.invitations.mine(p.id, p.departmentId);
    return {
      items: rows.map((r) => ({
        ...toView(r),
        session: {
          title: r.session.title,
          startsAt: r.session.startsAt.toISOString(),
          endsAt: r.session.endsAt.toISOString(),
          place: r.session.place,
          status: r.session.status,
        },
      })),
      total: rows.length,
    };
  }

  /** The invitee answers (or staff of the region on behalf of an expert or by phone). */
  async respond(p: Principal, id: string, dto: RespondInvitationDto): Promise<InvitationView> {
    const inv = await this.invitations.findById(id);
    if (!inv) throw Errors.notFound('INVITATION_NOT_FOUND');
    const s = await this.sessionsRepo.findById(undefined, inv.sessionId);
    if (!s || s.status === 'draft') throw Errors.notFound('INVITATION_NOT_FOUND');
    const own =
      (inv.userId && inv.userId === p.id) ||
      (inv.departmentId && p.departmentId === inv.departmentId && hasRole(p, 'department_handler'));
    const staffOnBehalf =
      hasRole(p, 'admin', 'organiser', 'workstation_manager') && inReach(p, s.regionCode, s.workstationId);
    if (!own && !staffOnBehalf) throw Errors.forbidden('NOT_INVITEE');
    if (!['published', 'draft'].includes(s.status)) throw Errors.conflict('SESSION_NOT_OPEN');
    const status = dto.response === 'accept' ? 'accepted' : 'declined';
    await this.invitations.answer(id, status);
    return toView((await this.invitations.findById(id))!);
  }
}
