import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors } from '@xs/platform';
import { FanoutService } from './fanout.service';
import { LiveHistoryService } from './live-history.service';
import { LiveMessagePage, LiveNodeStatsResponse, LivePollList, LiveQuestionList } from '../live.schemas';

export class MessagesQuery {
  @ApiPropertyOptional({ description: 'Only messages with a larger sequence number', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after = 0;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

export class QuestionsQuery {
  @ApiPropertyOptional({ enum: ['votes', 'time'], default: 'votes' })
  @IsOptional()
  @IsIn(['votes', 'time'])
  sort: 'votes' | 'time' = 'votes';
}

/**
 * History over REST. Public routes: whoever may watch the room may read it (anonymous viewers only
 * where the session allows it); the service decides per session.
 */
@ApiTags('live')
@Controller('sessions/:id')
export class LiveController {
  constructor(private readonly history: LiveHistoryService) {}

  @Public()
  @Get('messages')
  @ApiOkResponse({ type: LiveMessagePage })
  @ApiErrors(401, 403)
  messages(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: MessagesQuery,
    @OptionalUser() p: Principal | undefined,
  ): Promise<LiveMessagePage> {
    return this.history.messages(p, id, q.after, q.limit);
  }

  @Public()
  @Get('questions')
  @ApiOkResponse({ type: LiveQuestionList })
  @ApiErrors(401, 403)
  questions(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: QuestionsQuery,
    @OptionalUser() p: Principal | undefined,
  ): Promise<LiveQuestionList> {
    return this.history.questions(p, id, q.sort);
  }

  @Public()
  @Get('polls')
  @ApiOkResponse({ type: LivePollList })
  @ApiErrors(401, 403)
  polls(
    @Param('id', ParseUUIDPipe) id: string,
    @OptionalUser() p: Principal | undefined,
  ): Promise<LivePollList> {
    return this.history.polls(p, id);
  }
}

/** Operators' view of one replica's fan-out; behind a load balancer each call reaches one node. */
@ApiTags('live')
@Controller('live')
export class LiveNodeController {
  constructor(private readonly fanout: FanoutService) {}

  @Roles('admin')
  @Get('node')
  @ApiOkResponse({ type: LiveNodeStatsResponse })
  node(): LiveNodeStatsResponse {
    return this.fanout.nodeStats();
  }
}
