import { ApiProperty } from '@nestjs/swagger';

export class MaterialResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ description: 'the uploaded name, made harmless' }) filename: string;
  @ApiProperty({ example: 'application/pdf', description: 'from the file’s content, not its name' })
  contentType: string;
  @ApiProperty({ type: 'integer', description: 'bytes' }) size: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) sha256: string;
  @ApiProperty({ description: 'visible to anyone, not only staff and invitees' }) public: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ example: '/api/v1/sessions/…/materials/…/download' }) url: string;
}
