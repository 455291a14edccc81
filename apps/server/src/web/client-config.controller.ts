import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Public } from '@xs/identity';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';

export class MapTilesResponse {
  @ApiProperty({ description: 'Leaflet URL template ({s} {x} {y} {z})' }) url: string;
  @ApiProperty({ enum: ['GCJ02', 'CGCS2000', 'WGS84'], description: 'The CRS the tiles are drawn in' })
  crs: 'GCJ02' | 'CGCS2000' | 'WGS84';
  @ApiProperty() subdomains: string;
  @ApiProperty() attribution: string;
}

export class ClientConfigResponse {
  @ApiPropertyOptional({
    type: MapTilesResponse,
    nullable: true,
    description: 'null: markers on a blank base',
  })
  map: MapTilesResponse | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timezone: string;
}

/** What the web client needs to know about this deployment (nothing secret: it is public). */
@ApiTags('client')
@Controller('public/client-config')
export class ClientConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: ClientConfigResponse })
  get(): ClientConfigResponse {
    const tiles = this.config.mapTiles;
    return {
      map: tiles
        ? { url: tiles.url, crs: tiles.crs, subdomains: tiles.subdomains, attribution: tiles.attribution }
        : null,
      timezone: this.config.timezone,
    };
  }
}
