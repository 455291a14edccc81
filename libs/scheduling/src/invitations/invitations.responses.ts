import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { STATUSES } from '../sessions/sessions.dto';
import type { InvitationStatus, InviteeKind } from './invitation.entity';

export const INVITEE_KINDS: InviteeKind[] = ['member', 'department', 'expert'];
export const INVITATION_STATUSES: InvitationStatus[] = ['invited', 'accepted', 'declined'];

export class InvitedSessionResponse {
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ description: 'place name' }) place: string;
  @ApiProperty({ enum: STATUSES, enumName: 'SessionStatus' }) status: string;
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ enum: INVITEE_KINDS, enumName: 'InviteeKind' }) kind: InviteeKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) memberId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) org: string | null;
  @ApiProperty({ description: 'how the invitee was chosen: manual, workstation, sector, …' }) via: string;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'InvitationStatus' }) status: InvitationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiPropertyOptional({ type: () => InvitedSessionResponse }) session?: InvitedSessionResponse;
}

export class InvitationCountsResponse {
  @ApiProperty({ type: 'integer' }) invited: number;
  @ApiProperty({ type: 'integer' }) accepted: number;
  @ApiProperty({ type: 'integer' }) declined: number;
}

export class InvitationsCreatedResponse {
  @ApiProperty({ type: () => InvitationResponse, isArray: true }) items: InvitationResponse[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer', description: 'new invitations (the others existed already)' })
  created: number;
  @ApiProperty({ type: 'integer' }) reservedSeats: number;
}

export class SessionInvitationsResponse {
  @ApiProperty({ type: () => InvitationResponse, isArray: true }) items: InvitationResponse[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: () => InvitationCountsResponse }) counts: InvitationCountsResponse;
  @ApiProperty({ type: 'integer' }) reservedSeats: number;
}

export class MyInvitationResponse extends OmitType(InvitationResponse, ['session'] as const) {
  @ApiProperty({ type: () => InvitedSessionResponse }) session: InvitedSessionResponse;
}
