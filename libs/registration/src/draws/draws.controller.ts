import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import { DrawDto } from '../registrations/registrations.dto';
import { DrawsService } from './draws.service';
import { DrawResponse, DrawVerificationResponse } from './draws.responses';

@ApiTags('registration')
@Controller()
export class DrawsController {
  constructor(private readonly draws: DrawsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/draw')
  @ApiCreatedResponse({ type: DrawResponse })
  @ApiErrors(409)
  draw(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DrawDto,
  ): Promise<DrawResponse> {
    return this.draws.draw(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/draws')
  @ApiOkResponse({ type: PageOf(DrawResponse) })
  list(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<Page<DrawResponse>> {
    return this.draws.list(p, id);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/draws/:drawId/verify')
  @ApiOkResponse({ type: DrawVerificationResponse })
  verify(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('drawId', ParseUUIDPipe) drawId: string,
  ): Promise<DrawVerificationResponse> {
    return this.draws.verify(p, id, drawId);
  }
}
