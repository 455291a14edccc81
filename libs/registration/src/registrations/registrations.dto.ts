import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQuery, ruleMessage } from '@xs/platform';
import { REGISTRANT_ROLES, REGISTRATION_STATUSES } from './registration.entity';
import type { RegistrantRole, RegistrationStatus } from './registration.entity';

export class RegisterDto {
  @ApiProperty({ example: '杨建国' }) @IsString() @Length(1, 50) name: string;
  /** Residents may omit it: their verified login phone is used. Checked against 1[3-9]\d{9} in the service. */
  @ApiPropertyOptional({ type: String, example: '13812345678' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  phone?: string | null;
  @ApiPropertyOptional({ example: '翠湖社区' }) @IsOptional() @IsString() @Length(1, 100) community?: string;
  @ApiPropertyOptional({ enum: REGISTRANT_ROLES, default: 'resident' })
  @IsOptional()
  @IsIn(REGISTRANT_ROLES)
  role?: RegistrantRole;
  @ApiPropertyOptional({ description: '想说的话 / what I want to say' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  speakIntent?: string;
  /** Must be true (PIPL); absent or false → 400 CONSENT_REQUIRED. */
  @ApiProperty({ example: true }) @IsOptional() @IsBoolean() consent?: boolean;
  @ApiPropertyOptional({ description: 'Version of the privacy notice shown; the current one when omitted' })
  @IsOptional()
  @IsString()
  @Matches(
    /^[0-9A-Za-z.-]{1,20}$/,
    ruleMessage('应为 1–20 个字母、数字、. 或 -', 'must be 1 to 20 letters, digits, . or -'),
  )
  privacyNoticeVersion?: string;
}

export class WalkInDto {
  @ApiProperty() @IsString() @Length(1, 50) name: string;
  @ApiProperty({ example: '13812345678' }) @IsString() @Length(1, 20) phone: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) community?: string;
  @ApiPropertyOptional({ enum: REGISTRANT_ROLES, default: 'resident' })
  @IsOptional()
  @IsIn(REGISTRANT_ROLES)
  role?: RegistrantRole;
}

export class CheckInDto {
  /** The 8-character code, or the whole QR payload as a scanner reads it. */
  @ApiPropertyOptional({ example: 'K7M2QX9P' }) @IsOptional() @IsString() @Length(1, 300) code?: string;
  @ApiPropertyOptional({ description: 'QR payload XS1.…' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  qr?: string;
}

export class ListRegistrationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;
}

export class DrawDto {
  @ApiProperty({ minimum: 1, maximum: 10000 }) @Type(() => Number) @IsInt() @Min(1) @Max(10000) count: number;
  @ApiPropertyOptional({ description: 'Any printable text; 32 random hex characters when omitted' })
  @IsOptional()
  @IsString()
  @Matches(
    /^[\x21-\x7e]{1,128}$/,
    ruleMessage('应为 1–128 个可打印的 ASCII 字符', 'must be 1 to 128 printable ASCII characters'),
  )
  seed?: string;
}

export class DutyRecordQuery {
  @ApiPropertyOptional({ description: 'ISO date; 1 January of this year when omitted' })
  @IsOptional()
  @IsISO8601()
  from?: string;
  @ApiPropertyOptional({ description: 'ISO date (exclusive); now when omitted' })
  @IsOptional()
  @IsISO8601()
  to?: string;
}
