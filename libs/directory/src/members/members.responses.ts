import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DutyOccurrenceResponse } from '../duty/duty.responses';
import {
  ASSIGNMENT_ROLES,
  KIND_CODES,
  LEVEL_CODES,
  MEMBER_LEVELS,
  WORKSTATION_KINDS,
} from '../workstations/workstation-kinds';

export class MemberWorkstationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Object.keys(ASSIGNMENT_ROLES), enumName: 'AssignmentRole' }) role: string;
  @ApiProperty({ enum: Object.values(ASSIGNMENT_ROLES) }) roleName: string;
  @ApiProperty({ enum: ['active', 'suspended', 'deleted'], enumName: 'WorkstationStatus' }) status: string;
}

/** A CPPCC member (政协委员); `phone` masked unless `pii:read`. */
export class MemberResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'the committee’s own code' }) code: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: LEVEL_CODES, enumName: 'MemberLevel' }) level: string;
  @ApiProperty({ enum: Object.values(MEMBER_LEVELS) }) levelName: string;
  @ApiProperty({ type: String, nullable: true, description: '界别' }) sector: string | null;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty({ type: String, nullable: true }) party: string | null;
  @ApiProperty({ type: String, nullable: true, example: '138****5678' }) phone: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'linked staff account' })
  userId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({
    type: () => MemberWorkstationResponse,
    isArray: true,
    description: 'on a single member',
  })
  workstations?: MemberWorkstationResponse[];
}

/** A colleague as the co-signer lookup shows them to a member: no phone, party, code or account. */
export class MemberLookupResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: '界别' }) sector: string | null;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty({ type: [String], description: 'the workstations they serve at' }) workstations: string[];
}

/** A place the member staffs, as their desk shows it. */
export class MyWorkstationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: KIND_CODES, enumName: 'WorkstationKind' }) kind: string;
  @ApiProperty({ enum: Object.values(WORKSTATION_KINDS) }) kindName: string;
  @ApiProperty() address: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ enum: Object.keys(ASSIGNMENT_ROLES), enumName: 'AssignmentRole' }) role: string;
  @ApiProperty({ enum: Object.values(ASSIGNMENT_ROLES) }) roleName: string;
  @ApiProperty({ enum: ['active', 'suspended'], enumName: 'WorkstationStatus' }) status: string;
}

/** The signed-in member's own record: who they are, where they serve, their duty in the coming weeks. */
export class MyMemberResponse {
  @ApiProperty({ type: () => MemberResponse }) member: MemberResponse;
  @ApiProperty({ type: () => MyWorkstationResponse, isArray: true }) workstations: MyWorkstationResponse[];
  @ApiProperty({ format: 'date', description: 'first day of `duty` (today, in the display time zone)' })
  dutyFrom: string;
  @ApiProperty({ format: 'date', description: 'last day of `duty`' }) dutyTo: string;
  @ApiProperty({ type: () => DutyOccurrenceResponse, isArray: true }) duty: DutyOccurrenceResponse[];
}
