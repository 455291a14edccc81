import { ApiProperty } from '@nestjs/swagger';

export class DutyMemberResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: '界别' }) sector: string | null;
  @ApiProperty() level: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
}

export class DutySessionResponse {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({
    enum: ['onsite', 'online', 'invited'],
    isArray: true,
    description: 'how the member took part',
  })
  via: ('onsite' | 'online' | 'invited')[];
}

export class DutySuggestionCountResponse {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) adopted: number;
}

export class DutyPointsResponse {
  @ApiProperty() total: number;
  @ApiProperty() attendance: number;
  @ApiProperty() speeches: number;
  @ApiProperty() questions: number;
  @ApiProperty() suggestions: number;
  @ApiProperty() adopted: number;
  @ApiProperty({ description: '社情民意: entries, reports, adoptions and 批示 together' }) opinion: number;
}

/** Points per item (DUTY_POINT_WEIGHTS). */
export class DutyWeightsResponse {
  @ApiProperty() attendance: number;
  @ApiProperty() speech: number;
  @ApiProperty() question: number;
  @ApiProperty() suggestion: number;
  @ApiProperty() adopted: number;
  @ApiProperty() opinionEntry: number;
  @ApiProperty() opinionReport: number;
  @ApiProperty() opinionAdopted: number;
  @ApiProperty() opinionInstructed: number;
}

/** 社情民意 in the period: reports counted when submitted, adopted and 批示 of those. */
export class DutyOpinionResponse {
  @ApiProperty({ type: 'integer', description: '民情日记 entries recorded' }) entries: number;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer' }) adopted: number;
  @ApiProperty({ type: 'integer' }) instructed: number;
}

export class DutySourcesResponse {
  @ApiProperty() live: boolean;
  @ApiProperty() suggestions: boolean;
  @ApiProperty() invitations: boolean;
  @ApiProperty() account: boolean;
  @ApiProperty() opinion: boolean;
}

/** 履职档案: what a member did in a period. */
export class DutyRecordResponse {
  @ApiProperty({ type: () => DutyMemberResponse }) member: DutyMemberResponse;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: () => DutySessionResponse, isArray: true }) sessions: DutySessionResponse[];
  @ApiProperty({ type: 'integer' }) attendance: number;
  @ApiProperty({ type: 'integer' }) speeches: number;
  @ApiProperty({ type: 'integer' }) questions: number;
  @ApiProperty({ type: 'integer' }) messages: number;
  @ApiProperty({ type: () => DutySuggestionCountResponse }) suggestions: DutySuggestionCountResponse;
  @ApiProperty({ type: () => DutyOpinionResponse }) opinion: DutyOpinionResponse;
  @ApiProperty({ type: () => DutyPointsResponse }) points: DutyPointsResponse;
  @ApiProperty({ type: () => DutyWeightsResponse }) weights: DutyWeightsResponse;
  @ApiProperty({
    type: () => DutySourcesResponse,
    description: 'which contexts answered; a missing one contributes nothing',
  })
  sources: DutySourcesResponse;
}
