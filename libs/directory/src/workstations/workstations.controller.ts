import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, inScope, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import type { Page } from '@xs/platform';
import { CreateDutyRuleDto, DutyRuleView } from '../duty/duty.dto';
import { DutyService } from '../duty/duty.service';
import { AssignmentView, PutWorkstationMembersDto } from '../members/members.dto';
import { MembersService } from '../members/members.service';
import { WorkstationView } from './workstation-view';
import {
  CreateWorkstationDto,
  ListWorkstationsQuery,
  ScheduleQuery,
  UpdateWorkstationDto,
} from './workstations.dto';
import { WorkstationsService } from './workstations.service';

export const STAFF_ROLES = [
  'admin',
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
] as const;
export const WORKSTATION_EDITORS = ['admin', 'organiser', 'workstation_manager'] as const;

@ApiTags('directory')
@Controller('workstations')
export class WorkstationsController {
  constructor(
    private readonly workstations: WorkstationsService,
    private readonly members: MembersService,
    private readonly duty: DutyService,
  ) {}

  @Roles(...WORKSTATION_EDITORS)
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateWorkstationDto): Promise<WorkstationView> {
    return this.workstations.create(p, dto);
  }

  @Roles(...STAFF_ROLES)
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListWorkstationsQuery): Promise<Page<WorkstationView>> {
    return this.workstations.list(p, q);
  }

  @Roles(...STAFF_ROLES)
  @Get(':id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<WorkstationView> {
    return this.workstations.get(p, id);
  }

  @Roles(...WORKSTATION_EDITORS)
  @Patch(':id')
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateWorkstationDto,
  ): Promise<WorkstationView> {
    return this.workstations.update(p, id, dto);
  }

  /** Soft delete: the place disappears from lists; sessions held there keep a readable record. */
  @Roles(...WORKSTATION_EDITORS)
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.workstations.remove(p, id);
  }

  @Roles(...STAFF_ROLES)
  @Get(':id/schedule')
  schedule(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() q: ScheduleQuery) {
    return this.workstations.schedule(id, q, (r) => inScope(p, r.regionCode));
  }

  @Roles(...STAFF_ROLES)
  @Get(':id/members')
  listMembers(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Page<AssignmentView>> {
    return this.members.listAssignments(p, id);
  }

  @Roles(...WORKSTATION_EDITORS)
  @Put(':id/members')
  putMembers(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PutWorkstationMembersDto,
  ): Promise<Page<AssignmentView>> {
    return this.members.putAssignments(p, id, dto);
  }

  @Roles(...STAFF_ROLES)
  @Get(':id/duty-rules')
  listDuty(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<Page<DutyRuleView>> {
    return this.duty.list(p, id);
  }

  @Roles(...WORKSTATION_EDITORS)
  @Post(':id/duty-rules')
  createDuty(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateDutyRuleDto,
  ): Promise<DutyRuleView> {
    return this.duty.create(p, id, dto);
  }
}
