import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import type { Page } from '@xs/platform';
import { DutyOccurrence, RosterQuery } from './duty.dto';
import { DutyService } from './duty.service';

@ApiTags('directory')
@Controller()
export class DutyController {
  constructor(private readonly duty: DutyService) {}

  /** Who is on duty where, day by day, between two dates (at most 366 days). */
  @Roles('admin', 'organiser', 'workstation_manager', 'department_handler', 'member', 'staff_viewer')
  @Get('duty-roster')
  roster(@CurrentUser() p: Principal, @Query() q: RosterQuery): Promise<Page<DutyOccurrence>> {
    return this.duty.roster(p, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Delete('duty-rules/:id')
  @HttpCode(204)
  remove(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.duty.remove(p, id);
  }
}
