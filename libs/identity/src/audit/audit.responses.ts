import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AuditEntryResponse {
  @ApiProperty({ pattern: '^[0-9]+$', description: 'sequence number (bigint, as a string)' }) id: string;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ example: 'auth.login' }) action: string;
  @ApiProperty({ type: String, nullable: true }) targetType: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({
    example: 'ok:201',
    description:
      'kind[:detail]: ok, ok:201, error:403 (a staff write refused, with its status), failed:bad_password, refused:rate_limited',
  })
  result: string;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  detail: Record<string, unknown> | null;
  @ApiProperty({ description: 'hash of the previous entry (SM3 chain)' }) prevHash: string;
  @ApiProperty() hash: string;
}

export class AuditVerifyResponse {
  @ApiProperty({ description: 'false when an entry was changed or removed' }) ok: boolean;
  @ApiProperty({ type: 'integer' }) checked: number;
  @ApiPropertyOptional({ pattern: '^[0-9]+$', description: 'the first entry whose hash does not match' })
  brokenAt?: string;
}
