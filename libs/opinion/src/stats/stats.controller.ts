import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { OpinionStatsQuery } from './stats.dto';
import { OpinionStatsResponse } from './stats.responses';
import { OpinionStatsService } from './stats.service';

@ApiTags('opinion')
@Controller('stats/opinion')
export class OpinionStatsController {
  constructor(private readonly stats: OpinionStatsService) {}

  @Roles('admin', 'organiser', 'workstation_manager', 'staff_viewer')
  @ApiOkResponse({ type: OpinionStatsResponse })
  @Get()
  get(@CurrentUser() p: Principal, @Query() q: OpinionStatsQuery): Promise<OpinionStatsResponse> {
    return this.stats.stats(p, q);
  }
}
