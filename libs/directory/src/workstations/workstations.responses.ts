import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CRS_VALUES } from '../geo/coords';
import { WEEKDAYS } from '../hours/opening-hours';
import type { Interval, Weekday } from '../hours/opening-hours';
import {
  ASSIGNMENT_ROLES,
  KIND_CODES,
  LEVEL_CODES,
  MEMBER_LEVELS,
  WORKSTATION_KINDS,
} from './workstation-kinds';

const INTERVALS = {
  type: 'array',
  description: 'opening intervals, local "HH:MM" pairs',
  items: { type: 'array', items: { type: 'string', example: '09:00' }, minItems: 2, maxItems: 2 },
} as const;

export class WeeklyHoursResponse {
  @ApiPropertyOptional(INTERVALS) sun?: Interval[];
  @ApiPropertyOptional(INTERVALS) mon?: Interval[];
  @ApiPropertyOptional(INTERVALS) tue?: Interval[];
  @ApiPropertyOptional(INTERVALS) wed?: Interval[];
  @ApiPropertyOptional(INTERVALS) thu?: Interval[];
  @ApiPropertyOptional(INTERVALS) fri?: Interval[];
  @ApiPropertyOptional(INTERVALS) sat?: Interval[];
}

export class HoursExceptionResponse {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiPropertyOptional() closed?: boolean;
  @ApiPropertyOptional(INTERVALS) hours?: Interval[];
  @ApiPropertyOptional({ example: '国庆' }) note?: string;
}

/** A weekly schedule plus dated exceptions (holidays closed, days with other hours). */
export class OpeningHoursResponse {
  @ApiPropertyOptional({ example: 'Asia/Shanghai' }) timezone?: string;
  @ApiProperty({ type: () => WeeklyHoursResponse }) weekly: WeeklyHoursResponse;
  @ApiPropertyOptional({ type: () => HoursExceptionResponse, isArray: true })
  exceptions?: HoursExceptionResponse[];
}

export class WorkstationLocationResponse {
  @ApiProperty() lat: number;
  @ApiProperty() lng: number;
  @ApiProperty({ enum: CRS_VALUES, enumName: 'Crs', description: 'the coordinate system it was given in' })
  crs: string;
}

export class Wgs84Response {
  @ApiProperty() lat: number;
  @ApiProperty() lng: number;
}

/** What residents see of a place: no internal code, no timestamps, the contact number masked. */
export class PublicWorkstationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: KIND_CODES, enumName: 'WorkstationKind' }) kind: string;
  @ApiProperty({ enum: Object.values(WORKSTATION_KINDS), example: '委员工作室' }) kindName: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty() address: string;
  @ApiProperty({ type: () => WorkstationLocationResponse, nullable: true })
  location: WorkstationLocationResponse | null;
  @ApiProperty({ type: () => Wgs84Response, nullable: true, description: 'the same point in WGS-84' })
  locationWgs84: Wgs84Response | null;
  @ApiProperty({ type: String, nullable: true, description: '界别' }) sector: string | null;
  @ApiProperty({ type: () => OpeningHoursResponse, nullable: true })
  openingHours: OpeningHoursResponse | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null without opening hours' }) openNow:
    boolean | null;
  @ApiProperty({ type: 'integer', nullable: true }) capacity: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'masked', example: '138****5678' })
  contactPhone: string | null;
  @ApiPropertyOptional({ type: 'integer' }) memberCount?: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'from `near`, in km' }) distanceKm?:
    number | null;
}

export class PublicWorkstationMemberResponse {
  @ApiProperty() name: string;
  @ApiProperty({ enum: LEVEL_CODES, enumName: 'MemberLevel' }) level: string;
  @ApiProperty({ enum: Object.values(MEMBER_LEVELS) }) levelName: string;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ enum: Object.keys(ASSIGNMENT_ROLES), enumName: 'AssignmentRole' }) role: string;
  @ApiProperty({ enum: Object.values(ASSIGNMENT_ROLES) }) roleName: string;
}

export class PublicDutyResponse {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class PublicWorkstationDetailResponse extends PublicWorkstationResponse {
  @ApiProperty({ type: () => PublicWorkstationMemberResponse, isArray: true })
  members: PublicWorkstationMemberResponse[];
  @ApiProperty({ type: () => PublicDutyResponse, isArray: true, description: 'the next 30 days' })
  upcomingDuty: PublicDutyResponse[];
}

export class WorkstationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'the committee’s own code' }) code: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: KIND_CODES, enumName: 'WorkstationKind' }) kind: string;
  @ApiProperty({ enum: Object.values(WORKSTATION_KINDS) }) kindName: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty() address: string;
  @ApiProperty({ type: () => WorkstationLocationResponse, nullable: true })
  location: WorkstationLocationResponse | null;
  @ApiProperty({ type: () => Wgs84Response, nullable: true }) locationWgs84: Wgs84Response | null;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ type: () => OpeningHoursResponse, nullable: true })
  openingHours: OpeningHoursResponse | null;
  @ApiProperty({ type: 'integer', nullable: true }) capacity: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'masked unless `pii:read`' }) contactPhone:
    string | null;
  @ApiProperty({ enum: ['active', 'suspended', 'deleted'], enumName: 'WorkstationStatus' })
  status: 'active' | 'suspended' | 'deleted';
  @ApiProperty({ type: 'integer', description: 'minutes kept free between two sessions here' })
  bufferMinutes: number;
  @ApiPropertyOptional({ type: 'integer' }) memberCount?: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) distanceKm?: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deletedAt: string | null;
}

export class ScheduleDayResponse {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: WEEKDAYS, enumName: 'Weekday' }) weekday: Weekday;
  @ApiProperty(INTERVALS) hours: Interval[];
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ description: 'hours differ from the weekly schedule that day' }) exception: boolean;
}

export class WorkstationScheduleResponse {
  @ApiProperty({ format: 'uuid' }) workstationId: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timezone: string;
  @ApiProperty({ type: () => ScheduleDayResponse, isArray: true, description: 'empty without opening hours' })
  days: ScheduleDayResponse[];
}

export class AssignmentResponse {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: LEVEL_CODES, enumName: 'MemberLevel' }) level: string;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ enum: Object.keys(ASSIGNMENT_ROLES), enumName: 'AssignmentRole' }) role: string;
  @ApiProperty({ enum: Object.values(ASSIGNMENT_ROLES) }) roleName: string;
  @ApiProperty({ type: String, nullable: true, description: 'masked unless `pii:read`' }) phone:
    string | null;
}
