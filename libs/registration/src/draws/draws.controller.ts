import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { DrawDto } from '../registrations/registrations.dto';
import { DrawsService } from './draws.service';

@ApiTags('registration')
@Controller()
export class DrawsController {
  constructor(private readonly draws: DrawsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/draw')
  draw(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DrawDto) {
    return this.draws.draw(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/draws')
  list(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.draws.list(p, id);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/draws/:drawId/verify')
  verify(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('drawId', ParseUUIDPipe) drawId: string,
  ) {
    return this.draws.verify(p, id, drawId);
  }
}
