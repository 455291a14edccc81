import { ApiProperty } from '@nestjs/swagger';

/** A member's recurring duty at a workstation (值班). */
export class DutyRuleResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workstationId: string;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ example: 'FREQ=WEEKLY;BYDAY=TU' }) rrule: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) until: string | null;
  @ApiProperty({ example: '09:00' }) startTime: string;
  @ApiProperty({ example: '11:30' }) endTime: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DutyWorkstationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty() address: string;
}

export class DutyMemberBriefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
}

/** One day's duty, expanded from a rule. */
export class DutyOccurrenceResponse {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ example: '09:00' }) startTime: string;
  @ApiProperty({ example: '11:30' }) endTime: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: () => DutyWorkstationResponse }) workstation: DutyWorkstationResponse;
  @ApiProperty({ type: () => DutyMemberBriefResponse }) member: DutyMemberBriefResponse;
  @ApiProperty({ format: 'uuid' }) ruleId: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}
