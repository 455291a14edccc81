import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ANY_USER, CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import { CreateInvitationsDto, RespondInvitationDto } from './invitations.dto';
import { InvitationsService } from './invitations.service';
import {
  InvitationResponse,
  InvitationsCreatedResponse,
  MyInvitationResponse,
  SessionInvitationsResponse,
} from './invitations.responses';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/invitations')
  @ApiCreatedResponse({ type: InvitationsCreatedResponse })
  @ApiErrors(409)
  invite(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateInvitationsDto,
  ): Promise<InvitationsCreatedResponse> {
    return this.invitations.invite(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/invitations')
  @ApiOkResponse({ type: SessionInvitationsResponse })
  list(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<SessionInvitationsResponse> {
    return this.invitations.list(p, id);
  }

  @Roles(ANY_USER)
  @Get('me/invitations')
  @ApiOkResponse({ type: PageOf(MyInvitationResponse) })
  mine(@CurrentUser() p: Principal): Promise<Page<MyInvitationResponse>> {
    return this.invitations.mine(p);
  }

  @Roles(ANY_USER)
  @Post('invitations/:id/respond')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationResponse })
  @ApiErrors(409)
  respond(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RespondInvitationDto,
  ): Promise<InvitationResponse> {
    return this.invitations.respond(p, id, dto);
  }
}
