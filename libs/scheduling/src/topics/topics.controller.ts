import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ANY_USER, CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import { CreateTopicDto, ListTopicsQuery, ReviewTopicDto, SimilarTopicsQuery } from './topics.dto';
import { TopicsService } from './topics.service';
import { SimilarTopicResponse, TopicCreatedResponse, TopicResponse } from './topics.responses';

@ApiTags('topics')
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Roles(ANY_USER)
  @Post()
  @ApiCreatedResponse({ type: TopicCreatedResponse })
  create(@CurrentUser() p: Principal, @Body() dto: CreateTopicDto): Promise<TopicCreatedResponse> {
    return this.topics.create(p, dto);
  }

  @Roles(ANY_USER)
  @Get()
  @ApiOkResponse({ type: PageOf(TopicResponse) })
  list(@CurrentUser() p: Principal, @Query() q: ListTopicsQuery): Promise<Page<TopicResponse>> {
    return this.topics.list(p, q);
  }

  @Roles(ANY_USER)
  @Get('similar')
  @ApiOkResponse({ type: SimilarTopicResponse, isArray: true })
  similar(@Query() q: SimilarTopicsQuery): Promise<SimilarTopicResponse[]> {
    return this.topics.similar(q);
  }

  @Roles(ANY_USER)
  @Get(':id')
  @ApiOkResponse({ type: TopicResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TopicResponse> {
    return this.topics.get(p, id);
  }

  @Roles(ANY_USER)
  @Post(':id/support')
  @HttpCode(200)
  @ApiOkResponse({ type: TopicResponse })
  @ApiErrors(409)
  support(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TopicResponse> {
    return this.topics.support(p, id);
  }

  @Roles('admin', 'organiser')
  @Post(':id/review')
  @HttpCode(200)
  @ApiOkResponse({ type: TopicResponse })
  @ApiErrors(409)
  review(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewTopicDto,
  ): Promise<TopicResponse> {
    return this.topics.review(p, id, dto);
  }
}
