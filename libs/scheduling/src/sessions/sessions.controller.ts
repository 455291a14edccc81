import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ANY_USER, CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import {
  CancelSessionDto,
  CreateSessionDto,
  ListSessionsQuery,
  PublicSessionsQuery,
  UpdateSessionDto,
} from './sessions.dto';
import { SessionsService } from './sessions.service';
import { PublicSessionResponse, SessionCreatedResponse, SessionResponse } from './sessions.responses';

@ApiTags('sessions')
@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions')
  @ApiCreatedResponse({ type: SessionCreatedResponse })
  @ApiErrors(409)
  create(@CurrentUser() p: Principal, @Body() dto: CreateSessionDto): Promise<SessionCreatedResponse> {
    return this.sessions.create(p, dto);
  }

  @Roles(ANY_USER)
  @Get('sessions')
  @ApiOkResponse({ type: PageOf(SessionResponse) })
  list(@CurrentUser() p: Principal, @Query() q: ListSessionsQuery): Promise<Page<SessionResponse>> {
    return this.sessions.list(p, q);
  }

  @Roles(ANY_USER)
  @Get('sessions/:id')
  @ApiOkResponse({ type: SessionResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SessionResponse> {
    return this.sessions.get(p, id);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Patch('sessions/:id')
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(409)
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateSessionDto,
  ): Promise<SessionResponse> {
    return this.sessions.update(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(409)
  publish(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SessionResponse> {
    return this.sessions.transition(p, id, 'publish');
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(409)
  cancel(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelSessionDto,
  ): Promise<SessionResponse> {
    return this.sessions.transition(p, id, 'cancel', dto.reason);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(409)
  start(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SessionResponse> {
    return this.sessions.transition(p, id, 'start');
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(409)
  end(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SessionResponse> {
    return this.sessions.transition(p, id, 'end');
  }

  @Roles('admin', 'organiser')
  @Post('sessions/:id/conclude')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  @ApiErrors(409)
  conclude(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SessionResponse> {
    return this.sessions.transition(p, id, 'conclude');
  }

  @Public()
  @Get('public/sessions')
  @ApiOkResponse({ type: PageOf(PublicSessionResponse) })
  listPublic(@Query() q: PublicSessionsQuery): Promise<Page<PublicSessionResponse>> {
    return this.sessions.listPublic(q);
  }

  @Public()
  @Get('public/sessions/:id')
  @ApiOkResponse({ type: PublicSessionResponse })
  getPublic(@Param('id', ParseUUIDPipe) id: string): Promise<PublicSessionResponse> {
    return this.sessions.getPublic(id);
  }
}
