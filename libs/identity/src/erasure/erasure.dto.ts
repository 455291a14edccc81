import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { TotpProofDto } from '../auth/auth.dto';
import { SIX_DIGITS_RE } from '@xs/platform';

/** A resident erases their own account: the SMS code just sent to the account's phone proves it is them. */
export class EraseMeDto {
  @ApiProperty({ description: 'The code sent by POST /me/erasure-code' })
  @IsString()
  @Matches(SIX_DIGITS_RE)
  code: string;
}

/** An admin erases a person: a reason for the audit trail and the admin's own proof (code, password or recovery code). */
export class EraseUserDto extends TotpProofDto {
  @ApiProperty({ description: 'Why (the request received, its reference): kept in the audit trail' })
  @IsString()
  @Length(2, 300)
  reason: string;
}
