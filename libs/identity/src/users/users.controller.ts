import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, PageOf, type Page } from '@xs/platform';
import { AllowRestricted, ANY_USER, CurrentUser, Roles } from '../access/decorators';
import type { Principal } from '../access/principal';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './users.dto';
import { UserResponse } from './users.responses';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles(ANY_USER)
  @AllowRestricted()
  @Get('me')
  @ApiOkResponse({ type: UserResponse })
  me(@CurrentUser() p: Principal): Promise<UserResponse> {
    return this.users.me(p);
  }

  @Roles('admin', 'organiser')
  @Post('users')
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrors(409)
  create(@CurrentUser() p: Principal, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(p, dto);
  }

  @Roles('admin', 'organiser')
  @Get('users')
  @ApiOkResponse({ type: PageOf(UserResponse) })
  list(@CurrentUser() p: Principal, @Query() q: ListUsersQuery): Promise<Page<UserResponse>> {
    return this.users.list(p, q);
  }

  @Roles('admin', 'organiser')
  @Get('users/:id')
  @ApiOkResponse({ type: UserResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<UserResponse> {
    return this.users.get(p, id);
  }

  @Roles('admin', 'organiser')
  @Patch('users/:id')
  @ApiOkResponse({ type: UserResponse })
  @ApiErrors(409)
  update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(p, id, dto);
  }
}
