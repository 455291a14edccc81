import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorBody } from '@xs/platform';

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

export class ImportProgressResponse {
  @ApiProperty({ enum: ['checking', 'writing'], description: 'checking rows, then writing them' })
  stage: 'checking' | 'writing';
  @ApiProperty({ type: 'integer', description: 'rows checked so far (0 while writing)' }) done: number;
  @ApiProperty({ type: 'integer', description: 'rows to check, or rows being written' }) total: number;
}

/** One line of a streamed import (`Accept: application/x-ndjson`): exactly one of the three. */
export class ImportStreamLineResponse {
  @ApiPropertyOptional({ type: () => ImportProgressResponse }) progress?: ImportProgressResponse;
  @ApiPropertyOptional({ type: () => ImportResultResponse }) result?: ImportResultResponse;
  @ApiPropertyOptional({ type: () => ErrorBody, description: 'the import failed after the stream began' })
  error?: ErrorBody;
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
