import { Inject, Injectable, Logger } from '@nestjs/common';
import { DIRECTORY_PORT, LIVE_STATS_PORT, NOTIFIER, REGISTRATION_PORT, SESSION_LOOKUP } from '@xs/contracts';
import type {
  DepartmentSnapshot,
  DirectoryPort,
  LiveStatsPort,
  Notice,
  Notifier,
  RegistrationPort,
  SessionLookup,
  SessionSnapshot,
} from '@xs/contracts';
import type { Attendance, SessionFacts } from './outcomes.repository';
import { Errors } from '../errors';

/** The other contexts this one asks, through their ports (each required: a missing one fails at boot). */
@Injectable()
export class ContextPorts {
  private readonly logger = new Logger('outcomes');

  constructor(
    @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup,
    @Inject(REGISTRATION_PORT) private readonly registration: RegistrationPort,
    @Inject(LIVE_STATS_PORT) private readonly live: LiveStatsPort,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  async session(id: string): Promise<SessionSnapshot> {
    const s = await this.sessions.get(id);
    if (!s) throw Errors.notFound('SESSION_NOT_FOUND');
    return s;
  }

  async sessionOrNull(id: string): Promise<SessionSnapshot | null> {
    return this.sessions.get(id);
  }

  facts(s: SessionSnapshot): SessionFacts {
    return {
      sessionId: s.id,
      regionCode: s.regionCode,
      workstationId: s.workstationId,
      organiserId: s.organiserId,
      title: s.title,
      startsAt: s.startsAt,
      endedAt: s.endedAt,
    };
  }

  /** On-site = checked in (walk-ins are checked in at the door); online from the live room. */
  async attendance(sessionId: string): Promise<Attendance> {
    const [counts, online] = await Promise.all([
      this.registration.counts(sessionId),
      this.live.onlineStats(sessionId),
    ]);
    return {
      registered: counts.confirmed,
      onsite: counts.checkedIn,
      onlineUnique: online.unique,
      onlinePeak: online.peak,
    };
  }

  /** Departments by id, all of which must exist; order kept (the first is the lead). */
  async departments(ids: string[]): Promise<DepartmentSnapshot[]> {
    const unique = [...new Set(ids)];
    if (unique.length !== ids.length) throw Errors.badInput('DUPLICATE_DEPARTMENT');
    const found = await this.directory.departments(unique);
    const byId = new Map(found.map((d) => [d.id, d]));
    const missing = unique.filter((id) => !byId.has(id));
    if (missing.length) throw Errors.badInput('UNKNOWN_DEPARTMENT', { departmentIds: missing });
    return unique.map((id) => byId.get(id)!);
  }

  async departmentsInRegion(regionCode: string): Promise<DepartmentSnapshot[]> {
    return this.directory.departmentsInRegion(regionCode);
  }

  async workstationName(id: string): Promise<string | null> {
    return (await this.directory.workstation(id))?.name ?? null;
  }

  async regionName(code: string): Promise<string | null> {
    return this.directory.regionName(code);
  }

  async issuingCommittee(code: string): Promise<string | null> {
    return this.directory.issuingCommittee(code);
  }

  /** Users who may rate as residents: registered or attended, plus the topic's proposer and supporters. */
  async raters(s: SessionSnapshot): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const id of await this.registration.participantUserIds(s.id)) ids.add(id);
    if (s.topicId) for (const id of await this.sessions.topicParticipantUserIds(s.topicId)) ids.add(id);
    return ids;
  }

  async endedSessionIds(before: Date, limit: number): Promise<string[]> {
    return this.sessions.endedSessionIds(before, limit);
  }

  async notify(userIds: string[], notice: Notice): Promise<void> {
    if (!userIds.length) return;
    try {
      // A notice that carries a text message is also texted to those with a phone.
      await this.notifier.notifyUsers([...new Set(userIds)], notice, { sms: !!notice.sms });
    } catch (e) {
      // A notice failing must not undo the work it announces; the reminder job tries again next day.
      this.logger.warn({ msg: 'notify failed', kind: notice.kind, error: (e as Error).message });
    }
  }
}
