import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Matches } from 'class-validator';
import { REGION_CODE_RE } from '@xs/platform';

/** A region inside the caller's (default: the caller's own) and an optional [from, to) period. */
export class RegionPeriodQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}
