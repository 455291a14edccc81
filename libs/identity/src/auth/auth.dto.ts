import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty() @IsString() @Length(1, 64) username: string;
  @ApiProperty() @IsString() @Length(1, 128) password: string;
  @ApiPropertyOptional({ description: 'TOTP code when two factors are on' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/)
  otp?: string;
  @ApiPropertyOptional({ description: 'A one-time recovery code instead of the TOTP code' })
  @IsOptional()
  @IsString()
  @Length(6, 40)
  recoveryCode?: string;
}

export class RefreshDto {
  @ApiProperty() @IsString() @Length(10, 200) refreshToken: string;
}

export class SmsRequestDto {
  @ApiProperty({ example: '13812345678' })
  @IsString()
  @Matches(/^1[3-9]\d{9}$/, { message: '请输入有效的手机号码' })
  phone: string;
}

export class ResidentLoginDto extends SmsRequestDto {
  @ApiProperty() @IsString() @Matches(/^\d{6}$/) code: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 20) nickname?: string;
}

export class TotpEnableDto {
  @ApiProperty() @IsString() @Matches(/^\d{6}$/) otp: string;
}

/** Proof that the caller still holds the account: one of the current code, the password or a recovery code. */
export class TotpProofDto {
  @ApiPropertyOptional({ description: 'Current TOTP code' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/)
  otp?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) password?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(6, 40) recoveryCode?: string;
}

export class TotpSetupResponse {
  @ApiProperty({ description: 'Base32 secret, for typing into an authenticator app' }) secret: string;
  @ApiProperty({ example: 'otpauth://totp/…' }) otpauthUrl: string;
}

export class RecoveryCodesResponse {
  @ApiProperty({
    type: [String],
    description: 'Ten one-time codes, shown this once; each stands in for a TOTP code',
  })
  recoveryCodes: string[];
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MaxLength(128) currentPassword: string;
  @ApiProperty() @IsString() @MaxLength(128) newPassword: string;
}
