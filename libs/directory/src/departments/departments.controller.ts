import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import type { Page } from '@xs/platform';
import { CreateDepartmentDto, DepartmentView, ListDepartmentsQuery } from './departments.dto';
import { DepartmentsService } from './departments.service';

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
  create(@CurrentUser() p: Principal, @Body() dto: CreateDepartmentDto): Promise<DepartmentView> {
    return this.departments.create(p, dto);
  }

  @Roles(...STAFF)
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListDepartmentsQuery): Promise<Page<DepartmentView>> {
    return this.departments.list(p, q);
  }

  @Roles(...STAFF)
  @Get(':id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<DepartmentView> {
    return this.departments.get(p, id);
  }
}
