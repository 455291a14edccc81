import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_USER, CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  CancelSessionDto,
  CreateSessionDto,
  ListSessionsQuery,
  PublicSessionsQuery,
  UpdateSessionDto,
} from './sessions.dto';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions')
  create(@CurrentUser() p: Principal, @Body() dto: CreateSessionDto) {
    return this.sessions.create(p, dto);
  }

  @Roles(ANY_USER)
  @Get('sessions')
  list(@CurrentUser() p: Principal, @Query() q: ListSessionsQuery) {
    return this.sessions.list(p, q);
  }

  @Roles(ANY_USER)
  @Get('sessions/:id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.get(p, id);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Patch('sessions/:id')
  update(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSessionDto) {
    return this.sessions.update(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/publish')
  @HttpCode(200)
  publish(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.transition(p, id, 'publish');
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CancelSessionDto) {
    return this.sessions.transition(p, id, 'cancel', dto.reason);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/start')
  @HttpCode(200)
  start(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.transition(p, id, 'start');
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/end')
  @HttpCode(200)
  end(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.transition(p, id, 'end');
  }

  @Roles('admin', 'organiser')
  @Post('sessions/:id/conclude')
  @HttpCode(200)
  conclude(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.transition(p, id, 'conclude');
  }

  @Public()
  @Get('public/sessions')
  listPublic(@Query() q: PublicSessionsQuery) {
    return this.sessions.listPublic(q);
  }

  @Public()
  @Get('public/sessions/:id')
  getPublic(@Param('id', ParseUUIDPipe) id: string) {
    return this.sessions.getPublic(id);
  }
}
