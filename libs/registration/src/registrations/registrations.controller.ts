import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ANY_USER, CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { PRIVACY_NOTICE_TEXT, PRIVACY_NOTICE_VERSION } from '../privacy/privacy-notice';
import { ListRegistrationsQuery, RegisterDto } from './registrations.dto';
import { RegistrationsExportService } from './registrations-export.service';
import { RegistrationsService } from './registrations.service';

@ApiTags('registration')
@Controller()
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly exporter: RegistrationsExportService,
  ) {}

  @Public()
  @Get('registrations/privacy-notice')
  privacyNotice() {
    return { version: PRIVACY_NOTICE_VERSION, text: PRIVACY_NOTICE_TEXT };
  }

  @Roles('resident', 'member', 'admin', 'organiser', 'workstation_manager')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @Post('sessions/:id/registrations')
  async register(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RegisterDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { result, replayed } = await this.registrations.register(p, id, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return result;
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/registrations')
  list(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ListRegistrationsQuery,
  ) {
    return this.registrations.list(p, id, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Get('sessions/:id/registrations.xlsx')
  async exportXlsx(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ) {
    const { session, filename } = await this.exporter.prepare(p, id);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    await this.exporter.write(p, id, session.title, res);
  }

  @Roles(ANY_USER)
  @Get('me/registrations')
  mine(@CurrentUser() p: Principal) {
    return this.registrations.mine(p);
  }

  @Roles(ANY_USER)
  @Get('registrations/:id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.registrations.get(p, id);
  }

  @Roles(ANY_USER)
  @ApiProduces('image/png')
  @Get('registrations/:id/ticket.png')
  async ticket(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const png = await this.registrations.ticketPng(p, id);
    res.setHeader('Content-Type', 'image/png');
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(png);
  }

  @Roles(ANY_USER)
  @Delete('registrations/:id')
  cancel(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.registrations.cancel(p, id);
  }
}
