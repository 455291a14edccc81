import { ApiProperty } from '@nestjs/swagger';
import { RATINGS } from '../outcomes/outcomes.responses';

export const FOLLOW_UP_STATUSES = ['assigned', 'replied', 'completed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export type RatingValue = (typeof RATINGS)[number];

export class MyRatingOfSuggestionResponse {
  @ApiProperty({ enum: RATINGS, enumName: 'Rating' }) rating: RatingValue;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class FollowUpReplyResponse {
  @ApiProperty() content: string;
  @ApiProperty() adopted: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
}

/** A suggestion from a session I took part in, as its participant sees it (no handler, no phone). */
export class MySuggestionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ type: String, format: 'date-time' }) sessionStartsAt: string;
  @ApiProperty() content: string;
  @ApiProperty({
    enum: FOLLOW_UP_STATUSES,
    enumName: 'MySuggestionStatus',
    description: 'assigned 办理中, replied 已答复, completed 已办结',
  })
  status: FollowUpStatus;
  @ApiProperty({ type: String, isArray: true, description: 'handling departments, lead first' })
  departments: string[];
  @ApiProperty({ type: () => FollowUpReplyResponse, nullable: true, description: 'once replied' })
  reply: FollowUpReplyResponse | null;
  @ApiProperty({ type: () => MyRatingOfSuggestionResponse, nullable: true })
  myRating: MyRatingOfSuggestionResponse | null;
  @ApiProperty({ description: 'replied and not yet rated by me' }) canRate: boolean;
}

export class MyRatingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) suggestionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty() content: string;
  @ApiProperty({ enum: RATINGS, enumName: 'Rating' }) rating: RatingValue;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
