import type { SessionSnapshot } from '@xs/contracts';
import type { Session } from './session.entity';

export function toSnapshot(s: Session): SessionSnapshot {
  return {
    id: s.id,
    title: s.title,
    topicId: s.topicId,
    workstationId: s.workstationId,
    regionCode: s.regionCode,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    status: s.status,
    format: s.format,
    capacity: s.capacity,
    reservedSeats: s.reservedSeats,
    registrationOpensAt: s.registrationOpensAt,
    registrationClosesAt: s.registrationClosesAt,
    onlineAccess: s.onlineAccess,
    allowAnonymousViewing: s.allowAnonymousViewing,
    allowGuestVoting: s.allowGuestVoting,
    moderation: s.moderation,
    streamUrl: s.streamUrl,
    agenda: s.agenda,
    organiserId: s.organiserId,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
  };
}

export interface SessionView extends Omit<SessionSnapshot, 'startsAt' | 'endsAt'> {
  startsAt: string;
  endsAt: string;
  description: string | null;
  place: { name: string; address: string; location: { lat: number; lng: number } | null };
  bufferMinutes: number;
  recorded: boolean;
  seriesId: string | null;
  sequence: number;
  publishedAt: Date | null;
  concludedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  distanceKm?: number;
}

export function toSessionView(s: Session, distanceKm?: number | null): SessionView {
  const v: SessionView = {
    ...toSnapshot(s),
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    description: s.description,
    place: {
      name: s.placeName,
      address: s.placeAddress,
      location: s.lat !== null && s.lng !== null ? { lat: s.lat, lng: s.lng } : null,
    },
    bufferMinutes: s.bufferMinutes,
    recorded: s.recorded,
    seriesId: s.seriesId,
    sequence: s.sequence,
    publishedAt: s.publishedAt,
    concludedAt: s.concludedAt,
    cancelledAt: s.cancelledAt,
    cancelReason: s.cancelReason,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
  if (distanceKm !== undefined && distanceKm !== null) v.distanceKm = Math.round(distanceKm * 100) / 100;
  return v;
}

/** What anyone may see without logging in: no organiser id, no internal fields. */
export function toPublicSessionView(s: Session, distanceKm?: number | null) {
  const v = toSessionView(s, distanceKm);
  return {
    id: v.id,
    title: v.title,
    description: v.description,
    workstationId: v.workstationId,
    regionCode: v.regionCode,
    place: v.place,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    status: v.status,
    format: v.format,
    capacity: v.capacity,
    registrationOpensAt: v.registrationOpensAt,
    registrationClosesAt: v.registrationClosesAt,
    agenda: v.agenda,
    onlineAccess: v.onlineAccess,
    allowAnonymousViewing: v.allowAnonymousViewing,
    allowGuestVoting: v.allowGuestVoting,
    streamUrl: v.allowAnonymousViewing ? v.streamUrl : null,
    topicId: v.topicId,
    ...(v.distanceKm !== undefined ? { distanceKm: v.distanceKm } : {}),
  };
}
