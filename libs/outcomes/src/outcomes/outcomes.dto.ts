import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQuery, REGION_CODE_RE, IsTimestamp, MOBILE_RE } from '@xs/platform';

export class SaveOutcomeDto {
  @ApiProperty({ description: '纪要' }) @IsString() @Length(0, 20000) summary: string;
  @ApiProperty({ description: '共识', type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  consensus: string[];
}

export class CreateSuggestionDto {
  @ApiProperty() @IsUUID() sessionId: string;
  @ApiProperty() @IsString() @Length(1, 5000) content: string;
  @ApiProperty({
    type: [String],
    description: 'the first is the lead department (主办), the others co-handle (协办)',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  departmentIds: string[];
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() dueAt?: Date;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) sourceMessageId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) sourceQuestionId?: string;
}

export class AssignSuggestionDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  departmentIds: string[];
  @ApiProperty() @IsTimestamp() dueAt: Date;
}

export class ReplySuggestionDto {
  @ApiProperty({ enum: ['A', 'B', 'C'] }) @IsIn(['A', 'B', 'C']) grade: 'A' | 'B' | 'C';
  @ApiProperty() @IsString() @Length(1, 20000) content: string;
  @ApiProperty() @IsBoolean() adopted: boolean;
  @ApiPropertyOptional({ description: '经办人联系电话' })
  @IsOptional()
  @IsString()
  @Matches(MOBILE_RE)
  contactPhone?: string;
}

export class CountersignDto {
  @ApiPropertyOptional({ description: '会签意见' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  opinion?: string;
}

export class RejectSuggestionDto {
  @ApiProperty() @IsString() @Length(1, 2000) reason: string;
}

export class RateSuggestionDto {
  @ApiProperty({ enum: ['satisfied', 'basically_satisfied', 'unsatisfied'] })
  @IsIn(['satisfied', 'basically_satisfied', 'unsatisfied'])
  rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) comment?: string;
}

const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' || value === true
    ? true
    : value === 'false' || value === '0'
      ? false
      : value;

export class ListSuggestionsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() department?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() session?: string;
  @ApiPropertyOptional({ enum: ['draft', 'assigned', 'replied', 'completed', 'rejected'] })
  @IsOptional()
  @IsIn(['draft', 'assigned', 'replied', 'completed', 'rejected'])
  status?: 'draft' | 'assigned' | 'replied' | 'completed' | 'rejected';
  @ApiPropertyOptional({ description: 'assigned and past the due date (督办)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional({ description: 'assigned and due within this many days, e.g. 7' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  dueWithinDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() from?: Date;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() to?: Date;
}

export class RegionPeriodQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() from?: Date;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() to?: Date;
}

export class RegionQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
}

export class PublicOutcomesQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'only the meetings held at this place (its page)' })
  @IsOptional()
  @IsUUID()
  workstation?: string;
}
