import { ApiProperty } from '@nestjs/swagger';
import { REGION_LEVELS } from './regions.dto';

export class RegionResponse {
  @ApiProperty({ example: '530102', description: 'GB/T 2260 code, longer below county' }) code: string;
  @ApiProperty({ example: '五华区' }) name: string;
  @ApiProperty({ enum: ['country', ...REGION_LEVELS], enumName: 'RegionLevel' }) level: string;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
}

export class RegionDetailResponse extends RegionResponse {
  @ApiProperty({ type: () => RegionResponse, isArray: true, description: 'ancestors, from the top' })
  path: RegionResponse[];
}
