import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery, REGION_CODE_RE } from '@xs/platform';

export class CreateDepartmentDto {
  @ApiProperty({ example: '五华区住房和城乡建设局' }) @IsString() @Length(1, 120) name: string;
  @ApiProperty({ example: '530102' }) @IsString() @Matches(REGION_CODE_RE) regionCode: string;
}

/** Only what is sent changes; a department keeps its id, so handlers and suggestions stay linked to it. */
export class UpdateDepartmentDto {
  @ApiPropertyOptional({ example: '五华区住房和城乡建设局' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;
  @ApiPropertyOptional({ example: '530102' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_RE)
  regionCode?: string;
}

export class ListDepartmentsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 50) q?: string;
}

export interface DepartmentView {
  id: string;
  name: string;
  regionCode: string;
  regionName: string | null;
  createdAt: string;
}
