import { ApiProperty } from '@nestjs/swagger';

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'adopted', 'merged'] as const;

export class OpinionReportBodyResponse {
  @ApiProperty({ description: '基本情况' }) situation: string;
  @ApiProperty({ description: '原因分析' }) analysis: string;
  @ApiProperty({ description: '意见建议' }) suggestions: string;
}

export class OpinionCosignerResponse {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() name: string;
}

/** An entry a report carries, as its readers see it: the raiser's phone always masked. */
export class OpinionReportEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() text: string;
  @ApiProperty({ example: '养老' }) category: string;
  @ApiProperty({ type: String, nullable: true }) community: string | null;
  @ApiProperty({ type: String, nullable: true, example: '139****4321', description: 'always masked' })
  phone: string | null;
  @ApiProperty({ enum: ['staff', 'resident'], enumName: 'OpinionEntrySource' }) source: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'when it was recorded' }) createdAt: string;
}

/** 批示: a leader's instruction on an adopted report. */
export class OpinionInstructionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '市委书记' }) by: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'when the leader instructed' }) at: string;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt: string;
}

export class OpinionHandlingResponse {
  @ApiProperty({ format: 'uuid', description: 'the suggestion carrying the report (GET /suggestions/:id)' })
  suggestionId: string;
  @ApiProperty({
    enum: ['draft', 'assigned', 'replied', 'completed', 'rejected'],
    enumName: 'SuggestionStatus',
  })
  status: string;
}

/** 社情民意信息: a report drafted from entries, reviewed and adopted into an issue. */
export class OpinionReportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: () => OpinionReportBodyResponse }) body: OpinionReportBodyResponse;
  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'OpinionReportStatus' }) status: string;
  @ApiProperty({ format: 'uuid', description: 'the author’s account' }) authorId: string;
  @ApiProperty() authorName: string;
  @ApiProperty({ type: String, nullable: true, description: '退回意见' }) returnComment: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) issueId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedInto: string | null;
  @ApiProperty({ type: [String] }) entryIds: string[];
  @ApiProperty({ type: () => OpinionReportEntryResponse, isArray: true, description: 'oldest first' })
  entries: OpinionReportEntryResponse[];
  @ApiProperty({ type: () => OpinionCosignerResponse, isArray: true }) cosigners: OpinionCosignerResponse[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) adoptedAt: Date | null;
  @ApiProperty({ type: () => OpinionInstructionResponse, isArray: true, description: '批示, oldest first' })
  instructions: OpinionInstructionResponse[];
  @ApiProperty({
    type: () => OpinionHandlingResponse,
    nullable: true,
    description: '办理, once assigned to departments',
  })
  handling: OpinionHandlingResponse | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) assignedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class OpinionReportCreatedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['draft'] }) status: string;
}
