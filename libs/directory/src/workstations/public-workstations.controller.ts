import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@xs/identity';
import { APP_CONFIG, dayIn, type AppConfig, type Page, PageOf, PiiCipher, ROOT_REGION } from '@xs/platform';
import { DutyService } from '../duty/duty.service';
import { isOpenAt } from '../hours/opening-hours';
import { MembersRepository } from '../members/members.repository';
import { ASSIGNMENT_ROLES, MEMBER_LEVELS } from './workstation-kinds';
import type { AssignmentRole, MemberLevel } from './workstation-kinds';
import { toWorkstationView, WorkstationRow } from './workstation-view';
import { PublicWorkstationsQuery, ScheduleQuery } from './workstations.dto';
import { WorkstationsRepository } from './workstations.repository';
import { WorkstationsService } from './workstations.service';
import {
  PublicWorkstationDetailResponse,
  PublicWorkstationResponse,
  WorkstationScheduleResponse,
} from './workstations.responses';
import { Errors } from '../errors';

/** What residents see: no internal code, no timestamps, the contact number masked. */
export function publicView(r: WorkstationRow, pii: PiiCipher, now = new Date()) {
  const v = toWorkstationView(r, pii.reveal(r.contactPhoneEnc, false));
  return {
    id: v.id,
    name: v.name,
    kind: v.kind,
    kindName: v.kindName,
    regionCode: v.regionCode,
    regionName: v.regionName,
    address: v.address,
    location: v.location,
    locationWgs84: v.locationWgs84,
    sector: v.sector,
    openingHours: v.openingHours,
    openNow: v.openingHours ? isOpenAt(v.openingHours, now) : null,
    capacity: v.capacity,
    contactPhone: v.contactPhone,
    memberCount: v.memberCount,
    ...(v.distanceKm !== undefined ? { distanceKm: v.distanceKm } : {}),
  };
}

const visible = (r: WorkstationRow | null): r is WorkstationRow =>
  !!r && !r.deletedAt && r.status === 'active';

/** The resident directory: active places only, no login, never a member's phone. */
@ApiTags('public')
@Controller('public/workstations')
export class PublicWorkstationsController {
  constructor(
    private readonly workstations: WorkstationsService,
    private readonly repo: WorkstationsRepository,
    private readonly members: MembersRepository,
    private readonly duty: DutyService,
    private readonly pii: PiiCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: PageOf(PublicWorkstationResponse) })
  async list(@Query() q: PublicWorkstationsQuery): Promise<Page<PublicWorkstationResponse>> {
    const page = await this.workstations.search(q.region ?? ROOT_REGION, q, 'active');
    const now = new Date();
    return { items: page.items.map((r) => publicView(r, this.pii, now)), total: page.total };
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: PublicWorkstationDetailResponse })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PublicWorkstationDetailResponse> {
    const r = await this.repo.get(undefined, id);
    if (!visible(r)) throw Errors.notFound('WORKSTATION_NOT_FOUND');
    const members = await this.members.assignmentsOfWorkstation(undefined, id);
    const today = new Date();
    // The coming 30 days where the workstation is (in UTC, before 08:00 Beijing time "today" was yesterday).
    const from = dayIn(today, this.config.timezone);
    const to = dayIn(new Date(today.getTime() + 30 * 86400000), this.config.timezone);
    const duty = await this.duty.roster(undefined, { from, to, workstation: id, page: 1, pageSize: 100 });
    return {
      ...publicView(r, this.pii, today),
      members: members.map((m) => ({
        name: m.name,
        level: m.level,
        levelName: MEMBER_LEVELS[m.level as MemberLevel] ?? m.level,
        sector: m.sector,
        role: m.role,
        roleName: ASSIGNMENT_ROLES[m.role as AssignmentRole] ?? m.role,
      })),
      upcomingDuty: duty.items.map((d) => ({
        date: d.date,
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        memberName: d.member.name,
        sector: d.member.sector,
        note: d.note,
      })),
    };
  }

  @Public()
  @Get(':id/schedule')
  @ApiOkResponse({ type: WorkstationScheduleResponse })
  schedule(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ScheduleQuery,
  ): Promise<WorkstationScheduleResponse> {
    return this.workstations.schedule(id, q, (r) => visible(r));
  }
}
