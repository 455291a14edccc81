import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiFile } from '@xs/platform';
import { DutyRecordQuery } from '../registrations/registrations.dto';
import { DutyRecordsService } from './duty-records.service';
import { DutyRecordResponse } from './duty-records.responses';

@ApiTags('registration')
@Controller()
export class DutyRecordsController {
  constructor(private readonly duty: DutyRecordsService) {}

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer', 'member')
  @Get('members/:id/duty-record')
  @ApiOkResponse({ type: DutyRecordResponse })
  record(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: DutyRecordQuery,
  ): Promise<DutyRecordResponse> {
    return this.duty.record(p, id, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer', 'member')
  @Get('members/:id/duty-record.xlsx')
  @ApiFile(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'The duty record as a workbook',
  )
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
