import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SESSION_STATUSES } from '@xs/contracts';
import type { SessionStatus } from '@xs/contracts';
import { REGISTRANT_ROLES, REGISTRATION_STATUSES } from './registration.entity';

export class PrivacyNoticeResponse {
  @ApiProperty({ description: 'sent back with a registration as consent to this text' }) version: string;
  @ApiProperty() text: string;
}

export class TicketCodeResponse {
  @ApiProperty({ description: 'short code staff can type at the desk' }) code: string;
}

export class TicketResponse extends TicketCodeResponse {
  @ApiProperty({ description: 'signed payload the QR code carries' }) qr: string;
}

export class RegistrationResultResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted'] }) status: 'confirmed' | 'waitlisted';
  @ApiPropertyOptional({ type: 'integer', description: 'place on the waiting list, from 1' })
  position?: number;
  @ApiProperty({ type: () => TicketCodeResponse }) ticket: TicketCodeResponse;
}

/** A registration as staff see it; `phone` masked unless `pii:read`, null once erased. */
export class RegistrationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, example: '138****5678' }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: '社区/单位' }) community: string | null;
  @ApiProperty({ enum: REGISTRANT_ROLES, enumName: 'RegistrantRole' }) role: string;
  @ApiProperty({ type: String, nullable: true }) speakIntent: string | null;
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' }) status: string;
  @ApiPropertyOptional({ type: 'integer', description: 'place on the waiting list, from 1' })
  position?: number;
  @ApiProperty() walkIn: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedInAt: string | null;
  @ApiProperty() privacyNoticeVersion: string;
  @ApiProperty({ format: 'date-time' }) consentedAt: string;
  @ApiProperty({ description: 'the phone was erased (retention or request)' }) phoneErased: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** The registrant's own view: with the ticket while it is valid. */
export class OwnRegistrationResponse extends RegistrationResponse {
  @ApiProperty({ type: () => TicketResponse, nullable: true }) ticket: TicketResponse | null;
}

export class RegisteredSessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SessionStatus' }) status: SessionStatus;
}

export class MyRegistrationResponse extends OwnRegistrationResponse {
  @ApiProperty({
    type: () => RegisteredSessionResponse,
    nullable: true,
    description: 'null if it was removed',
  })
  session: RegisteredSessionResponse | null;
}

export class RegistrationCancelledResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['cancelled'] }) status: 'cancelled';
  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'registrations moved off the waiting list',
  })
  promoted: string[];
}
