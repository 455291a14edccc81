import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UserView } from '@xs/contracts';
import type { Page } from '@xs/platform';
import { AllowRestricted, ANY_USER, CurrentUser, Roles } from '../access/decorators';
import type { Principal } from '../access/principal';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles(ANY_USER)
  @AllowRestricted()
  @Get('me')
  me(@CurrentUser() p: Principal): Promise<UserView> {
    return this.users.me(p);
  }

  @Roles('admin', 'organiser')
  @Post('users')
  create(@CurrentUser() p: Principal, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(p, dto);
  }

  @Roles('admin', 'organiser')
  @Get('users')
  list(@CurrentUser() p: Principal, @Query() q: ListUsersQuery): Promise<Page<UserView>> {
    return this.users.list(p, q);
  }

  @Roles('admin', 'organiser')
  @Get('users/:id')
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.get(p, id);
  }

  @Roles('admin', 'organiser')
  @Patch('users/:id')
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(p, id, dto);
  }
}
