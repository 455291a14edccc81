import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALL_ROLES, PERMISSIONS } from '@xs/contracts';
import type { Permission, Role } from '@xs/contracts';

/** An account as the API shows it; `phone` is masked unless the caller holds `pii:read`. */
export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for residents (they sign in by phone)' })
  username: string | null;
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'residents’ display name in live rooms' })
  nickname?: string | null;
  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role', isArray: true }) roles: Role[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: '530102',
    description: 'the staff member’s region; null for residents (no region scope)',
  })
  regionCode: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '五华区',
    description: 'the region’s name; in the staff directory’s answers (GET /users, /users/:id)',
  })
  regionName?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) departmentId?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'the workstations a workstation_manager manages (its scope)',
  })
  workstationIds?: string[];
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true }) permissions: Permission[];
  @ApiPropertyOptional({ type: String, nullable: true, example: '138****5678' }) phone?: string | null;
  @ApiPropertyOptional() totpEnabled?: boolean;
  @ApiPropertyOptional({ description: 'staff must set up a second factor before anything else' })
  totpSetupRequired?: boolean;
  @ApiPropertyOptional() disabled?: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) createdAt?: string;
}
