import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { RegionPeriodQuery } from './exports.dto';
import { ExportsService } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces(XLSX)
  @Get('exports/suggestions.xlsx')
  suggestionsXlsx(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.suggestionsTable(p, q, 'xlsx', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces('text/csv')
  @Get('exports/suggestions.csv')
  suggestionsCsv(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.suggestionsTable(p, q, 'csv', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces(XLSX)
  @Get('exports/sessions.xlsx')
  sessionsXlsx(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.sessionsTable(p, q, 'xlsx', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces('text/csv')
  @Get('exports/sessions.csv')
  sessionsCsv(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.sessionsTable(p, q, 'csv', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @Get('sessions/:id/report.docx')
  reportDocx(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    return this.exports.report(p, id, 'docx', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces('application/pdf')
  @Get('sessions/:id/report.pdf')
  reportPdf(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    return this.exports.report(p, id, 'pdf', res);
  }
}
