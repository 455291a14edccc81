import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_USER, CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { CreateTopicDto, ListTopicsQuery, ReviewTopicDto, SimilarTopicsQuery } from './topics.dto';
import { TopicsService } from './topics.service';

@ApiTags('topics')
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Roles(ANY_USER)
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateTopicDto) {
    return this.topics.create(p, dto);
  }

  @Roles(ANY_USER)
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListTopicsQuery) {
    return this.topics.list(p, q);
  }

  @Roles(ANY_USER)
  @Get('similar')
  similar(@Query() q: SimilarTopicsQuery) {
    return this.topics.similar(q);
  }

  @Roles(ANY_USER)
  @Get(':id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.topics.get(p, id);
  }

  @Roles(ANY_USER)
  @Post(':id/support')
  @HttpCode(200)
  support(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    return this.topics.support(p, id);
  }

  @Roles('admin', 'organiser')
  @Post(':id/review')
  @HttpCode(200)
  review(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReviewTopicDto) {
    return this.topics.review(p, id, dto);
  }
}
