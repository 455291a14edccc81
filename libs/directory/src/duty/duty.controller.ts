import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { type Page, PageOf } from '@xs/platform';
import { RosterQuery } from './duty.dto';
import { DutyService } from './duty.service';
import { DutyOccurrenceResponse } from './duty.responses';

@ApiTags('directory')
@Controller()
export class DutyController {
  constructor(private readonly duty: DutyService) {}

  /** Who is on duty where, day by day, between two dates (at most 366 days). */
  @Roles('admin', 'organiser', 'workstation_manager', 'department_handler', 'member', 'staff_viewer')
  @Get('duty-roster')
  @ApiOkResponse({ type: PageOf(DutyOccurrenceResponse) })
  roster(@CurrentUser() p: Principal, @Query() q: RosterQuery): Promise<Page<DutyOccurrenceResponse>> {
    return this.duty.roster(p, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Delete('duty-rules/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The rule is gone; past duty stays in records' })
  remove(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.duty.remove(p, id);
  }
}
