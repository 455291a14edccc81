import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors } from '@xs/platform';
import { FollowUpRateDto, FollowUpReviewDto } from './follow-up.dto';
import { FollowUpRatingResponse, FollowUpResponse } from './follow-up.responses';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('outcomes')
@Controller('suggestions/:id/follow-up')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Roles('admin', 'organiser', 'staff_viewer', 'workstation_manager')
  @Get()
  @ApiOkResponse({ type: FollowUpResponse })
  @ApiErrors(409)
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<FollowUpResponse> {
    return this.followUps.get(p, id);
  }

  /** 落实情况, once the follow-up is due. */
  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post()
  @ApiOkResponse({ type: FollowUpResponse })
  @ApiErrors(409)
  review(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: FollowUpReviewDto,
  ): Promise<FollowUpResponse> {
    return this.followUps.review(p, id, dto);
  }

  @Roles('resident', 'member')
  @Post('ratings')
  @ApiCreatedResponse({ type: FollowUpRatingResponse })
  @ApiErrors(409)
  rate(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: FollowUpRateDto,
  ): Promise<FollowUpRatingResponse> {
    return this.followUps.rate(p, id, dto);
  }
}
