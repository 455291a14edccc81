import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  AdoptReportDto,
  AssignReportDto,
  CreateReportDto,
  InstructionDto,
  ListReportsQuery,
  MergeReportsDto,
  ReportCreatedResponse,
  ReportPageResponse,
  ReportResponse,
  ReturnReportDto,
  UpdateReportDto,
} from './reports.dto';
import { ReportsService } from './reports.service';

@ApiTags('opinion')
@Controller('opinion-reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Roles('admin', 'organiser', 'member')
  @ApiCreatedResponse({ type: ReportCreatedResponse })
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateReportDto) {
    return this.reports.create(p, dto);
  }

  @Roles('admin', 'organiser', 'member', 'staff_viewer')
  @ApiOkResponse({ type: ReportPageResponse })
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListReportsQuery) {
    return this.reports.list(p, q);
  }

  @Roles('admin', 'organiser', 'member', 'staff_viewer')
  @ApiOkResponse({ type: ReportResponse })
  @Get(':id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.get(p, id);
  }

  @Roles('admin', 'organiser', 'member')
  @ApiOkResponse({ type: ReportResponse })
  @Patch(':id')
  update(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateReportDto) {
    return this.reports.update(p, id, dto);
  }

  @Roles('admin', 'organiser', 'member')
  @ApiOkResponse({ type: ReportResponse })
  @HttpCode(200)
  @Post(':id/submit')
  submit(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.reports.submit(p, id);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: ReportResponse })
  @HttpCode(200)
  @Post(':id/return')
  returnReport(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReturnReportDto,
  ) {
    return this.reports.returnWithComment(p, id, dto.comment);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: ReportResponse })
  @HttpCode(200)
  @Post(':id/merge')
  merge(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeReportsDto) {
    return this.reports.merge(p, id, dto.reportIds);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: ReportResponse })
  @HttpCode(200)
  @Post(':id/adopt')
  adopt(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AdoptReportDto) {
    return this.reports.adopt(p, id, dto.issueId);
  }

  @Roles('admin', 'organiser')
  @ApiCreatedResponse({ type: ReportResponse })
  @Post(':id/instructions')
  instruct(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: InstructionDto) {
    return this.reports.instruct(p, id, dto);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: ReportResponse })
  @HttpCode(200)
  @Post(':id/assign')
  assign(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AssignReportDto) {
    return this.reports.assign(p, id, dto);
  }
}
