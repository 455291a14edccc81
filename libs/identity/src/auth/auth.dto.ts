import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { MOBILE_RE, SIX_DIGITS_RE } from '@xs/platform';

export class LoginDto {
  @ApiProperty() @IsString() @Length(1, 64) username: string;
  @ApiProperty() @IsString() @Length(1, 128) password: string;
  @ApiPropertyOptional({ description: 'TOTP code when two factors are on' })
  @IsOptional()
  @IsString()
  @Matches(SIX_DIGITS_RE)
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
  @Matches(MOBILE_RE)
  phone: string;
}

export class ResidentLoginDto extends SmsRequestDto {
  @ApiProperty() @IsString() @Matches(SIX_DIGITS_RE) code: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 20) nickname?: string;
}

export class TotpEnableDto {
  @ApiProperty() @IsString() @Matches(SIX_DIGITS_RE) otp: string;
}

/** Proof that the caller still holds the account: one of the current code, the password or a recovery code. */
export class TotpProofDto {
  @ApiPropertyOptional({ description: 'Current TOTP code' })
  @IsOptional()
  @IsString()
  @Matches(SIX_DIGITS_RE)
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
