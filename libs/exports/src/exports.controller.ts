import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, SignedDownload } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiFile } from '@xs/platform';
import { RegionPeriodQuery } from './exports.dto';
import { ExportsService } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Roles('admin', 'organiser', 'staff_viewer')
  @Get('exports/suggestions.xlsx')
  @ApiFile(XLSX, 'Suggestions of the region and period as a workbook')
  suggestionsXlsx(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.suggestionsTable(p, q, 'xlsx', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @Get('exports/suggestions.csv')
  @ApiFile('text/csv', 'Suggestions of the region and period as CSV (UTF-8 with BOM)')
  suggestionsCsv(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.suggestionsTable(p, q, 'csv', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @Get('exports/sessions.xlsx')
  @ApiFile(XLSX, 'Sessions of the region and period as a workbook')
  sessionsXlsx(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.sessionsTable(p, q, 'xlsx', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @Get('exports/sessions.csv')
  @ApiFile('text/csv', 'Sessions of the region and period as CSV (UTF-8 with BOM)')
  sessionsCsv(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery, @Res() res: Response) {
    return this.exports.sessionsTable(p, q, 'csv', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @SignedDownload()
  @Get('sessions/:id/statements.xlsx')
  @ApiFile(XLSX, "The session's consensus statements with their vote counts (no voter identities)")
  statementsXlsx(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    return this.exports.statementsTable(p, id, 'xlsx', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @SignedDownload()
  @Get('sessions/:id/statements.csv')
  @ApiFile('text/csv', "The session's consensus statements with their vote counts, as CSV (UTF-8 with BOM)")
  statementsCsv(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    return this.exports.statementsTable(p, id, 'csv', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @SignedDownload()
  @Get('sessions/:id/report.docx')
  @ApiFile(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'The session report (Word)',
  )
  reportDocx(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    return this.exports.report(p, id, 'docx', res);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @SignedDownload()
  @Get('sessions/:id/report.pdf')
  @ApiFile('application/pdf', 'The session report (PDF)')
  reportPdf(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    return this.exports.report(p, id, 'pdf', res);
  }
}
