import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { REGION_CODE_RE } from '@xs/platform';

export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'community'] as const;

export class CreateRegionDto {
  @ApiProperty({ example: '530102011' }) @IsString() @Matches(REGION_CODE_RE) code: string;
  @ApiProperty() @IsString() @Length(1, 100) name: string;
  @ApiProperty({ enum: REGION_LEVELS }) @IsIn(REGION_LEVELS) level: string;
  @ApiProperty({ example: '530102' }) @IsString() @Matches(REGION_CODE_RE) parentCode: string;
}

export class ListRegionsQuery {
  @ApiPropertyOptional({ description: 'children of this code (000000 for provinces)' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_RE)
  parent?: string;
  @ApiPropertyOptional({ description: 'the whole subtree of this code' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_RE)
  within?: string;
  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) q?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page =
    1;
  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize = 100;
}
