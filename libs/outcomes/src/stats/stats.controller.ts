import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { pageOffset, ROOT_REGION } from '@xs/platform';
import { PublicOutcomesQuery, RegionPeriodQuery } from '../outcomes/outcomes.dto';
import { PublicOutcomesRepository } from '../public/public-outcomes.repository';
import { StatsService } from './stats.service';

@ApiTags('outcomes')
@Controller()
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly publicOutcomes: PublicOutcomesRepository,
  ) {}

  @Roles('admin', 'organiser', 'staff_viewer')
  @Get('stats')
  get(@CurrentUser() p: Principal, @Query() q: RegionPeriodQuery) {
    return this.stats.stats(p, q);
  }

  /** 晒一晒: published outcomes, their suggestions' status and replies; no login, no personal data. */
  @Public()
  @Get('public/outcomes')
  published(@Query() q: PublicOutcomesQuery) {
    return this.publicOutcomes.list(q.region ?? ROOT_REGION, pageOffset(q), q.pageSize);
  }
}
