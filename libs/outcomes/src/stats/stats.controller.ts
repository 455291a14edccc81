import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, pageOffset, ROOT_REGION } from '@xs/platform';
import { Errors } from '../errors';
import { PublicOutcomesQuery, RegionPeriodQuery } from '../outcomes/outcomes.dto';
import { PublicOutcomesRepository } from '../public/public-outcomes.repository';
import { StatsService } from './stats.service';
import { PublicOutcomeResponse, PublicOutcomesPageResponse, StatsResponse } from './stats.responses';

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

  /**
   * 晒一晒: published outcomes, their suggestions' status and replies; no login, no personal data. The
   * summary counts every published outcome of the region (or the place), so a page's figures are the
   * whole's. A workstation's page lists the meetings held there.
   */
  @Public()
  @Get('public/outcomes')
  @ApiOkResponse({ type: PublicOutcomesPageResponse })
  async published(@Query() q: PublicOutcomesQuery): Promise<PublicOutcomesPageResponse> {
    const region = q.region ?? ROOT_REGION;
    const place = q.workstation ?? null;
    const [page, summary] = await Promise.all([
      this.publicOutcomes.list(region, place, pageOffset(q), q.pageSize),
      this.publicOutcomes.summary(region, place),
    ]);
    return { ...page, summary };
  }

  /** One session's published outcome, for its page once the meeting is over: 404 until it is published. */
  @Public()
  @Get('public/outcomes/:sessionId')
  @ApiOkResponse({ type: PublicOutcomeResponse })
  @ApiErrors(404)
  async publishedOne(@Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<PublicOutcomeResponse> {
    const outcome = await this.publicOutcomes.one(sessionId);
    if (!outcome) throw Errors.notFound('OUTCOME_NOT_FOUND');
    return outcome;
  }
}
