import { ApiProperty } from '@nestjs/swagger';

export class DrawWinnerResponse {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

/** 随机抽取: everything needed to re-run the draw and get the same winners. */
export class DrawResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ description: 'name and version of the published algorithm' }) algorithm: string;
  @ApiProperty() seed: string;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: 'integer' }) candidateCount: number;
  @ApiProperty() candidatesHash: string;
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'registration ids, in the order the algorithm uses',
  })
  candidates: string[];
  @ApiProperty({ type: () => DrawWinnerResponse, isArray: true }) winners: DrawWinnerResponse[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DrawVerificationResponse {
  @ApiProperty({ format: 'uuid' }) drawId: string;
  @ApiProperty() algorithm: string;
  @ApiProperty() candidatesHashMatches: boolean;
  @ApiProperty({ description: 're-running gives the stored winners' }) resultMatches: boolean;
  @ApiProperty({ type: String, isArray: true, description: 'registration ids of the re-run’s winners' })
  winners: string[];
}
