import { Injectable, OnModuleInit } from '@nestjs/common';
import type { LiveAttendanceEvent, Registrant, RegistrationPort, SessionChangedEvent } from '@xs/contracts';
import { DomainEvents } from '@xs/platform';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { SessionAccess } from './session-access';

/** REGISTRATION_PORT for other contexts, and the hooks registration listens to. */
@Injectable()
export class RegistrationPortAdapter implements RegistrationPort, OnModuleInit {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly service: RegistrationsService,
    private readonly access: SessionAccess,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    // Online attendance: the live context announces each join; unique per person and session.
    this.events.on<LiveAttendanceEvent>('live.joined', (e) => this.repo.recordOnline(e.sessionId, e.userId));
    // Keep the end time the phone-erasure job measures from in step with the session.
    const refresh = async (e: SessionChangedEvent) => {
      const s = await this.access.lookup.get(e.sessionId);
      if (s) await this.repo.setSessionEnd(s.id, new Date(s.endedAt ?? s.endsAt));
    };
    for (const type of ['session.changed', 'session.ended', 'session.cancelled'] as const) {
      this.events.on<SessionChangedEvent>(type, refresh);
    }
  }

  applyCapacity(sessionId: string, capacity: number): Promise<void> {
    return this.service.applyCapacity(sessionId, capacity);
  }

  isRegistered(sessionId: string, userId: string): Promise<boolean> {
    return this.repo.isRegistered(sessionId, userId);
  }

  async registrants(sessionId: string): Promise<Registrant[]> {
    return (await this.repo.liveRegistrants(sessionId)).map((r) => ({
      registrationId: r.id,
      userId: r.userId,
      phoneEnc: r.phoneEnc,
      status: r.status as 'confirmed' | 'waitlisted',
      checkedIn: !!r.checkedInAt,
    }));
  }

  async counts(sessionId: string) {
    const c = await this.repo.counts(sessionId);
    return { confirmed: c.confirmed, waitlisted: c.waitlisted, checkedIn: c.checkedIn, walkIns: c.walkIns };
  }

  participantUserIds(sessionId: string): Promise<string[]> {
    return this.repo.participantUserIds(sessionId);
  }

  sessionIdsOfParticipant(userId: string): Promise<string[]> {
    return this.repo.sessionIdsOfParticipant(userId);
  }
}
