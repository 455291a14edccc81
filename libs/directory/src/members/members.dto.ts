import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { MOBILE_RE, PageQuery, REGION_CODE_RE } from '@xs/platform';
import { ASSIGNMENT_ROLES, LEVEL_CODES } from '../workstations/workstation-kinds';

const ROLE_CODES = Object.keys(ASSIGNMENT_ROLES);

export class CreateMemberDto {
  @ApiProperty({ example: '李明' }) @IsString() @Length(1, 60) name: string;
  @ApiProperty({ enum: LEVEL_CODES, enumName: 'MemberLevel' }) @IsIn(LEVEL_CODES) level: string;
  @ApiPropertyOptional({ example: '教育界' }) @IsOptional() @IsString() @Length(1, 60) sector?: string;
  @ApiPropertyOptional({ example: '13812345678' })
  @IsOptional()
  @IsString()
  @Matches(MOBILE_RE)
  phone?: string;
  @ApiProperty({ example: '530102' }) @IsString() @Matches(REGION_CODE_RE) regionCode: string;
  @ApiPropertyOptional({ example: '中国民主同盟' }) @IsOptional() @IsString() @Length(1, 60) party?: string;
  @ApiPropertyOptional({ description: 'the login of this member, if any' })
  @IsOptional()
  @IsUUID()
  userId?: string;
  @ApiPropertyOptional({ description: 'the committee own numbering; a natural key for re-import' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  code?: string;
}

export class UpdateMemberDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) name?: string;
  @ApiPropertyOptional({ enum: LEVEL_CODES, enumName: 'MemberLevel' })
  @IsOptional()
  @IsIn(LEVEL_CODES)
  level?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 60) sector?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Matches(MOBILE_RE) phone?:
    string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) regionCode?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 60) party?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() userId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) code?: string | null;
}

export class ListMembersQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) sector?: string;
  @ApiPropertyOptional({ enum: LEVEL_CODES, enumName: 'MemberLevel' })
  @IsOptional()
  @IsIn(LEVEL_CODES)
  level?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) q?: string;
  @ApiPropertyOptional({ description: 'only members assigned to this workstation' })
  @IsOptional()
  @IsUUID()
  workstation?: string;
}

/** The co-signer lookup: a member finds colleagues of their committee by name. */
export class MemberLookupQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'defaults to the caller’s region' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_RE)
  region?: string;
  @ApiPropertyOptional({ description: 'part of the name' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class AssignmentDto {
  @ApiProperty() @IsUUID() memberId: string;
  @ApiPropertyOptional({
    enum: ROLE_CODES,
    enumName: 'AssignmentRole',
    default: 'member',
    description: '召集人 convener, 副召集人 deputy, 联络员 liaison, 成员 member',
  })
  @IsOptional()
  @IsIn(ROLE_CODES)
  role?: string;
}

/** Replaces the set of members of a workstation: `memberIds` (docs/api.md) or `assignments` with roles. */
export class PutWorkstationMembersDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds?: string[];
  @ApiPropertyOptional({ type: [AssignmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AssignmentDto)
  assignments?: AssignmentDto[];
}

export interface MemberView {
  id: string;
  code: string | null;
  name: string;
  level: string;
  levelName: string;
  sector: string | null;
  regionCode: string;
  regionName: string | null;
  party: string | null;
  phone: string | null;
  userId: string | null;
  createdAt: string;
  workstations?: { id: string; name: string; role: string; roleName: string; status: string }[];
}

export interface AssignmentView {
  memberId: string;
  name: string;
  level: string;
  sector: string | null;
  regionCode: string;
  role: string;
  roleName: string;
  phone: string | null;
}
