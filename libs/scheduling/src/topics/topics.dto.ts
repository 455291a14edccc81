import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery, REGION_CODE_RE } from '@xs/platform';
import type { TopicSource, TopicStatus } from './topic.entity';

export const TOPIC_SOURCES: TopicSource[] = ['resident', 'member', 'party_government'];
export const TOPIC_STATUSES: TopicStatus[] = ['submitted', 'accepted', 'rejected', 'merged', 'scheduled'];
export const TOPIC_SORTS = ['supportCount', '-supportCount', 'createdAt', '-createdAt'] as const;
export type TopicSort = (typeof TOPIC_SORTS)[number];

export class CreateTopicDto {
  @ApiProperty() @IsString() @Length(2, 200) title: string;
  @ApiProperty() @IsString() @Length(1, 5000) description: string;
  @ApiProperty({ example: '530102' }) @IsString() @Matches(REGION_CODE_RE) regionCode: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() workstationId?: string;
  @ApiProperty({ enum: TOPIC_SOURCES, description: '群众出题 / 委员荐题 / 党政点题' })
  @IsIn(TOPIC_SOURCES)
  source: TopicSource;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'photos uploaded first (POST /topic-photos) by the caller, at most 9 (400 TOO_MANY_TOPIC_PHOTOS)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  photoIds?: string[];
}

export class ReviewTopicDto {
  @ApiProperty({ enum: ['accept', 'reject', 'merge'] }) @IsIn(['accept', 'reject', 'merge']) decision:
    'accept' | 'reject' | 'merge';
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() mergeInto?: string;
}

export class ListTopicsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional({ enum: TOPIC_STATUSES }) @IsOptional() @IsIn(TOPIC_STATUSES) status?: TopicStatus;
  @ApiPropertyOptional({ enum: TOPIC_SOURCES }) @IsOptional() @IsIn(TOPIC_SOURCES) source?: TopicSource;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) q?: string;
  @ApiPropertyOptional({ description: 'true: only topics I proposed' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';
  @ApiPropertyOptional({ description: 'true: only topics I supported (附议)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  supported?: 'true' | 'false';
  @ApiPropertyOptional({ enum: TOPIC_SORTS, description: 'default -supportCount (most supported first)' })
  @IsOptional()
  @IsIn(TOPIC_SORTS)
  sort?: TopicSort;
}

export class SimilarTopicsQuery {
  @ApiProperty() @IsString() @Length(2, 500) q: string;
  @ApiProperty({ example: '530102' }) @IsString() @Matches(REGION_CODE_RE) region: string;
}
