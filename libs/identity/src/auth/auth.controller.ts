import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '@xs/platform';
import { AllowRestricted, ANY_USER, CurrentUser, Public, Roles } from '../access/decorators';
import type { Principal } from '../access/principal';
import {
  ChangePasswordDto,
  LoginDto,
  RecoveryCodesResponse,
  RefreshDto,
  ResidentLoginDto,
  SmsRequestDto,
  TotpEnableDto,
  TotpProofDto,
  TotpSetupResponse,
} from './auth.dto';
import { SmsSentResponse, TokenPairResponse } from './auth.responses';
import { AuthService } from './auth.service';

const STAFF = [
  'admin',
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
] as const;

export class RecoveryCodesLeftResponse {
  @ApiProperty({ type: 'integer' }) remaining: number;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiErrors(401, 429)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<TokenPairResponse> {
    return this.auth.login(dto.username, dto.password, dto.otp, ip, dto.recoveryCode);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiErrors(401)
  refresh(@Body() dto: RefreshDto): Promise<TokenPairResponse> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Roles(ANY_USER)
  @AllowRestricted()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out: the refresh token no longer works' })
  logout(@CurrentUser() p: Principal): Promise<void> {
    return this.auth.logout(p);
  }

  @Public()
  @Post('sms')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SmsSentResponse })
  @ApiErrors(429, 503)
  async sms(@Body() dto: SmsRequestDto, @Ip() ip: string): Promise<SmsSentResponse> {
    await this.auth.requestSmsCode(dto.phone, ip);
    return { sent: true };
  }

  @Public()
  @Post('resident')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiErrors(401, 429)
  resident(@Body() dto: ResidentLoginDto, @Ip() ip: string): Promise<TokenPairResponse> {
    return this.auth.residentLogin(dto.phone, dto.code, dto.nickname, ip);
  }

  /** With two factors on, re-enrolling needs the current code, the password or a recovery code. */
  @Roles(...STAFF)
  @AllowRestricted()
  @Post('totp/setup')
  @HttpCode(200)
  @ApiOkResponse({ type: TotpSetupResponse })
  totpSetup(@CurrentUser() p: Principal, @Body() dto: TotpProofDto): Promise<TotpSetupResponse> {
    return this.auth.beginTotp(p, dto);
  }

  @Roles(...STAFF)
  @AllowRestricted()
  @Post('totp/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse })
  totpEnable(@CurrentUser() p: Principal, @Body() dto: TotpEnableDto): Promise<RecoveryCodesResponse> {
    return this.auth.enableTotp(p, dto.otp);
  }

  @Roles(...STAFF)
  @Post('totp/disable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Second factor off' })
  totpDisable(@CurrentUser() p: Principal, @Body() dto: TotpProofDto): Promise<void> {
    return this.auth.disableTotp(p, dto);
  }

  @Roles(...STAFF)
  @Post('totp/recovery-codes')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponse })
  totpRecoveryCodes(@CurrentUser() p: Principal, @Body() dto: TotpEnableDto): Promise<RecoveryCodesResponse> {
    return this.auth.regenerateRecoveryCodes(p, dto.otp);
  }

  @Roles(...STAFF)
  @Get('totp/recovery-codes')
  @ApiOkResponse({ type: RecoveryCodesLeftResponse })
  recoveryCodesLeft(@CurrentUser() p: Principal): Promise<RecoveryCodesLeftResponse> {
    return this.auth.recoveryCodesLeft(p);
  }

  @Roles(...STAFF)
  @AllowRestricted()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed' })
  changePassword(@CurrentUser() p: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(p, dto.currentPassword, dto.newPassword);
  }
}
