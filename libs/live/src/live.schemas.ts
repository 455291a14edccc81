import { ApiProperty } from '@nestjs/swagger';
import type { AuthorRole } from './live.types';

/**
 * The shapes clients receive, over REST (history) and over the socket (`/live`): one class per shape,
 * so the OpenAPI and AsyncAPI documents describe the same thing.
 */
export const AUTHOR_ROLES: AuthorRole[] = ['moderator', 'staff', 'speaker', 'resident'];

export class MessageAuthor {
  @ApiProperty() nickname: string;
  @ApiProperty({ enum: AUTHOR_ROLES, enumName: 'AuthorRole' }) role: AuthorRole;
}

export class LiveMessage {
  @ApiProperty({ type: 'integer', description: 'per-room sequence; ascending, may have holes' }) seq: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: () => MessageAuthor }) author: MessageAuthor;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'ms since the session started, for replay beside the recording (null before the start)',
  })
  offsetMs: number | null;
}

export class LiveMessagePage {
  @ApiProperty({ type: () => LiveMessage, isArray: true }) items: LiveMessage[];
  @ApiProperty({ description: 'more after the last one: ask again with `after`' }) hasMore: boolean;
}

export class QuestionAuthor {
  @ApiProperty() nickname: string;
}

export class LiveQuestion {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: () => QuestionAuthor }) author: QuestionAuthor;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'integer' }) votes: number;
  @ApiProperty() answered: boolean;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'who answered (nickname)' }) answeredBy:
    string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: 'integer', nullable: true }) offsetMs: number | null;
}

export class LiveQuestionList {
  @ApiProperty({ type: () => LiveQuestion, isArray: true }) items: LiveQuestion[];
}

export class PollOption {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'integer' }) votes: number;
}

export class LivePoll {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() question: string;
  @ApiProperty({ description: 'several options may be chosen' }) multi: boolean;
  @ApiProperty({ type: () => PollOption, isArray: true }) options: PollOption[];
  @ApiProperty({ type: 'integer', description: 'people who voted' }) total: number;
  @ApiProperty({ enum: ['open', 'closed'], enumName: 'PollStatus' }) status: 'open' | 'closed';
}

export class LivePollList {
  @ApiProperty({ type: () => LivePoll, isArray: true }) items: LivePoll[];
}

export class LiveNodeRoom {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: 'integer' }) localSockets: number;
  @ApiProperty({ type: 'integer', description: 'across nodes (local without Redis)' }) online: number;
  @ApiProperty({ type: 'integer' }) peak: number;
  @ApiProperty({ type: 'integer', description: 'items received, not yet sent' }) waiting: number;
  @ApiProperty({ description: 'a batch is still being written to this big room' }) sending: boolean;
}

/** One replica's fan-out (each replica answers for itself). */
export class LiveNodeStatsResponse {
  @ApiProperty() nodeId: string;
  @ApiProperty({ type: 'integer' }) tickMs: number;
  @ApiProperty({ type: 'integer' }) sockets: number;
  @ApiProperty({ type: () => LiveNodeRoom, isArray: true }) rooms: LiveNodeRoom[];
  @ApiProperty({ type: 'integer' }) batches: number;
  @ApiProperty({ type: 'integer' }) batchesOverTick: number;
  @ApiProperty() lastBatchMs: number;
  @ApiProperty() maxBatchMs: number;
  @ApiProperty({ type: 'integer' }) directWrites: number;
  @ApiProperty({ type: 'integer' }) slowSockets: number;
  @ApiProperty({ type: 'integer' }) slowCuts: number;
}
