import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { TopicSource, TopicStatus } from './topic.entity';

export const TOPIC_SOURCES: TopicSource[] = ['resident', 'member', 'party_government'];
export const TOPIC_STATUSES: TopicStatus[] = ['submitted', 'accepted', 'rejected', 'merged', 'scheduled'];

export class TopicProposerResponse {
  @ApiProperty({ description: 'masked for others' }) nickname: string;
  @ApiProperty({ description: 'the caller proposed it' }) mine: boolean;
}

/** A topic's photo: read with the caller's token (`url` up to 1600 px, `thumbUrl` a 320 px square). */
export class TopicPhotoResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty() thumbUrl: string;
  @ApiProperty({ type: 'integer' }) width: number;
  @ApiProperty({ type: 'integer' }) height: number;
  @ApiProperty({ type: 'integer', description: 'bytes of the display copy (JPEG)' }) size: number;
}

export class TopicResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) workstationId: string | null;
  @ApiProperty({ enum: TOPIC_SOURCES, enumName: 'TopicSource' }) source: TopicSource;
  @ApiProperty({ enum: TOPIC_STATUSES, enumName: 'TopicStatus' }) status: TopicStatus;
  @ApiProperty({ type: 'integer', description: '附议: people who back it' }) supportCount: number;
  @ApiProperty({ type: () => TopicProposerResponse }) proposer: TopicProposerResponse;
  @ApiProperty({ type: String, nullable: true }) reviewReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedInto: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: () => TopicPhotoResponse, isArray: true, description: 'in upload order' })
  photos: TopicPhotoResponse[];
  @ApiPropertyOptional() supportedByMe?: boolean;
}

export class SimilarTopicResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TOPIC_STATUSES, enumName: 'TopicStatus' }) status: TopicStatus;
  @ApiProperty({ type: 'integer' }) supportCount: number;
  @ApiProperty({ description: 'trigram similarity, 0–1' }) similarity: number;
}

/** A new topic, with the existing ones it resembles (so the proposer can back one instead). */
export class TopicCreatedResponse extends TopicResponse {
  @ApiProperty({ type: () => SimilarTopicResponse, isArray: true }) similar: SimilarTopicResponse[];
}
