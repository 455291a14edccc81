import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import { CreateDepartmentDto, ListDepartmentsQuery, UpdateDepartmentDto } from './departments.dto';
import { DepartmentsService } from './departments.service';
import { DepartmentResponse } from './departments.responses';

const STAFF = [
  'admin',
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
] as const;

@ApiTags('directory')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Roles('admin', 'organiser')
  @Post()
  @ApiCreatedResponse({ type: DepartmentResponse })
  @ApiErrors(409)
  create(@CurrentUser() p: Principal, @Body() dto: CreateDepartmentDto): Promise<DepartmentResponse> {
    return this.departments.create(p, dto);
  }

  @Roles(...STAFF)
  @Get()
  @ApiOkResponse({ type: PageOf(DepartmentResponse) })
  list(@CurrentUser() p: Principal, @Query() q: ListDepartmentsQuery): Promise<Page<DepartmentResponse>> {
    return this.departments.list(p, q);
  }

  @Roles(...STAFF)
  @Get(':id')
  @ApiOkResponse({ type: DepartmentResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<DepartmentResponse> {
    return this.departments.get(p, id);
  }

  @Roles('admin', 'organiser')
  @Patch(':id')
  @ApiOkResponse({ type: DepartmentResponse })
  @ApiErrors(409)
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDepartmentDto,
  ): Promise<DepartmentResponse> {
    return this.departments.update(p, id, dto);
  }
}
