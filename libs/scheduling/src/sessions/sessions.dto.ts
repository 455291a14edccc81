import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SESSION_STATUSES } from '@xs/contracts';
import type { AgendaKind, SessionFormat, SessionStatus } from '@xs/contracts';
import { describedPattern, PageQuery, REGION_CODE_RE } from '@xs/platform';
import { SESSION_SORTS, type SessionSort } from './sessions.repository';

const LAT_LNG_RE = describedPattern(
  /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/,
  '应为“纬度,经度”，如 25.04,102.71',
  'must be "latitude,longitude", e.g. 25.04,102.71',
);

export const FORMATS: SessionFormat[] = ['onsite', 'online', 'hybrid'];
export const STATUSES: SessionStatus[] = [...SESSION_STATUSES];
export const AGENDA_KINDS: AgendaKind[] = ['briefing', 'questions', 'answers', 'speeches', 'other'];

export class AgendaItemDto {
  @ApiProperty({ enum: AGENDA_KINDS, enumName: 'AgendaKind' }) @IsIn(AGENDA_KINDS) kind: AgendaKind;
  @ApiProperty() @IsString() @Length(1, 100) title: string;
  @ApiProperty() @IsInt() @Min(1) @Max(600) minutes: number;
}

class SessionFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 5000) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() topicId?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) registrationOpensAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) registrationClosesAt?: string;
  @ApiPropertyOptional({ description: 'http(s) HLS .m3u8 or FLV' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  streamUrl?: string;
  @ApiPropertyOptional({ type: [AgendaItemDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemDto)
  agenda?: AgendaItemDto[];
  @ApiPropertyOptional({ enum: ['signed_in', 'registered'], enumName: 'OnlineAccess' })
  @IsOptional()
  @IsIn(['signed_in', 'registered'])
  onlineAccess?: 'signed_in' | 'registered';
  @ApiPropertyOptional() @IsOptional() @IsBoolean() allowAnonymousViewing?: boolean;
  @ApiPropertyOptional({
    description:
      'guests (anonymous viewers) may vote on statements over the live socket; needs allowAnonymousViewing',
  })
  @IsOptional()
  @IsBoolean()
  allowGuestVoting?: boolean;
  @ApiPropertyOptional({ enum: ['post', 'pre'], enumName: 'Moderation' })
  @IsOptional()
  @IsIn(['post', 'pre'])
  moderation?: 'post' | 'pre';
  @ApiPropertyOptional({ description: 'Seats kept for invitees, separate from capacity' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  reservedSeats?: number;
}

export class CreateSessionDto extends SessionFieldsDto {
  @ApiProperty() @IsString() @Length(1, 200) title: string;
  @ApiProperty() @IsUUID() workstationId: string;
  @ApiProperty() @IsISO8601({ strict: true }) startsAt: string;
  @ApiProperty() @IsISO8601({ strict: true }) endsAt: string;
  @ApiProperty({ enum: FORMATS, enumName: 'SessionFormat' }) @IsIn(FORMATS) format: SessionFormat;
  @ApiProperty() @IsInt() @Min(-1000000) @Max(1000000) capacity: number;
  @ApiPropertyOptional({
    description: 'Entered after it took place: stored as ended (the times must be in the past)',
  })
  @IsOptional()
  @IsBoolean()
  recorded?: boolean;
  @ApiPropertyOptional({
    description: 'RFC 5545 RRULE (e.g. FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22): creates a series',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  rrule?: string;
}

export class UpdateSessionDto extends SessionFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() workstationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) endsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(-1000000) @Max(1000000) capacity?: number;
  @ApiPropertyOptional({ enum: FORMATS, enumName: 'SessionFormat' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: SessionFormat;
}

export class CancelSessionDto {
  @ApiProperty() @IsString() @Length(1, 500) reason: string;
}

export class ListSessionsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() workstation?: string;
  @ApiPropertyOptional({ enum: STATUSES, enumName: 'SessionStatus' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: SessionStatus;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) q?: string;
  @ApiPropertyOptional({ description: 'lat,lng (WGS-84 or GCJ-02; distances are approximate)' })
  @IsOptional()
  @Matches(LAT_LNG_RE)
  near?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsNumber() @Min(0.1) @Max(500) radiusKm?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() topic?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() series?: string;
  @ApiPropertyOptional({
    enum: SESSION_SORTS,
    description: 'column to order by, `-` for descending (default startsAt)',
  })
  @IsOptional()
  @IsIn(SESSION_SORTS)
  sort?: SessionSort;
}

export class PublicSessionsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() workstation?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) q?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(LAT_LNG_RE) near?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsNumber() @Min(0.1) @Max(500) radiusKm?: number;
}
