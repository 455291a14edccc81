import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import type { Page } from '@xs/platform';
import { CreateMemberDto, ListMembersQuery, MemberView, UpdateMemberDto } from './members.dto';
import { MembersService } from './members.service';

const READERS = ['admin', 'organiser', 'workstation_manager', 'staff_viewer'] as const;

@ApiTags('directory')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Roles('admin', 'organiser')
  @Post()
  create(@CurrentUser() p: Principal, @Body() dto: CreateMemberDto): Promise<MemberView> {
    return this.members.create(p, dto);
  }

  @Roles(...READERS)
  @Get()
  list(@CurrentUser() p: Principal, @Query() q: ListMembersQuery): Promise<Page<MemberView>> {
    return this.members.list(p, q);
  }

  @Roles(...READERS)
  @Get(':id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<MemberView> {
    return this.members.get(p, id);
  }

  @Roles('admin', 'organiser')
  @Patch(':id')
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberView> {
    return this.members.update(p, id, dto);
  }
}
