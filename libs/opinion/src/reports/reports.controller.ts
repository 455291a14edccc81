import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import {
  AdoptReportDto,
  AssignReportDto,
  CreateReportDto,
  InstructionDto,
  ListReportsQuery,
  MergeReportsDto,
  ReturnReportDto,
  UpdateReportDto,
} from './reports.dto';
import { OpinionReportCreatedResponse, OpinionReportResponse } from './reports.responses';
import { ReportsService } from './reports.service';

type Report = Promise<OpinionReportResponse>;

@ApiTags('opinion')
@Controller('opinion-reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Roles('admin', 'organiser', 'member')
  @ApiCreatedResponse({ type: OpinionReportCreatedResponse })
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateReportDto): Promise<OpinionReportCreatedResponse> {
    return this.reports.create(p, dto);
  }

  @Roles('admin', 'organiser', 'member', 'staff_viewer')
  @ApiOkResponse({ type: PageOf(OpinionReportResponse) })
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListReportsQuery): Promise<Page<OpinionReportResponse>> {
    return this.reports.list(p, q);
  }

  @Roles('admin', 'organiser', 'member', 'staff_viewer')
  @ApiOkResponse({ type: OpinionReportResponse })
  @Get(':id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Report {
    return this.reports.get(p, id);
  }

  @Roles('admin', 'organiser', 'member')
  @ApiOkResponse({ type: OpinionReportResponse })
  @ApiErrors(409)
  @Patch(':id')
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateReportDto,
  ): Report {
    return this.reports.update(p, id, dto);
  }

  @Roles('admin', 'organiser', 'member')
  @ApiOkResponse({ type: OpinionReportResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post(':id/submit')
  submit(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Report {
    return this.reports.submit(p, id);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: OpinionReportResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post(':id/return')
  returnReport(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReturnReportDto,
  ): Report {
    return this.reports.returnWithComment(p, id, dto.comment);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: OpinionReportResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post(':id/merge')
  merge(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MergeReportsDto,
  ): Report {
    return this.reports.merge(p, id, dto.reportIds);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: OpinionReportResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post(':id/adopt')
  adopt(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AdoptReportDto,
  ): Report {
    return this.reports.adopt(p, id, dto.issueId);
  }

  @Roles('admin', 'organiser')
  @ApiCreatedResponse({ type: OpinionReportResponse })
  @ApiErrors(409)
  @Post(':id/instructions')
  instruct(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InstructionDto,
  ): Report {
    return this.reports.instruct(p, id, dto);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: OpinionReportResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post(':id/assign')
  assign(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignReportDto,
  ): Report {
    return this.reports.assign(p, id, dto);
  }
}
