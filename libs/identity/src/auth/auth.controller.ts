import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { TokenPair } from '@xs/contracts';
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
import { AuthService } from './auth.service';

const STAFF = [
  'admin',
  'organiser',
  'workstation_manager',
  'department_handler',
  'member',
  'staff_viewer',
] as const;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<TokenPair> {
    return this.auth.login(dto.username, dto.password, dto.otp, ip, dto.recoveryCode);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Roles(ANY_USER)
  @AllowRestricted()
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentUser() p: Principal): Promise<void> {
    return this.auth.logout(p);
  }

  @Public()
  @Post('sms')
  @HttpCode(202)
  async sms(@Body() dto: SmsRequestDto, @Ip() ip: string): Promise<{ sent: true }> {
    await this.auth.requestSmsCode(dto.phone, ip);
    return { sent: true };
  }

  @Public()
  @Post('resident')
  @HttpCode(200)
  resident(@Body() dto: ResidentLoginDto, @Ip() ip: string): Promise<TokenPair> {
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
  recoveryCodesLeft(@CurrentUser() p: Principal): Promise<{ remaining: number }> {
    return this.auth.recoveryCodesLeft(p);
  }

  @Roles(...STAFF)
  @AllowRestricted()
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() p: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(p, dto.currentPassword, dto.newPassword);
  }
}
