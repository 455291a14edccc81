import { ApiProperty } from '@nestjs/swagger';
import { OpinionReportResponse } from '../reports/reports.responses';

/** One 期 of 《社情民意》. */
export class OpinionIssueResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '530102', description: 'the compiling committee’s region' }) regionCode: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year: number;
  @ApiProperty({ type: 'integer', description: '期号, per committee and year' }) number: number;
  @ApiProperty({ enum: ['compiling', 'sent'], enumName: 'OpinionIssueStatus' }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the issue this 更正 corrects' })
  correctsId: string | null;
  @ApiProperty({ type: String, nullable: true }) correctionNote: string | null;
  @ApiProperty({ type: [String], description: '报送' }) sendTo: string[];
  @ApiProperty({ type: [String], description: '抄送' }) copyTo: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class OpinionIssueDetailResponse extends OpinionIssueResponse {
  @ApiProperty({ type: () => OpinionReportResponse, isArray: true }) reports: OpinionReportResponse[];
}

export class OpinionIssueSentResponse extends OpinionIssueResponse {
  @ApiProperty({ type: 'integer', description: 'accounts notified' }) notified: number;
}
