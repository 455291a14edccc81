import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TokenPair } from '@xs/contracts';
import { AllowRestricted, ANY_USER, CurrentUser, Public, Roles } from '../access/decorators';
import type { Principal } from '../access/principal';
import {
  ChangePasswordDto,
  LoginDto,
  RefreshDto,
  ResidentLoginDto,
  SmsRequestDto,
  TotpEnableDto,
} from './auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<TokenPair> {
    return this.auth.login(dto.username, dto.password, dto.otp, ip);
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

  @Roles('admin', 'organiser', 'workstation_manager', 'department_handler', 'member', 'staff_viewer')
  @AllowRestricted()
  @Post('totp/setup')
  @HttpCode(200)
  totpSetup(@CurrentUser() p: Principal) {
    return this.auth.beginTotp(p);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'department_handler', 'member', 'staff_viewer')
  @AllowRestricted()
  @Post('totp/enable')
  @HttpCode(204)
  totpEnable(@CurrentUser() p: Principal, @Body() dto: TotpEnableDto): Promise<void> {
    return this.auth.enableTotp(p, dto.otp);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'department_handler', 'member', 'staff_viewer')
  @AllowRestricted()
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() p: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(p, dto.currentPassword, dto.newPassword);
  }
}
