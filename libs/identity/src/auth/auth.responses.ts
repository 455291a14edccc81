import { ApiProperty } from '@nestjs/swagger';
import { UserResponse } from '../users/users.responses';

export class TokenPairResponse {
  @ApiProperty({ description: 'Bearer token for `Authorization`' }) accessToken: string;
  @ApiProperty({ description: 'Exchanged once at POST /auth/refresh for a new pair' }) refreshToken: string;
  @ApiProperty({ type: 'integer', description: 'Seconds the access token lives' }) expiresIn: number;
  @ApiProperty({ type: () => UserResponse }) user: UserResponse;
}

export class SmsSentResponse {
  @ApiProperty({ enum: [true] }) sent: true;
}
