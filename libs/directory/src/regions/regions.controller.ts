import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { BadInputError, Page, REGION_CODE_RE } from '@xs/platform';
import { CreateRegionDto, ListRegionsQuery } from './regions.dto';
import { RegionRow } from './regions.repository';
import { RegionsService } from './regions.service';

@ApiTags('directory')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  /** Reference data, public: the resident directory filters by region too. */
  @Public()
  @Get()
  list(@Query() q: ListRegionsQuery): Promise<Page<RegionRow>> {
    return this.regions.list(q);
  }

  @Public()
  @Get(':code')
  get(@Param('code') code: string): Promise<RegionRow & { path: RegionRow[] }> {
    if (!REGION_CODE_RE.test(code))
      throw new BadInputError('INVALID_REGION_CODE', '行政区划代码应为 6、9 或 12 位数字');
    return this.regions.get(code);
  }

  @Roles('admin')
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateRegionDto): Promise<RegionRow> {
    return this.regions.create(p, dto);
  }
}
