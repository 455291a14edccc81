import { ApiProperty } from '@nestjs/swagger';

/** Reports are counted in the year they were submitted; adopted, instructed, completed are of those. */
export class OpinionCountsResponse {
  @ApiProperty({ type: 'integer', description: '民情日记 entries recorded' }) entries: number;
  @ApiProperty({ type: 'integer', description: 'reports submitted' }) submitted: number;
  @ApiProperty({ type: 'integer', description: 'of those, adopted into an issue' }) adopted: number;
  @ApiProperty({ type: 'integer', description: 'of those, with a leader’s 批示' }) instructed: number;
  @ApiProperty({ type: 'integer', description: 'of those, handled to completion (办结)' }) completed: number;
}

export class OpinionMemberCountsResponse extends OpinionCountsResponse {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: '界别' }) sector: string | null;
}

export class OpinionSectorCountsResponse extends OpinionCountsResponse {
  @ApiProperty({ description: '界别; 未填界别 for members without one' }) sector: string;
}

export class OpinionDistrictCountsResponse extends OpinionCountsResponse {
  @ApiProperty({ example: '530102', description: 'county-level region' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

/** GET /stats/opinion: a region's year of 社情民意. */
export class OpinionStatsResponse {
  @ApiProperty({ example: '530100' }) region: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year: number;
  @ApiProperty({ type: () => OpinionCountsResponse }) totals: OpinionCountsResponse;
  @ApiProperty({ type: () => OpinionDistrictCountsResponse, isArray: true, description: 'by region code' })
  byDistrict: OpinionDistrictCountsResponse[];
  @ApiProperty({
    type: () => OpinionSectorCountsResponse,
    isArray: true,
    description: 'members’ work, most first',
  })
  bySector: OpinionSectorCountsResponse[];
  @ApiProperty({ type: () => OpinionMemberCountsResponse, isArray: true, description: 'most active first' })
  byMember: OpinionMemberCountsResponse[];
}
