import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, ApiFile, type Page, PageOf } from '@xs/platform';
import { CreateIssueDto, ListIssuesQuery, SendIssueDto } from './issues.dto';
import {
  OpinionIssueDetailResponse,
  OpinionIssueResponse,
  OpinionIssueSentResponse,
} from './issues.responses';
import { IssuesService } from './issues.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function attachment(res: Response, type: string, ascii: string, chinese: string, file: Buffer): void {
  res.setHeader('Content-Type', type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.end(file);
}

@ApiTags('opinion')
@Controller('opinion-issues')
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @Roles('admin', 'organiser')
  @ApiCreatedResponse({ type: OpinionIssueResponse })
  @ApiErrors(409)
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateIssueDto): Promise<OpinionIssueResponse> {
    return this.issues.create(p, dto);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiOkResponse({ type: PageOf(OpinionIssueResponse) })
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListIssuesQuery): Promise<Page<OpinionIssueResponse>> {
    return this.issues.list(p, q);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiOkResponse({ type: OpinionIssueDetailResponse })
  @Get(':id')
  get(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OpinionIssueDetailResponse> {
    return this.issues.get(p, id);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: OpinionIssueSentResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post(':id/send')
  send(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SendIssueDto,
  ): Promise<OpinionIssueSentResponse> {
    return this.issues.send(p, id, dto);
  }

  // Any staff role: the service lets recipients of a sent issue in besides the region's readers.
  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler', 'workstation_manager', 'member')
  @ApiFile(DOCX, 'The issue as a DOCX in the official-document layout')
  @ApiErrors(409)
  @Get(':id/document.docx')
  async docx(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const d = await this.issues.document(p, id, 'docx');
    attachment(res, DOCX, 'issue.docx', d.name, d.file);
  }

  // Any staff role: the service lets recipients of a sent issue in besides the region's readers.
  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler', 'workstation_manager', 'member')
  @ApiFile('application/pdf', 'The issue as a PDF')
  @ApiErrors(409)
  @Get(':id/document.pdf')
  async pdf(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const d = await this.issues.document(p, id, 'pdf');
    attachment(res, 'application/pdf', 'issue.pdf', d.name, d.file);
  }
}
