import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';

export class ExpertDto {
  @ApiProperty() @IsString() @Length(1, 100) name: string;
  @ApiProperty() @IsString() @Length(1, 200) org: string;
}

export class CreateInvitationsDto {
  @ApiPropertyOptional({ description: 'Members chosen by hand' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberIds?: string[];
  @ApiPropertyOptional({ description: "All members assigned to the session's workstation" })
  @IsOptional()
  @IsBoolean()
  assignedMembers?: boolean;
  @ApiPropertyOptional({ description: "Members of this sector (界别) in the session's region" })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  sector?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  departmentIds?: string[];
  @ApiPropertyOptional({ type: [ExpertDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ExpertDto)
  experts?: ExpertDto[];
}

export class RespondInvitationDto {
  @ApiProperty({ enum: ['accept', 'decline'] }) @IsIn(['accept', 'decline']) response: 'accept' | 'decline';
}
