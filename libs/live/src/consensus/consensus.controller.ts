import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ANY_USER, CurrentUser, OptionalUser, Public, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors } from '@xs/platform';
import { AdoptConsensusDto, CreateStatementDto, ModerateStatementDto, VoteDto } from './consensus.dto';
import {
  ConsensusAdopted,
  ConsensusStatementList,
  ConsensusView,
  StatementCreated,
  StatementModerated,
  VoteRecorded,
} from './consensus.responses';
import { ConsensusService } from './consensus.service';

/** Consensus finder: statements, votes and the opinion groups (the same as over the socket). */
@ApiTags('consensus')
@Controller()
export class ConsensusController {
  constructor(private readonly consensus: ConsensusService) {}

  @Roles(ANY_USER)
  @Post('sessions/:id/statements')
  @ApiCreatedResponse({ type: StatementCreated })
  @ApiErrors(400, 404, 429)
  create(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateStatementDto,
  ): Promise<StatementCreated> {
    return this.consensus.create(p, id, dto);
  }

  @Public()
  @Get('sessions/:id/statements')
  @ApiOkResponse({ type: ConsensusStatementList })
  @ApiErrors(401, 403, 404)
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @OptionalUser() p: Principal | undefined,
  ): Promise<ConsensusStatementList> {
    return this.consensus.list(p, id);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('statements/:id/moderation')
  @HttpCode(200)
  @ApiOkResponse({ type: StatementModerated })
  @ApiErrors(400, 404)
  moderate(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ModerateStatementDto,
  ): Promise<StatementModerated> {
    return this.consensus.moderate(p, id, dto.status);
  }

  @Roles(ANY_USER)
  @Post('statements/:id/votes')
  @HttpCode(200)
  @ApiOkResponse({ type: VoteRecorded, description: 'a second vote replaces the first' })
  @ApiErrors(400, 404, 409, 429)
  vote(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: VoteDto,
  ): Promise<VoteRecorded> {
    return this.consensus.vote(p, id, dto.vote);
  }

  @Public()
  @Get('sessions/:id/consensus')
  @ApiOkResponse({ type: ConsensusView, description: 'the latest background analysis (version 0: none yet)' })
  @ApiErrors(401, 403, 404)
  view(
    @Param('id', ParseUUIDPipe) id: string,
    @OptionalUser() p: Principal | undefined,
  ): Promise<ConsensusView> {
    return this.consensus.consensus(p, id);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('sessions/:id/outcome/consensus')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsensusAdopted })
  @ApiErrors(400, 401, 403, 404, 409)
  adopt(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AdoptConsensusDto,
  ): Promise<ConsensusAdopted> {
    return this.consensus.adopt(p, id, dto.statementIds);
  }
}
