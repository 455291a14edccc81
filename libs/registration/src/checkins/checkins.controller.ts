import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { CheckInDto, WalkInDto } from '../registrations/registrations.dto';
import { CheckinsService } from './checkins.service';

@ApiTags('registration')
@Controller()
export class CheckinsController {
  constructor(private readonly checkins: CheckinsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/checkins')
  checkIn(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CheckInDto) {
    return this.checkins.checkIn(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/walk-ins')
  walkIn(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: WalkInDto) {
    return this.checkins.walkIn(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/attendance')
  attendance(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.checkins.attendance(p, id);
  }
}
