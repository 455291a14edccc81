import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';
import { hasRole, inReach } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { BadInputError, ConflictError } from '@xs/platform';
import { NotifierService } from '../notifications/notifier.service';
import { formatPlace, formatWhen } from '../notifications/job-handlers';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { Session } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { Invitation } from './invitation.entity';
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
    private readonly sessions: SessionsService,
    private readonly notifier: NotifierService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
  ) {}

  private repo() {
    return this.db.getRepository(Invitation);
  }

  /**
   * Invites members (by hand, all assigned to the workstation, or by sector), departments and
   * experts. Repeats are ignored. Reserved seats grow to cover everyone invited and not declined,
   * within the venue's capacity.
   */
  async invite(p: Principal, sessionId: string, dto: CreateInvitationsDto) {
    const s = await this.sessions.forWrite(p, sessionId);
    if (!['draft', 'published'].includes(s.status))
      throw new ConflictError('SESSION_NOT_EDITABLE', `状态为 ${s.status} 的协商会议不能再发出邀请`);
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
    if (missing.length) throw new BadInputError('UNKNOWN_MEMBER', '委员不存在', { memberIds: missing });
    const deptIds = [...new Set(dto.departmentIds ?? [])];
    const departments = deptIds.length ? await this.directory.departments(deptIds) : [];
    const missingDepts = deptIds.filter((id) => !departments.some((d) => d.id === id));
    if (missingDepts.length) throw Errors.badInput('UNKNOWN_DEPARTMENT', { departmentIds: missingDepts });
    if (!members.length && !departments.length && !(dto.experts ?? []).length)
      throw Errors.badInput('NOBODY_TO_INVITE');

    const venue = s.format === 'online' ? null : await this.directory.workstation(s.workstationId);
    const result = await this.db.transaction(async (m) => {
      await m.query(`SELECT id FROM sessions WHERE id = $1 FOR UPDATE`, [s.id]);
      const rows: Partial<Invitation>[] = [
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
      let created = 0;
      for (const r of rows) {
        const ins: unknown[] = await m.query(
          `INSERT INTO session_invitations (session_id, kind, member_id, department_id, user_id, name, org, via, invited_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
          [
            s.id,
            r.kind,
            r.memberId ?? null,
            r.departmentId ?? null,
            r.userId ?? null,
            r.name,
            r.org ?? null,
            r.via ?? 'manual',
            p.id,
          ],
        );
        created += ins.length;
      }
      const [{ n }]: { n: string }[] = await m.query(
        `SELECT count(*) AS n FROM session_invitations WHERE session_id = $1 AND status <> 'declined'`,
        [s.id],
      );
      const current = (await m.getRepository(Session).findOneBy({ id: s.id }))!;
      let reserved = current.reservedSeats;
      if (Number(n) > reserved) {
        reserved = Number(n);
        if (venue?.capacity && current.capacity + reserved > venue.capacity)
          throw new ConflictError(
            'RESERVED_SEATS_EXCEED_VENUE',
            `预留席位 ${reserved} 加公众名额 ${current.capacity} 超过场地容量 ${venue.capacity}`,
            {
              venueCapacity: venue.capacity,
            },
          );
        await m.query(`UPDATE sessions SET reserved_seats = $2, updated_at = now() WHERE id = $1`, [
          s.id,
          reserved,
        ]);
      }
      return { created, reservedSeats: reserved };
    });
    // Invited after publication: tell the new invitees now (publication told the earlier ones).
    if (s.status === 'published') {
      const userIds = members.map((mm) => mm.userId).filter((u): u is string => !!u);
      await this.notifier.notifyUsers(
        userIds,
        {
          kind: 'session.invited',
          title: `邀请您参加协商会议「${s.title}」`,
          body: `时间：${formatWhen(s, this.config.timezone)}；地点：${formatPlace(s)}。请在“我的邀请”中确认是否参加。`,
          link: `/sessions/${s.id}`,
          dedupeKey: `invited:${s.id}`,
          sms: {
            kind: 'sessionNotice',
            params: {
              title: s.title,
              detail: `邀请您参加，时间${formatWhen(s, this.config.timezone)}，地点${formatPlace(s)}`,
            },
          },
        },
        { sms: true },
      );
    }
    const list = await this.list(p, s.id);
    return { ...result, items: list.items, total: list.total };
  }

  async list(p: Principal, sessionId: string) {
    const s = await this.sessions.visible(p, sessionId);
    if (p.kind !== 'staff' || !inReach(p, s.regionCode, s.workstationId))
      throw Errors.notFound('SESSION_NOT_FOUND');
    const items = await this.repo().find({ where: { sessionId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const counts = { invited: 0, accepted: 0, declined: 0 };
    for (const i of items) counts[i.status]++;
    return { items: items.map(toView), total: items.length, counts, reservedSeats: s.reservedSeats };
  }

  /** Invitations addressed to me: as a member (my account), or to my department. */
  async mine(p: Principal) {
    const rows: (Invitation & {
      title: string;
      starts_at: Date;
      ends_at: Date;
      s_status: string;
      place: string;
    })[] = await this.db.query(
      `SELECT i.id, i.session_id AS "sessionId", i.kind, i.member_id AS "memberId", i.department_id AS "departmentId",
                i.name, i.org, i.via, i.status, i.responded_at AS "respondedAt", i.created_at AS "createdAt",
                s.title, s.starts_at, s.ends_at, s.status AS s_status, s.place_name AS place
           FROM session_invitations i JOIN sessions s ON s.id = i.session_id
          WHERE s.status <> 'draft' AND (i.user_id = $1 OR ($2::uuid IS NOT NULL AND i.department_id = $2))
          ORDER BY s.starts_at DESC LIMIT 200`,
      [p.id, p.departmentId],
    );
    return {
      items: rows.map((r) => ({
        ...toView(r),
        session: {
          title: r.title,
          startsAt: r.starts_at.toISOString(),
          endsAt: r.ends_at.toISOString(),
          place: r.place,
          status: r.s_status,
        },
      })),
      total: rows.length,
    };
  }

  /** The invitee answers (or staff of the region on behalf of an expert or by phone). */
  async respond(p: Principal, id: string, dto: RespondInvitationDto): Promise<InvitationView> {
    const inv = await this.repo().findOneBy({ id });
    if (!inv) throw Errors.notFound('INVITATION_NOT_FOUND');
    const s = await this.db.getRepository(Session).findOneBy({ id: inv.sessionId });
    if (!s || s.status === 'draft') throw Errors.notFound('INVITATION_NOT_FOUND');
    const own =
      (inv.userId && inv.userId === p.id) ||
      (inv.departmentId && p.departmentId === inv.departmentId && hasRole(p, 'department_handler'));
    const staffOnBehalf =
      hasRole(p, 'admin', 'organiser', 'workstation_manager') && inReach(p, s.regionCode, s.workstationId);
    if (!own && !staffOnBehalf) throw Errors.forbidden('NOT_INVITEE');
    if (!['published', 'draft'].includes(s.status))
      throw new ConflictError(
        'SESSION_NOT_OPEN',
        `协商会议已${s.status === 'cancelled' ? '取消' : '开始或结束'}，不能再答复`,
      );
    const status = dto.response === 'accept' ? 'accepted' : 'declined';
    await this.repo().update({ id }, { status, respondedAt: new Date() });
    return toView((await this.repo().findOneBy({ id }))!);
  }
}
