import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import { AnswerEntryDto, CreateEntryDto, EntryTopicDto, ListEntriesQuery } from './entries.dto';
import { OpinionCategoriesResponse, OpinionEntryResponse, OpinionIdResponse } from './entries.responses';
import { EntriesService } from './entries.service';

@ApiTags('opinion')
@Controller()
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer', 'resident')
  @ApiOkResponse({ type: OpinionCategoriesResponse })
  @Get('opinion-categories')
  categories(): OpinionCategoriesResponse {
    return this.entries.categoryList();
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'resident')
  @ApiCreatedResponse({ type: OpinionIdResponse })
  @Post('workstations/:id/opinion-entries')
  create(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateEntryDto,
  ): Promise<OpinionIdResponse> {
    return this.entries.create(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer')
  @ApiOkResponse({ type: PageOf(OpinionEntryResponse) })
  @Get('opinion-entries')
  list(@CurrentUser() p: Principal, @Query() q: ListEntriesQuery): Promise<Page<OpinionEntryResponse>> {
    return this.entries.list(p, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member')
  @ApiOkResponse({ type: OpinionEntryResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post('opinion-entries/:id/answer')
  answer(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AnswerEntryDto,
  ): Promise<OpinionEntryResponse> {
    return this.entries.answer(p, id, dto.answer);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member')
  @ApiOkResponse({ type: OpinionEntryResponse })
  @ApiErrors(409)
  @HttpCode(200)
  @Post('opinion-entries/:id/topic')
  toTopic(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EntryTopicDto,
  ): Promise<OpinionEntryResponse> {
    return this.entries.toTopic(p, id, dto.title);
  }
}
