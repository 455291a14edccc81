import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { Implementation } from './follow-up.entity';

export const IMPLEMENTATIONS: Implementation[] = ['implemented', 'partly', 'not'];

export class FollowUpReviewDto {
  @ApiProperty({ enum: IMPLEMENTATIONS, enumName: 'FollowUpImplementation', description: '落实情况' })
  @IsIn(IMPLEMENTATIONS)
  implementation: Implementation;
  @ApiProperty({ description: 'what was found on the ground' }) @IsString() @Length(1, 5000) note: string;
}

export class FollowUpRateDto {
  @ApiProperty({ enum: ['satisfied', 'basically_satisfied', 'unsatisfied'] })
  @IsIn(['satisfied', 'basically_satisfied', 'unsatisfied'])
  rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) comment?: string;
}
