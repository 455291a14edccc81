import { ApiProperty } from '@nestjs/swagger';

/** A government department that answers suggestions (承办单位). */
export class DepartmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
