import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors } from '@xs/platform';
import { CheckInDto, WalkInDto } from '../registrations/registrations.dto';
import { CheckinsService } from './checkins.service';
import { AttendanceResponse, CheckInResponse, WalkInResponse } from './checkins.responses';

@ApiTags('registration')
@Controller()
export class CheckinsController {
  constructor(private readonly checkins: CheckinsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/checkins')
  @ApiCreatedResponse({ type: CheckInResponse })
  @ApiErrors(409)
  checkIn(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CheckInDto,
  ): Promise<CheckInResponse> {
    return this.checkins.checkIn(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/walk-ins')
  @ApiCreatedResponse({ type: WalkInResponse })
  @ApiErrors(409)
  walkIn(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: WalkInDto,
  ): Promise<WalkInResponse> {
    return this.checkins.walkIn(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/attendance')
  @ApiOkResponse({ type: AttendanceResponse })
  attendance(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AttendanceResponse> {
    return this.checkins.attendance(p, id);
  }
}
