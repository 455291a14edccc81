import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { PERMISSIONS, STAFF_ROLES } from '@xs/contracts';
import type { Permission, StaffRole } from '@xs/contracts';
import { MOBILE_RE, PageQuery, REGION_CODE_RE, ruleMessage } from '@xs/platform';

export class CreateUserDto {
  @ApiProperty()
  @IsString()
  @Matches(
    /^[a-zA-Z][a-zA-Z0-9_.-]{2,63}$/,
    ruleMessage(
      '须以字母开头，3–64 位字母、数字或 _.-',
      'must start with a letter: 3 to 64 letters, digits or _.-',
    ),
  )
  username: string;
  @ApiProperty() @IsString() @Length(1, 128) password: string;
  @ApiProperty() @IsString() @Length(1, 100) displayName: string;
  @ApiProperty({ enum: STAFF_ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsIn(STAFF_ROLES, { each: true })
  roles: StaffRole[];
  @ApiProperty({ example: '530102' }) @IsString() @Matches(REGION_CODE_RE) regionCode: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'for a workstation_manager: the workstations it manages, inside the granter’s region',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  workstationIds?: string[];
  @ApiPropertyOptional({ enum: PERMISSIONS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(PERMISSIONS, { each: true })
  permissions?: Permission[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(MOBILE_RE) phone?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) displayName?: string;
  @ApiPropertyOptional({ enum: STAFF_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(STAFF_ROLES, { each: true })
  roles?: StaffRole[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) regionCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'for a workstation_manager: the workstations it manages, inside the granter’s region',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  workstationIds?: string[];
  @ApiPropertyOptional({ enum: PERMISSIONS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(PERMISSIONS, { each: true })
  permissions?: Permission[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() disabled?: boolean;
  @ApiPropertyOptional({
    description: 'a new password set by the administrator; signs the account out everywhere',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  password?: string;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional({ enum: STAFF_ROLES }) @IsOptional() @IsIn(STAFF_ROLES) role?: StaffRole;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) q?: string;
}
