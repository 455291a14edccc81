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
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ANY_USER, CurrentUser, Public, Roles, SignedDownload } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, ApiFile, type Page, PageOf } from '@xs/platform';
import { PRIVACY_NOTICE_TEXT, PRIVACY_NOTICE_VERSION } from '../privacy/privacy-notice';
import { ListRegistrationsQuery, RegisterDto } from './registrations.dto';
import { RegistrationsExportService } from './registrations-export.service';
import { RegistrationsService } from './registrations.service';
import {
  MyRegistrationResponse,
  OwnRegistrationResponse,
  PrivacyNoticeResponse,
  RegistrationCancelledResponse,
  RegistrationResponse,
  RegistrationResultResponse,
} from './registrations.responses';

@ApiTags('registration')
@Controller()
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly exporter: RegistrationsExportService,
  ) {}

  @Public()
  @Get('registrations/privacy-notice')
  @ApiOkResponse({ type: PrivacyNoticeResponse })
  privacyNotice(): PrivacyNoticeResponse {
    return { version: PRIVACY_NOTICE_VERSION, text: PRIVACY_NOTICE_TEXT };
  }

  @Roles('resident', 'member', 'admin', 'organiser', 'workstation_manager')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @Post('sessions/:id/registrations')
  @ApiCreatedResponse({ type: RegistrationResultResponse })
  @ApiErrors(409)
  async register(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RegisterDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RegistrationResultResponse> {
    const { result, replayed } = await this.registrations.register(p, id, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return result;
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/registrations')
  @ApiOkResponse({ type: PageOf(RegistrationResponse) })
  list(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ListRegistrationsQuery,
  ): Promise<Page<RegistrationResponse>> {
    return this.registrations.list(p, id, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @Get('sessions/:id/registrations.xlsx')
  @ApiFile(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'The registrations as a workbook',
  )
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
  @ApiOkResponse({ type: PageOf(MyRegistrationResponse) })
  mine(@CurrentUser() p: Principal): Promise<Page<MyRegistrationResponse>> {
    return this.registrations.mine(p);
  }

  @Roles(ANY_USER)
  @Get('registrations/:id')
  @ApiOkResponse({ type: OwnRegistrationResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<OwnRegistrationResponse> {
    return this.registrations.get(p, id);
  }

  @Roles(ANY_USER)
  @SignedDownload()
  @Get('registrations/:id/ticket.png')
  @ApiFile('image/png', 'The ticket’s QR code')
  @ApiErrors(409)
  async ticket(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const png = await this.registrations.ticketPng(p, id);
    res.setHeader('Content-Type', 'image/png');
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(png);
  }

  @Roles(ANY_USER)
  @Delete('registrations/:id')
  @ApiOkResponse({ type: RegistrationCancelledResponse })
  @ApiErrors(409)
  cancel(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<RegistrationCancelledResponse> {
    return this.registrations.cancel(p, id);
  }
}
