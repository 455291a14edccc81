import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  AnswerEntryDto,
  CategoriesResponse,
  CreateEntryDto,
  EntryPageResponse,
  EntryResponse,
  EntryTopicDto,
  IdResponse,
  ListEntriesQuery,
} from './entries.dto';
import { EntriesService } from './entries.service';

@ApiTags('opinion')
@Controller()
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer', 'resident')
  @ApiOkResponse({ type: CategoriesResponse })
  @Get('opinion-categories')
  categories() {
    return this.entries.categoryList();
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'resident')
  @ApiCreatedResponse({ type: IdResponse })
  @Post('workstations/:id/opinion-entries')
  create(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateEntryDto) {
    return this.entries.create(p, id, dto);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer')
  @ApiOkResponse({ type: EntryPageResponse })
  @Get('opinion-entries')
  list(@CurrentUser() p: Principal, @Query() q: ListEntriesQuery) {
    return this.entries.list(p, q);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member')
  @ApiOkResponse({ type: EntryResponse })
  @HttpCode(200)
  @Post('opinion-entries/:id/answer')
  answer(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AnswerEntryDto) {
    return this.entries.answer(p, id, dto.answer);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member')
  @ApiOkResponse({ type: EntryResponse })
  @HttpCode(200)
  @Post('opinion-entries/:id/topic')
  toTopic(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EntryTopicDto) {
    return this.entries.toTopic(p, id, dto.title);
  }
}
