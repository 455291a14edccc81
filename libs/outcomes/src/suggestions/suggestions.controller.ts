import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  AssignSuggestionDto,
  CountersignDto,
  CreateSuggestionDto,
  ListSuggestionsQuery,
  RateSuggestionDto,
  RejectSuggestionDto,
  ReplySuggestionDto,
} from '../outcomes/outcomes.dto';
import { MAX_ATTACHMENT_BYTES } from '../outcomes/outcomes.service';
import type { UploadedFile as Upload } from '../outcomes/outcomes.service';
import { RemindersService } from '../supervision/reminders.service';
import { SuggestionFilesService } from './suggestion-files.service';
import { SuggestionsService } from './suggestions.service';

@ApiTags('suggestions')
@Controller()
export class SuggestionsController {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly files: SuggestionFilesService,
    private readonly reminders: RemindersService,
  ) {}

  @Roles('admin', 'organiser')
  @Post('suggestions')
  create(@CurrentUser() p: Principal, @Body() dto: CreateSuggestionDto) {
    return this.suggestions.create(p, dto);
  }

  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler')
  @Get('suggestions')
  list(@CurrentUser() p: Principal, @Query() q: ListSuggestionsQuery) {
    return this.suggestions.list(p, q);
  }

  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler')
  @Get('suggestions/:id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.suggestions.get(p, id);
  }

  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('suggestions/:id/assign')
  assign(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignSuggestionDto,
  ) {
    return this.suggestions.assign(p, id, dto);
  }

  @Roles('department_handler')
  @HttpCode(200)
  @Post('suggestions/:id/reply')
  reply(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReplySuggestionDto,
  ) {
    return this.suggestions.reply(p, id, dto);
  }

  @Roles('department_handler')
  @HttpCode(200)
  @Post('suggestions/:id/countersign')
  countersign(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CountersignDto,
  ) {
    return this.suggestions.countersign(p, id, dto);
  }

  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('suggestions/:id/complete')
  complete(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.suggestions.complete(p, id);
  }

  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('suggestions/:id/reject')
  reject(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectSuggestionDto,
  ) {
    return this.suggestions.reject(p, id, dto);
  }

  @Roles('resident', 'member')
  @Post('suggestions/:id/ratings')
  rate(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RateSuggestionDto) {
    return this.suggestions.rate(p, id, dto);
  }

  @Roles('admin', 'organiser', 'department_handler')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }))
  @Post('suggestions/:id/attachments')
  attach(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Upload | undefined,
  ) {
    return this.files.attach(p, id, file);
  }

  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler')
  @Get('suggestions/:id/attachments')
  attachments(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.files.list(p, id);
  }

  /** 督办: sends today's overdue and due-soon reminders for the caller's region now (the job runs every 15 minutes). */
  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('supervision/reminders')
  remind(@CurrentUser() p: Principal) {
    return this.reminders.runFor(p);
  }
}
