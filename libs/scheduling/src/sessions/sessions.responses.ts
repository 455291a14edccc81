import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgendaKind, SessionFormat, SessionStatus } from '@xs/contracts';
import { AGENDA_KINDS, FORMATS, STATUSES } from './sessions.dto';

export class LatLngResponse {
  @ApiProperty() lat: number;
  @ApiProperty() lng: number;
}

export class SessionPlaceResponse {
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: () => LatLngResponse, nullable: true }) location: LatLngResponse | null;
}

export class AgendaItemResponse {
  @ApiProperty({ enum: AGENDA_KINDS, enumName: 'AgendaKind' }) kind: AgendaKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) minutes: number;
}

/** What anyone may see of a published session, without logging in. */
export class PublicSessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ format: 'uuid' }) workstationId: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: () => SessionPlaceResponse }) place: SessionPlaceResponse;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ enum: STATUSES, enumName: 'SessionStatus' }) status: SessionStatus;
  @ApiProperty({ enum: FORMATS, enumName: 'SessionFormat' }) format: SessionFormat;
  @ApiProperty({ type: 'integer', description: 'public seats residents can register for' }) capacity: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) registrationOpensAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) registrationClosesAt: Date | null;
  @ApiProperty({ type: () => AgendaItemResponse, isArray: true }) agenda: AgendaItemResponse[];
  @ApiProperty({ enum: ['signed_in', 'registered'], enumName: 'OnlineAccess' })
  onlineAccess: 'signed_in' | 'registered';
  @ApiProperty() allowAnonymousViewing: boolean;
  @ApiProperty({
    description: 'guests (anonymous viewers) may vote on statements; only with anonymous viewing',
  })
  allowGuestVoting: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'only when anonymous viewing is allowed' })
  streamUrl: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) topicId: string | null;
  @ApiPropertyOptional({ description: 'from `near`, rounded to 10 m' }) distanceKm?: number;
}

export class SessionResponse extends PublicSessionResponse {
  @ApiProperty({ type: 'integer', description: 'seats kept for invitees, separate from capacity' })
  reservedSeats: number;
  @ApiProperty({ enum: ['post', 'pre'], enumName: 'Moderation' }) moderation: 'post' | 'pre';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organiserId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: Date | null;
  @ApiProperty({ type: 'integer', description: 'minutes kept free after the session at its place' })
  bufferMinutes: number;
  @ApiProperty({ description: 'entered after it took place' }) recorded: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) seriesId: string | null;
  @ApiProperty({ type: 'integer' }) sequence: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) concludedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

export class SeriesOccurrenceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
}

export class SessionSeriesResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'FREQ=MONTHLY;BYMONTHDAY=22' }) rrule: string;
  @ApiProperty({ type: () => SeriesOccurrenceResponse, isArray: true }) sessions: SeriesOccurrenceResponse[];
}

/** The first session created; with `series` when an RRULE created several. */
export class SessionCreatedResponse extends SessionResponse {
  @ApiPropertyOptional({ type: () => SessionSeriesResponse }) series?: SessionSeriesResponse;
}
