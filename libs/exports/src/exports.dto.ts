import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { REGION_CODE_RE, IsTimestamp } from '@xs/platform';

/** A region inside the caller's (default: the caller's own) and an optional [from, to) period. */
export class RegionPeriodQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() from?: Date;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() to?: Date;
}
