import { ApiProperty } from '@nestjs/swagger';
import { SESSION_STATUSES } from '@xs/contracts';
import type { SessionStatus } from '@xs/contracts';
import { REGISTRATION_STATUSES } from '../registrations/registration.entity';
import { TicketCodeResponse } from '../registrations/registrations.responses';

export class CheckInResponse {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) checkedInAt: string;
}

export class WalkInResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' })
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  @ApiProperty() walkIn: boolean;
  @ApiProperty({ format: 'date-time' }) checkedInAt: string;
  @ApiProperty({ type: () => TicketCodeResponse }) ticket: TicketCodeResponse;
}

export class OnlineCountResponse {
  @ApiProperty({ type: 'integer', description: 'different people who joined the live room' }) unique: number;
  @ApiProperty({ type: 'integer', description: 'most at once' }) peak: number;
}

export class AttendanceResponse {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SessionStatus' }) status: SessionStatus;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer' }) registered: number;
  @ApiProperty({ type: 'integer' }) confirmed: number;
  @ApiProperty({ type: 'integer' }) waitlisted: number;
  @ApiProperty({ type: 'integer' }) walkIns: number;
  @ApiProperty({ type: 'integer' }) cancelled: number;
  @ApiProperty({ type: 'integer' }) checkedIn: number;
  @ApiProperty({ type: 'integer' }) notCheckedIn: number;
  @ApiProperty({ type: () => OnlineCountResponse, nullable: true, description: 'null without a live room' })
  online: OnlineCountResponse | null;
  @ApiProperty({ format: 'date-time', description: 'when these figures were taken' }) at: string;
}
