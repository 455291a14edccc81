import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, type Page, PageOf } from '@xs/platform';
import { CreateMemberDto, ListMembersQuery, MemberLookupQuery, UpdateMemberDto } from './members.dto';
import { MembersService } from './members.service';
import { MemberLookupResponse, MemberResponse } from './members.responses';

const READERS = ['admin', 'organiser', 'workstation_manager', 'staff_viewer'] as const;

@ApiTags('directory')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Roles('admin', 'organiser')
  @Post()
  @ApiCreatedResponse({ type: MemberResponse })
  @ApiErrors(409)
  create(@CurrentUser() p: Principal, @Body() dto: CreateMemberDto): Promise<MemberResponse> {
    return this.members.create(p, dto);
  }

  @Roles(...READERS)
  @Get()
  @ApiOkResponse({ type: PageOf(MemberResponse) })
  list(@CurrentUser() p: Principal, @Query() q: ListMembersQuery): Promise<Page<MemberResponse>> {
    return this.members.list(p, q);
  }

  /** Names, sector and workstations of colleagues, for members picking co-signers (declared before :id). */
  @Roles(...READERS, 'member')
  @Get('lookup')
  @ApiOkResponse({ type: PageOf(MemberLookupResponse) })
  lookup(@CurrentUser() p: Principal, @Query() q: MemberLookupQuery): Promise<Page<MemberLookupResponse>> {
    return this.members.lookup(p, q);
  }

  @Roles(...READERS)
  @Get(':id')
  @ApiOkResponse({ type: MemberResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<MemberResponse> {
    return this.members.get(p, id);
  }

  @Roles('admin', 'organiser')
  @Patch(':id')
  @ApiOkResponse({ type: MemberResponse })
  @ApiErrors(409)
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberResponse> {
    return this.members.update(p, id, dto);
  }
}
