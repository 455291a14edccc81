import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import type { Session } from '../sessions/session.entity';
import { JobsRepository } from './jobs.repository';

/** Days after the end at which an organiser is reminded to publish the outcome. */
export const CLOSING_REMINDER_DAYS = [3, 7];

export const JOB = {
  published: 'session.published',
  changed: 'session.changed',
  cancelled: 'session.cancelled',
  reminder: 'session.reminder',
  closing: 'session.closing',
  outcome: 'session.outcome',
} as const;

/**
 * How long after its publication an outcome is still news for the participants: a live publication is
 * told within seconds; one entered later for an old meeting (an import, the demo's past) is not told.
 */
export const OUTCOME_NEWS_MS = 2 * 86400_000;

/**
 * Turns session changes into queued jobs. Everything is keyed so that a repeat (a retried request,
 * two replicas reacting to one event) queues nothing new.
 */
@Injectable()
export class SessionNotices {
  constructor(
    private readonly jobs: JobsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private reminderMinutes(): number[] {
    return this.config.sessionReminderMinutes ?? [1440, 60];
  }

  async afterPublished(s: Session): Promise<void> {
    await this.jobs.enqueue(undefined, {
      kind: JOB.published,
      payload: { sessionId: s.id },
      runAt: new Date(),
      dedupeKey: `published:${s.id}`,
    });
    await this.scheduleReminders(s);
  }

  async afterChanged(before: Session, after: Session): Promise<void> {
    const moved =
      before.startsAt.getTime() !== after.startsAt.getTime() ||
      before.endsAt.getTime() !== after.endsAt.getTime();
    const relocated = before.workstationId !== after.workstationId || before.format !== after.format;
    if (!moved && !relocated) return;
    await this.jobs.enqueue(undefined, {
      kind: JOB.changed,
      payload: {
        sessionId: after.id,
        sequence: after.sequence,
        postponed: after.startsAt > before.startsAt,
        previousStartsAt: before.startsAt.toISOString(),
        previousPlace: before.placeName,
      },
      runAt: new Date(),
      dedupeKey: `changed:${after.id}:${after.sequence}`,
    });
    if (moved) await this.scheduleReminders(after);
  }

  async afterCancelled(s: Session): Promise<void> {
    await this.jobs.enqueue(undefined, {
      kind: JOB.cancelled,
      payload: { sessionId: s.id },
      runAt: new Date(),
      dedupeKey: `cancelled:${s.id}`,
    });
    await this.jobs.skipPending(s.id, [JOB.reminder]);
  }

  async afterEnded(s: Session): Promise<void> {
    const end = (s.endedAt ?? s.endsAt).getTime();
    for (const days of CLOSING_REMINDER_DAYS)
      await this.jobs.enqueue(undefined, {
        kind: JOB.closing,
        payload: { sessionId: s.id, days },
        runAt: new Date(end + days * 86400000),
        dedupeKey: `closing:${s.id}:${days}`,
      });
  }

  async outcomePublished(sessionId: string, publishedAt: Date): Promise<void> {
    await this.jobs.skipPending(sessionId, [JOB.closing]);
    if (Date.now() - publishedAt.getTime() > OUTCOME_NEWS_MS) return;
    await this.jobs.enqueue(undefined, {
      kind: JOB.outcome,
      payload: { sessionId },
      runAt: new Date(),
      dedupeKey: `outcome:${sessionId}`,
    });
  }

  /**
   * Reminders before the start; keyed by the start time, so a postponed session gets new ones and
   * the old ones find the start changed and skip themselves.
   */
  private async scheduleReminders(s: Session): Promise<void> {
    const now = Date.now();
    for (const minutes of this.reminderMinutes()) {
      const runAt = s.startsAt.getTime() - minutes * 60000;
      if (runAt <= now) continue;
      await this.jobs.enqueue(undefined, {
        kind: JOB.reminder,
        payload: { sessionId: s.id, minutes, startsAt: s.startsAt.toISOString() },
        runAt: new Date(runAt),
        dedupeKey: `reminder:${s.id}:${s.startsAt.toISOString()}:${minutes}`,
      });
    }
  }
}
