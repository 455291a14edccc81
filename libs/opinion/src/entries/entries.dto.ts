import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery, REGION_CODE_RE, IsTimestamp } from '@xs/platform';

export class CreateEntryDto {
  @ApiProperty({ description: '群众反映的问题' }) @IsString() @Length(1, 5000) text: string;
  @ApiProperty({ description: 'one of config/opinion-categories.json (GET /opinion-categories)' })
  @IsString()
  @Length(1, 40)
  category: string;
  @ApiPropertyOptional({ description: '社区' }) @IsOptional() @IsString() @Length(1, 100) community?: string;
  @ApiPropertyOptional({ type: String, description: '反映人手机号 (stored encrypted)' })
  @IsOptional()
  @IsString()
  @Length(5, 20)
  phone?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'photo URLs or file ids, at most 9' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  photos?: string[];
  @ApiPropertyOptional({
    type: [String],
    description:
      'photos uploaded first (POST /opinion-photos) by the caller; photos and photoIds together at most 9',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @IsUUID('all', { each: true })
  photoIds?: string[];
}

export class AnswerEntryDto {
  @ApiProperty({ description: '现场答复' }) @IsString() @Length(1, 5000) answer: string;
}

export class ListEntriesQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() workstation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) category?: string;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() from?: Date;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() to?: Date;
}

export class EntryTopicDto {
  @ApiPropertyOptional({ description: 'the topic title; by default the category and the start of the text' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  title?: string;
}
