import { ApiProperty } from '@nestjs/swagger';
import { RatingCountsResponse } from '../outcomes/outcomes.responses';
import { IMPLEMENTATIONS } from './follow-up.dto';

/** 回头看 of a completed suggestion. */
export class FollowUpResponse {
  @ApiProperty({ format: 'uuid' }) suggestionId: string;
  @ApiProperty({
    enum: ['not_due', 'due', 'reviewed'],
    enumName: 'FollowUpStatus',
    description: 'due FOLLOW_UP_MONTHS after completion',
  })
  status: 'not_due' | 'due' | 'reviewed';
  @ApiProperty({ type: String, format: 'date-time' }) dueAt: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'when the organiser was reminded',
  })
  remindedAt: string | null;
  @ApiProperty({
    enum: IMPLEMENTATIONS,
    enumName: 'FollowUpImplementation',
    nullable: true,
    description: '落实情况',
  })
  implementation: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: () => RatingCountsResponse, description: 'the second rating round' })
  ratings: RatingCountsResponse;
}

export class FollowUpRatingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['satisfied', 'basically_satisfied', 'unsatisfied'] }) rating: string;
}

/** On the public outcome page, once reviewed. */
export class PublicFollowUpResponse {
  @ApiProperty({ enum: IMPLEMENTATIONS, enumName: 'FollowUpImplementation' }) implementation: string;
  @ApiProperty() note: string;
  @ApiProperty({ type: String, format: 'date-time' }) reviewedAt: string;
  @ApiProperty({ type: () => RatingCountsResponse }) ratings: RatingCountsResponse;
}
