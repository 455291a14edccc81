import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf, REGION_CODE_RE } from '@xs/platform';
import { CreateRegionDto, ListRegionsQuery } from './regions.dto';
import { RegionsService } from './regions.service';
import { RegionDetailResponse, RegionResponse } from './regions.responses';
import { Errors } from '../errors';

@ApiTags('directory')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  /** Reference data, public: the resident directory filters by region too. */
  @Public()
  @Get()
  @ApiOkResponse({ type: PageOf(RegionResponse) })
  list(@Query() q: ListRegionsQuery): Promise<Page<RegionResponse>> {
    return this.regions.list(q);
  }

  @Public()
  @Get(':code')
  @ApiOkResponse({ type: RegionDetailResponse })
  get(@Param('code') code: string): Promise<RegionDetailResponse> {
    if (!REGION_CODE_RE.test(code)) throw Errors.badInput('INVALID_REGION_CODE');
    return this.regions.get(code);
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ type: RegionResponse })
  @ApiErrors(409)
  create(@CurrentUser() p: Principal, @Body() dto: CreateRegionDto): Promise<RegionResponse> {
    return this.regions.create(p, dto);
  }
}
