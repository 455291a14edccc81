import { ApiProperty } from '@nestjs/swagger';

export class ErasureResponse {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'date-time' }) erasedAt: string;
}
