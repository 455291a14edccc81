import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SessionLookup, SessionSnapshot } from '@xs/contracts';
import { TopicsRepository } from '../topics/topics.repository';
import { toSnapshot } from './session-view';
import { SessionsRepository } from './sessions.repository';

/** The SESSION_LOOKUP port other contexts use instead of reading the sessions table. */
@Injectable()
export class SessionLookupService implements SessionLookup {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly topics: TopicsRepository,
  ) {}

  async get(id: string): Promise<SessionSnapshot | null> {
    const s = await this.sessions.findById(id);
    return s ? toSnapshot(s) : null;
  }

  topicParticipantUserIds(topicId: string): Promise<string[]> {
    return this.topics.participantUserIds(topicId);
  }

  async endedSessionIds(before: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM sessions WHERE status IN ('ended', 'concluded') AND ends_at < $1
        ORDER BY ends_at DESC, id LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  async openSessionIds(at: Date, limit: number): Promise<string[]> {
    // Open for registration: published, window started, and not closed (by default it closes at the start).
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM sessions
        WHERE status = 'published'
          AND (registration_opens_at IS NULL OR registration_opens_at <= $1)
          AND COALESCE(registration_closes_at, starts_at) > $1
        ORDER BY starts_at, id LIMIT $2`,
      [at, limit],
    );
    return rows.map((r) => r.id);
  }

  async acceptedInvitationSessionIds(memberId: string, from: Date, to: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM session_invitations i JOIN sessions s ON s.id = i.session_id
        WHERE i.member_id = $1 AND i.status = 'accepted' AND s.status <> 'cancelled'
          AND s.starts_at >= $2 AND s.starts_at < $3
        ORDER BY s.starts_at`,
      [memberId, from, to],
    );
    return rows.map((r) => r.id);
  }
}
