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
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, inScope, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import { CreateDutyRuleDto } from '../duty/duty.dto';
import { DutyService } from '../duty/duty.service';
import { PutWorkstationMembersDto } from '../members/members.dto';
import { MembersService } from '../members/members.service';
import {
  CreateWorkstationDto,
  ListWorkstationsQuery,
  ScheduleQuery,
  UpdateWorkstationDto,
} from './workstations.dto';
import { WorkstationsService } from './workstations.service';
import { DutyRuleResponse } from '../duty/duty.responses';
import {
  AssignmentResponse,
  WorkstationResponse,
  WorkstationScheduleResponse,
} from './workstations.responses';

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
  @ApiCreatedResponse({ type: WorkstationResponse })
  @ApiErrors(409)
  create(@CurrentUser() p: Principal, @Body() dto: CreateWorkstationDto): Promise<WorkstationResponse> {
    return this.workstations.create(p, dto);
  }

  @Roles(...STAFF_ROLES)
  @Get()
  @ApiOkResponse({ type: PageOf(WorkstationResponse) })
  list(@CurrentUser() p: Principal, @Query() q: ListWorkstationsQuery): Promise<Page<WorkstationResponse>> {
    return this.workstations.list(p, q);
  }

  @Roles(...STAFF_ROLES)
  @Get(':id')
  @ApiOkResponse({ type: WorkstationResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<WorkstationResponse> {
    return this.workstations.get(p, id);
  }

  @Roles(...WORKSTATION_EDITORS)
  @Patch(':id')
  @ApiOkResponse({ type: WorkstationResponse })
  @ApiErrors(409)
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateWorkstationDto,
  ): Promise<WorkstationResponse> {
    return this.workstations.update(p, id, dto);
  }

  /** Soft delete: the place disappears from lists; sessions held there keep a readable record. */
  @Roles(...WORKSTATION_EDITORS)
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Gone from lists; sessions held there keep their record' })
  remove(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.workstations.remove(p, id);
  }

  @Roles(...STAFF_ROLES)
  @Get(':id/schedule')
  @ApiOkResponse({ type: WorkstationScheduleResponse })
  schedule(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ScheduleQuery,
  ): Promise<WorkstationScheduleResponse> {
    return this.workstations.schedule(id, q, (r) => inScope(p, r.regionCode));
  }

  @Roles(...STAFF_ROLES)
  @Get(':id/members')
  @ApiOkResponse({ type: PageOf(AssignmentResponse) })
  listMembers(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Page<AssignmentResponse>> {
    return this.members.listAssignments(p, id);
  }

  @Roles(...WORKSTATION_EDITORS)
  @Put(':id/members')
  @ApiOkResponse({ type: PageOf(AssignmentResponse) })
  @ApiErrors(409)
  putMembers(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PutWorkstationMembersDto,
  ): Promise<Page<AssignmentResponse>> {
    return this.members.putAssignments(p, id, dto);
  }

  @Roles(...STAFF_ROLES)
  @Get(':id/duty-rules')
  @ApiOkResponse({ type: PageOf(DutyRuleResponse) })
  listDuty(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Page<DutyRuleResponse>> {
    return this.duty.list(p, id);
  }

  @Roles(...WORKSTATION_EDITORS)
  @Post(':id/duty-rules')
  @ApiCreatedResponse({ type: DutyRuleResponse })
  @ApiErrors(409)
  createDuty(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateDutyRuleDto,
  ): Promise<DutyRuleResponse> {
    return this.duty.create(p, id, dto);
  }
}
