import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ImportErrorResponse {
  @ApiProperty({ type: 'integer', description: 'row number as the spreadsheet shows it' }) row: number;
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

/** One transaction per file; rows with problems are listed in `errors`. */
export class ImportResultResponse {
  @ApiProperty({ type: 'integer' }) created: number;
  @ApiProperty({ type: 'integer' }) updated: number;
  @ApiProperty({ type: () => ImportErrorResponse, isArray: true }) errors: ImportErrorResponse[];
  @ApiProperty({ type: 'integer', description: 'data rows read' }) rows: number;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) format: 'xlsx' | 'csv';
  @ApiPropertyOptional({ example: 'gb18030', description: 'CSV only: the encoding detected' })
  encoding?: string;
  @ApiProperty({ type: String, isArray: true }) ignoredColumns: string[];
  @ApiPropertyOptional({ description: 'true for a preview (?dryRun=true): nothing was written' })
  dryRun?: boolean;
}

export class ImportQuery {
  @ApiPropertyOptional({
    description: 'preview: check and match every row as the import would, write nothing',
    type: Boolean,
  })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  dryRun?: boolean;
}
