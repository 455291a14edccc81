import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors } from '@xs/platform';
import { MembersService } from './members.service';
import { MyMemberResponse } from './members.responses';

@ApiTags('directory')
@Controller('me')
export class MyMemberController {
  constructor(private readonly members: MembersService) {}

  /** A member's desk: their record, the places they staff and their duty ahead (404 when none is linked). */
  @Roles('member')
  @Get('member')
  @ApiOkResponse({ type: MyMemberResponse })
  @ApiErrors(404)
  mine(@CurrentUser() p: Principal): Promise<MyMemberResponse> {
    return this.members.mine(p);
  }
}
