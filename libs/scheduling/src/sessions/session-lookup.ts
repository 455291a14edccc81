import { Injectable } from '@nestjs/common';
import type { SessionLookup, SessionSnapshot } from '@xs/contracts';
import { TopicsRepository } from '../topics/topics.repository';
import { toSnapshot } from './session-view';
import { SessionsRepository } from './sessions.repository';

/** The SESSION_LOOKUP port other contexts use instead of reading the sessions table. */
@Injectable()
export class SessionLookupService implements SessionLookup {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly topics: TopicsRepository,
  ) {}

  async get(id: string): Promise<SessionSnapshot | null> {
    const s = await this.sessions.findById(undefined, id);
    return s ? toSnapshot(s) : null;
  }

  topicParticipantUserIds(topicId: string): Promise<string[]> {
    return this.topics.participantUserIds(topicId);
  }

  endedSessionIds(before: Date, limit: number): Promise<string[]> {
    return this.sessions.endedIds(before, limit);
  }

  openSessionIds(at: Date, limit: number): Promise<string[]> {
    return this.sessions.openForRegistrationIds(at, limit);
  }

  acceptedInvitationSessionIds(memberId: string, from: Date, to: Date): Promise<string[]> {
    return this.sessions.acceptedInvitationIds(memberId, from, to);
  }
}
