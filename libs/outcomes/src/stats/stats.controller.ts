import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { type Page, PageOf, pageOffset, ROOT_REGION } from '@xs/platform';
import { PublicOutcomesQuery, RegionPeriodQuery } from '../outcomes/outcomes.dto';
import { PublicOutcomesRepository } from '../public/public-outcomes.repository';
import { StatsService } from './stats.service';
import { PublicOutcomeResponse, StatsResponse } from './stats.responses';

@ApiTags('outcomes')
@Controller()
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly publicOutcomes: PublicOutcomesRepository,
  ) {}

  @Roles('admin', 'organiser', 'staff_viewer')
  @Get('stats')
  @ApiOkResponse({ type: StatsResponse })
  get(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery): Promise<StatsResponse> {
    return this.stats.stats(p, q);
  }

  /** 晒一晒: published outcomes, their suggestions' status and replies; no login, no personal data. */
  @Public()
  @Get('public/outcomes')
  @ApiOkResponse({ type: PageOf(PublicOutcomeResponse) })
  published(@Query() q: PublicOutcomesQuery): Promise<Page<PublicOutcomeResponse>> {
    return this.publicOutcomes.list(q.region ?? ROOT_REGION, pageOffset(q), q.pageSize);
  }
}
