import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Registrant, RegistrationPort, SessionChangedEvent } from '@xs/contracts';
import type { EntityManager } from 'typeorm';
import { UsersService } from '@xs/identity';
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
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    // Online attendance: the live context announces each join; unique per person and session.
    this.events.on('live.joined', (e) => this.repo.recordOnline(e.sessionId, e.userId));
    // Keep the end time the phone-erasure job measures from in step with the session.
    const refresh = async (e: SessionChangedEvent) => {
      const s = await this.access.lookup.get(e.sessionId);
      if (s) await this.repo.setSessionEnd(s.id, new Date(s.endedAt ?? s.endsAt));
    };
    for (const type of ['session.changed', 'session.ended', 'session.cancelled'] as const) {
      this.events.on(type, refresh);
    }
    // Erasure: seats to come are given up, every registration anonymised (the counts stay).
    this.events.on('user.erased', async (e) => {
      await this.service.eraseRegistrant(e.userId, e.phoneBidx);
    });
  }

  applyCapacity(m: EntityManager, sessionId: string, capacity: number): Promise<void> {
    return this.service.applyCapacity(m, sessionId, capacity);
  }

  async isRegistered(sessionId: string, userId: string): Promise<boolean> {
    return this.repo.isRegistered(sessionId, userId, await this.users.phoneIndexOf(userId));
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

  /** Accounts on the rows, plus the accounts signed in with a phone staff registered (identity by phone). */
  async participantUserIds(sessionId: string): Promise<string[]> {
    const [direct, bidxs] = await Promise.all([
      this.repo.participantUserIds(sessionId),
      this.repo.participantPhoneIndexes(sessionId),
    ]);
    return [...new Set([...direct, ...(await this.users.idsByPhoneIndex(bidxs))])];
  }

  sessionIdsOfParticipant(userId: string): Promise<string[]> {
    return this.repo.sessionIdsOfParticipant(userId);
  }
}
