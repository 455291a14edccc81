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
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf, UploadInterceptor } from '@xs/platform';
import {
  AssignSuggestionDto,
  CountersignDto,
  CreateSuggestionDto,
  ListSuggestionsQuery,
  RateSuggestionDto,
  RegionQuery,
  RejectSuggestionDto,
  ReplySuggestionDto,
} from '../outcomes/outcomes.dto';
import type { UploadedFile as Upload } from '../outcomes/outcomes.service';
import { assertInScope } from '@xs/identity';
import { RemindersService } from '../supervision/reminders.service';
import { SupervisionRepository } from '../supervision/supervision.repository';
import { SuggestionFilesService } from './suggestion-files.service';
import { SuggestionsService } from './suggestions.service';
import {
  AttachmentListResponse,
  AttachmentResponse,
  RatingResultResponse,
  ReminderRunResponse,
  SuggestionDetailResponse,
  SuggestionResponse,
  SupervisionOverviewResponse,
} from '../outcomes/outcomes.responses';

@ApiTags('suggestions')
@Controller()
export class SuggestionsController {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly files: SuggestionFilesService,
    private readonly reminders: RemindersService,
    private readonly supervision: SupervisionRepository,
  ) {}

  @Roles('admin', 'organiser')
  @Post('suggestions')
  @ApiCreatedResponse({ type: SuggestionResponse })
  @ApiErrors(404, 409)
  create(@CurrentUser() p: Principal, @Body() dto: CreateSuggestionDto): Promise<SuggestionResponse> {
    return this.suggestions.create(p, dto);
  }

  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler')
  @Get('suggestions')
  @ApiOkResponse({ type: PageOf(SuggestionResponse) })
  list(@CurrentUser() p: Principal, @Query() q: ListSuggestionsQuery): Promise<Page<SuggestionResponse>> {
    return this.suggestions.list(p, q);
  }

  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler')
  @Get('suggestions/:id')
  @ApiOkResponse({ type: SuggestionDetailResponse })
  get(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<SuggestionDetailResponse> {
    return this.suggestions.get(p, id);
  }

  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('suggestions/:id/assign')
  @ApiOkResponse({ type: SuggestionResponse })
  @ApiErrors(409)
  assign(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignSuggestionDto,
  ): Promise<SuggestionResponse> {
    return this.suggestions.assign(p, id, dto);
  }

  @Roles('department_handler')
  @HttpCode(200)
  @Post('suggestions/:id/reply')
  @ApiOkResponse({ type: SuggestionResponse })
  @ApiErrors(409)
  reply(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReplySuggestionDto,
  ): Promise<SuggestionResponse> {
    return this.suggestions.reply(p, id, dto);
  }

  @Roles('department_handler')
  @HttpCode(200)
  @Post('suggestions/:id/countersign')
  @ApiOkResponse({ type: SuggestionResponse })
  @ApiErrors(409)
  countersign(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CountersignDto,
  ): Promise<SuggestionResponse> {
    return this.suggestions.countersign(p, id, dto);
  }

  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('suggestions/:id/complete')
  @ApiOkResponse({ type: SuggestionResponse })
  @ApiErrors(409)
  complete(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SuggestionResponse> {
    return this.suggestions.complete(p, id);
  }

  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('suggestions/:id/reject')
  @ApiOkResponse({ type: SuggestionResponse })
  @ApiErrors(409)
  reject(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectSuggestionDto,
  ): Promise<SuggestionResponse> {
    return this.suggestions.reject(p, id, dto);
  }

  @Roles('resident', 'member')
  @Post('suggestions/:id/ratings')
  @ApiCreatedResponse({ type: RatingResultResponse })
  @ApiErrors(409)
  rate(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RateSuggestionDto,
  ): Promise<RatingResultResponse> {
    return this.suggestions.rate(p, id, dto);
  }

  @Roles('admin', 'organiser', 'department_handler')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(UploadInterceptor)
  @Post('suggestions/:id/attachments')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: AttachmentResponse })
  attach(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<AttachmentResponse> {
    return this.files.attach(p, id, file);
  }

  @Roles('admin', 'organiser', 'staff_viewer', 'department_handler')
  @Get('suggestions/:id/attachments')
  @ApiOkResponse({ type: AttachmentListResponse })
  attachments(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AttachmentListResponse> {
    return this.files.list(p, id);
  }

  /** 督办: sends today's overdue and due-soon reminders for the caller's region now (the job runs every 15 minutes). */
  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('supervision/reminders')
  @ApiOkResponse({ type: ReminderRunResponse })
  remind(@CurrentUser() p: Principal): Promise<ReminderRunResponse> {
    return this.reminders.runFor(p);
  }

  /** 督办 overview: overdue suggestions by the department that owes the answer, and the reminders sent. */
  @Roles('admin', 'organiser', 'staff_viewer')
  @Get('supervision')
  @ApiOkResponse({ type: SupervisionOverviewResponse })
  async overview(@CurrentUser() p: Principal, @Query() q: RegionQuery): Promise<SupervisionOverviewResponse> {
    const region = q.region ?? p.regionCode;
    assertInScope(p, region);
    const [overdueByDepartment, reminders] = await Promise.all([
      this.supervision.overdueByDepartment(region),
      this.supervision.recentReminders(region),
    ]);
    return { region, overdueByDepartment, reminders };
  }
}
