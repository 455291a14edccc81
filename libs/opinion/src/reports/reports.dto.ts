import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { PageQuery, IsTimestamp } from '@xs/platform';

export class ReportBodyDto {
  @ApiProperty({ description: '基本情况' }) @IsString() @Length(1, 20000) situation: string;
  @ApiProperty({ description: '原因分析' }) @IsString() @Length(0, 20000) analysis: string;
  @ApiProperty({ description: '意见建议' }) @IsString() @Length(1, 20000) suggestions: string;
}

export class CreateReportDto {
  @ApiProperty() @IsString() @Length(1, 200) title: string;
  @ApiProperty({ type: ReportBodyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ReportBodyDto)
  body: ReportBodyDto;
  @ApiPropertyOptional({ type: [String], description: '民情日记 entries the report carries' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  entryIds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'members (directory ids) co-signing' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  cosignerIds?: string[];
}

export class UpdateReportDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ type: ReportBodyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportBodyDto)
  body?: ReportBodyDto;
  @ApiPropertyOptional({
    type: [String],
    description:
      'members (directory ids) co-signing; replaces the set (the author, on a draft or returned report)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  cosignerIds?: string[];
}

export class ReturnReportDto {
  @ApiProperty({ description: '退回意见' }) @IsString() @Length(1, 5000) comment: string;
}

export class AdoptReportDto {
  @ApiProperty() @IsUUID() issueId: string;
}

export class MergeReportsDto {
  @ApiProperty({ type: [String], description: 'submitted reports merged into this one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  reportIds: string[];
}

export class InstructionDto {
  @ApiProperty({ description: 'who instructed (leader, post)', example: '市委书记' })
  @IsString()
  @Length(1, 100)
  by: string;
  @ApiProperty({ description: '批示 text' }) @IsString() @Length(1, 5000) text: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'when the leader instructed' })
  @IsTimestamp()
  at: Date;
}

export class AssignReportDto {
  @ApiProperty({ type: [String], description: 'departments; the first is the lead (主办)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  departmentIds: string[];
  @ApiProperty({ type: String, format: 'date-time', description: '办理期限' })
  @IsTimestamp()
  dueAt: Date;
}

import { REPORT_STATUSES } from './reports.responses';

export class ListReportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REPORT_STATUSES }) @IsOptional() @IsIn(REPORT_STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() issue?: string;
}
