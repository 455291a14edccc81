import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQuery, REGION_CODE_RE } from '@xs/platform';

export class CreateIssueDto {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiPropertyOptional({
    description: "the compiling committee's region (county level or above); the caller's by default",
  })
  @IsOptional()
  @Matches(REGION_CODE_RE)
  region?: string;
  @ApiPropertyOptional({ description: 'a sent issue this one corrects (更正)' })
  @IsOptional()
  @IsUUID()
  correctsId?: string;
  @ApiPropertyOptional({ description: '更正说明, required with correctsId' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  correctionNote?: string;
}

export class SendIssueDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'accounts (leaders, department staff) notified with the files',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  userIds?: string[];
  @ApiPropertyOptional({ type: [String], description: '报送 line, e.g. 市委、市政府领导' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sendTo?: string[];
  @ApiPropertyOptional({ type: [String], description: 'departments (抄送) by id; their names are printed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  departmentIds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'more 抄送 names' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  copyTo?: string[];
}

export class ListIssuesQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}
