import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DAY_RE, describedPattern, MOBILE_RE, PageQuery, REGION_CODE_RE } from '@xs/platform';
import { CRS_VALUES } from '../geo/coords';
import type { Crs } from '../geo/coords';
import type { OpeningHours } from '../hours/opening-hours';
import { OpeningHoursResponse } from './workstations.responses';
import { KIND_CODES } from './workstation-kinds';

/** Landline (0871-12345678) or mobile. */
export const CONTACT_PHONE_RE = describedPattern(
  /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/,
  '应为手机号码或带区号的固定电话（如 0871-12345678）',
  'must be a mobile number or a landline with its area code (e.g. 0871-12345678)',
);

export class LocationDto {
  @ApiProperty({ example: 25.0406 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;
  @ApiProperty({ example: 102.7129 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng: number;
  @ApiProperty({ enum: CRS_VALUES, enumName: 'Crs' }) @IsIn(CRS_VALUES) crs: Crs;
}

export class CreateWorkstationDto {
  @ApiProperty({ example: '青云街道委员工作室' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: KIND_CODES, enumName: 'WorkstationKind' }) @IsIn(KIND_CODES) kind: string;
  @ApiProperty({ example: '530103006' }) @IsString() @Matches(REGION_CODE_RE) regionCode: string;
  @ApiProperty() @IsString() @Length(1, 300) address: string;
  @ApiProperty({ type: LocationDto }) @ValidateNested() @Type(() => LocationDto) location: LocationDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) sector?: string;
  @ApiPropertyOptional({
    type: () => OpeningHoursResponse,
    description: '{ weekly: { mon: [["09:00","17:00"]] }, exceptions: [{ date, closed|hours, note }] }',
  })
  @IsOptional()
  @IsObject()
  openingHours?: OpeningHours;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) capacity?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CONTACT_PHONE_RE) contactPhone?: string;
  @ApiPropertyOptional({ description: 'the committee own numbering; a natural key for re-import' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  code?: string;
  @ApiPropertyOptional({ enum: ['active', 'suspended'] })
  @IsOptional()
  @IsIn(['active', 'suspended'])
  status?: string;
  @ApiPropertyOptional({ default: 30 }) @IsOptional() @IsInt() @Min(0) @Max(1440) bufferMinutes?: number;
}

export class UpdateWorkstationDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ enum: KIND_CODES, enumName: 'WorkstationKind' })
  @IsOptional()
  @IsIn(KIND_CODES)
  kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) regionCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 300) address?: string;
  @ApiPropertyOptional({ type: LocationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 60) sector?: string | null;
  @ApiPropertyOptional({ type: () => OpeningHoursResponse, nullable: true })
  @IsOptional()
  @IsObject()
  openingHours?: OpeningHours | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) capacity?:
    number | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(CONTACT_PHONE_RE)
  contactPhone?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) code?: string | null;
  @ApiPropertyOptional({ enum: ['active', 'suspended'] })
  @IsOptional()
  @IsIn(['active', 'suspended'])
  status?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1440) bufferMinutes?: number;
}

const NEAR_RE = describedPattern(
  /^\s*-?\d{1,2}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/,
  '应为“纬度,经度”，如 25.04,102.71',
  'must be "latitude,longitude", e.g. 25.04,102.71',
);

export class ListWorkstationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'region code; the whole subtree is included' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_RE)
  region?: string;
  @ApiPropertyOptional({ enum: KIND_CODES, enumName: 'WorkstationKind' })
  @IsOptional()
  @IsIn(KIND_CODES)
  kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) sector?: string;
  @ApiPropertyOptional({ description: 'text; simplified and traditional match alike' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
  @ApiPropertyOptional({
    example: '25.04,102.71',
    description: 'lat,lng: items carry distanceKm, nearest first',
  })
  @IsOptional()
  @Matches(NEAR_RE)
  near?: string;
  @ApiPropertyOptional({
    enum: CRS_VALUES,
    enumName: 'Crs',
    default: 'WGS84',
    description: 'coordinate system of `near`',
  })
  @IsOptional()
  @IsIn(CRS_VALUES)
  crs?: Crs;
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0.01)
  @Max(2000)
  radiusKm?: number;
  @ApiPropertyOptional({ enum: ['active', 'suspended'] })
  @IsOptional()
  @IsIn(['active', 'suspended'])
  status?: string;
}

export class PublicWorkstationsQuery extends ListWorkstationsQuery {}

export class ScheduleQuery {
  @ApiProperty({ example: '2026-10-01' }) @Matches(DAY_RE) from: string;
  @ApiProperty({ example: '2026-10-07' }) @Matches(DAY_RE) to: string;
}

export { MOBILE_RE };
