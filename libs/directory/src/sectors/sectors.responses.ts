import { ApiProperty } from '@nestjs/swagger';

export class SectorListResponse {
  @ApiProperty({ type: String, isArray: true, description: '界别, as configured in config/sectors.json' })
  items: string[];
  @ApiProperty({ type: 'integer' }) total: number;
}

export class CodeNameResponse {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class CodeNameListResponse {
  @ApiProperty({ type: () => CodeNameResponse, isArray: true }) items: CodeNameResponse[];
  @ApiProperty({ type: 'integer' }) total: number;
}

export class MemberLevelsResponse {
  @ApiProperty({ type: () => CodeNameResponse, isArray: true }) levels: CodeNameResponse[];
  @ApiProperty({ type: () => CodeNameResponse, isArray: true, description: 'roles in a workstation’s staff' })
  roles: CodeNameResponse[];
}
