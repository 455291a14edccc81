import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_USER, CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { CreateInvitationsDto, RespondInvitationDto } from './invitations.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/invitations')
  invite(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateInvitationsDto,
  ) {
    return this.invitations.invite(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/invitations')
  list(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.invitations.list(p, id);
  }

  @Roles(ANY_USER)
  @Get('me/invitations')
  mine(@CurrentUser() p: Principal) {
    return this.invitations.mine(p);
  }

  @Roles(ANY_USER)
  @Post('invitations/:id/respond')
  @HttpCode(200)
  respond(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RespondInvitationDto,
  ) {
    return this.invitations.respond(p, id, dto);
  }
}
