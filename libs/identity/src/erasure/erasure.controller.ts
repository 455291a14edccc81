import { Body, Controller, Delete, HttpCode, Ip, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@xs/platform';
import { CurrentUser, Roles } from '../access/decorators';
import type { Principal } from '../access/principal';
import { SmsSentResponse } from '../auth/auth.responses';
import { EraseMeDto, EraseUserDto } from './erasure.dto';
import { ErasureResponse } from './erasure.responses';
import { ErasureService } from './erasure.service';

@ApiTags('users')
@Controller()
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  /** Step 1 of erasing one's account: a code to the account's own phone. */
  @Roles('resident')
  @Post('me/erasure-code')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SmsSentResponse })
  @ApiErrors(409, 429, 503)
  sendCode(@CurrentUser() p: Principal): Promise<SmsSentResponse> {
    return this.erasure.sendCode(p);
  }

  /** Step 2: the account and the personal data every context holds about the person are erased. */
  @Roles('resident')
  @Delete('me')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Erased: the account can no longer sign in; aggregates stay' })
  @ApiErrors(409)
  eraseMe(@CurrentUser() p: Principal, @Body() dto: EraseMeDto, @Ip() ip: string): Promise<void> {
    return this.erasure.eraseSelf(p, dto.code, ip);
  }

  @Roles('admin')
  @Post('users/:id/erasure')
  @HttpCode(200)
  @ApiOkResponse({ type: ErasureResponse })
  @ApiErrors(409, 429)
  erase(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EraseUserDto,
    @Ip() ip: string,
  ): Promise<ErasureResponse> {
    const { reason, ...proof } = dto;
    return this.erasure.eraseByAdmin(p, id, reason, proof, ip);
  }
}
