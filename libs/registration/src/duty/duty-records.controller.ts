import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { DutyRecordQuery } from '../registrations/registrations.dto';
import { DutyRecordsService } from './duty-records.service';

@ApiTags('registration')
@Controller()
export class DutyRecordsController {
  constructor(private readonly duty: DutyRecordsService) {}

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer', 'member')
  @Get('members/:id/duty-record')
  record(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() q: DutyRecordQuery) {
    return this.duty.record(p, id, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer', 'member')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Get('members/:id/duty-record.xlsx')
  async exportXlsx(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: DutyRecordQuery,
    @Res() res: Response,
  ) {
    // Computed first so that a 404 still answers as JSON; the workbook then streams.
    await this.duty.record(p, id, q);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="duty-record-${id.slice(0, 8)}.xlsx"`);
    res.setHeader('Cache-Control', 'no-store');
    await this.duty.exportXlsx(p, id, q, res);
  }
}
