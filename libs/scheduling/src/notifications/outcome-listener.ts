import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@xs/platform';
import { SessionsService } from '../sessions/sessions.service';

/**
 * An outcome published by the outcomes context concludes the session, stops closing reminders and tells
 * the participants.
 */
@Injectable()
export class OutcomeListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly sessions: SessionsService,
  ) {}

  onModuleInit(): void {
    this.events.on('outcome.published', (e) =>
      this.sessions.concludeFromOutcome(e.sessionId, new Date(e.publishedAt)),
    );
  }
}
