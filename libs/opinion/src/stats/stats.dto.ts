import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { REGION_CODE_RE } from '@xs/platform';

export class OpinionStatsQuery {
  @ApiPropertyOptional({ description: 'the caller’s region by default' })
  @IsOptional()
  @Matches(REGION_CODE_RE)
  region?: string;
  @ApiPropertyOptional({ example: 2026, description: 'this year by default (Asia/Shanghai)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
