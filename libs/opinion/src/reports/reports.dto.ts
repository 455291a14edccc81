import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@xs/platform';

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
  @Type(() => Date)
  @IsDate()
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
  @Type(() => Date)
  @IsDate()
  dueAt: Date;
}

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'adopted', 'merged'] as const;

export class ListReportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REPORT_STATUSES }) @IsOptional() @IsIn(REPORT_STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() issue?: string;
}

export class ReportBodyResponse {
  @ApiProperty() situation: string;
  @ApiProperty() analysis: string;
  @ApiProperty() suggestions: string;
}

export class CosignerResponse {
  @ApiProperty() memberId: string;
  @ApiProperty() name: string;
}

export class InstructionResponse {
  @ApiProperty() id: string;
  @ApiProperty() by: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt: string;
}

export class HandlingResponse {
  @ApiProperty({ description: 'the suggestion carrying the report (GET /suggestions/:id)' })
  suggestionId: string;
  @ApiProperty({ enum: ['draft', 'assigned', 'replied', 'completed', 'rejected'] }) status: string;
}

export class ReportResponse {
  @ApiProperty() id: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: ReportBodyResponse }) body: ReportBodyResponse;
  @ApiProperty({ enum: REPORT_STATUSES }) status: string;
  @ApiProperty() authorId: string;
  @ApiProperty() authorName: string;
  @ApiProperty({ type: String, nullable: true }) returnComment: string | null;
  @ApiProperty({ type: String, nullable: true }) issueId: string | null;
  @ApiProperty({ type: String, nullable: true }) mergedInto: string | null;
  @ApiProperty({ type: [String] }) entryIds: string[];
  @ApiProperty({ type: [CosignerResponse] }) cosigners: CosignerResponse[];
  @ApiProperty({ type: String, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) adoptedAt: Date | null;
  @ApiProperty({ type: [InstructionResponse], description: '批示, oldest first' })
  instructions: InstructionResponse[];
  @ApiProperty({ type: HandlingResponse, nullable: true, description: '办理, once assigned to departments' })
  handling: HandlingResponse | null;
  @ApiProperty({ type: String, nullable: true }) assignedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class ReportCreatedResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['draft'] }) status: string;
}

export class ReportPageResponse {
  @ApiProperty({ type: [ReportResponse] }) items: ReportResponse[];
  @ApiProperty() total: number;
}
