import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  CreateIssueDto,
  IssueDetailResponse,
  IssuePageResponse,
  IssueResponse,
  IssueSentResponse,
  ListIssuesQuery,
  SendIssueDto,
} from './issues.dto';
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
  @ApiCreatedResponse({ type: IssueResponse })
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateIssueDto) {
    return this.issues.create(p, dto);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiOkResponse({ type: IssuePageResponse })
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListIssuesQuery) {
    return this.issues.list(p, q);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiOkResponse({ type: IssueDetailResponse })
  @Get(':id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.issues.get(p, id);
  }

  @Roles('admin', 'organiser')
  @ApiOkResponse({ type: IssueSentResponse })
  @HttpCode(200)
  @Post(':id/send')
  send(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SendIssueDto) {
    return this.issues.send(p, id, dto);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces(DOCX)
  @Get(':id/document.docx')
  async docx(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const d = await this.issues.document(p, id, 'docx');
    attachment(res, DOCX, 'issue.docx', d.name, d.file);
  }

  @Roles('admin', 'organiser', 'staff_viewer')
  @ApiProduces('application/pdf')
  @Get(':id/document.pdf')
  async pdf(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const d = await this.issues.document(p, id, 'pdf');
    attachment(res, 'application/pdf', 'issue.pdf', d.name, d.file);
  }
}
