import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
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
import { BadInputError, NotFoundError } from '@xs/platform';
import type { Attendance, SessionFacts } from './outcomes.repository';

/** The other contexts this one asks, each optional so the context runs (and is tested) on its own. */
@Injectable()
export class ContextPorts {
  private readonly logger = new Logger('outcomes');

  constructor(
    @Optional() @Inject(SESSION_LOOKUP) private readonly sessions?: SessionLookup,
    @Optional() @Inject(REGISTRATION_PORT) private readonly registration?: RegistrationPort,
    @Optional() @Inject(LIVE_STATS_PORT) private readonly live?: LiveStatsPort,
    @Optional() @Inject(DIRECTORY_PORT) private readonly directory?: DirectoryPort,
    @Optional() @Inject(NOTIFIER) private readonly notifier?: Notifier,
  ) {}

  async session(id: string): Promise<SessionSnapshot> {
    const s = this.sessions ? await this.sessions.get(id) : null;
    if (!s) throw new NotFoundError('SESSION_NOT_FOUND', '会议不存在');
    return s;
  }

  async sessionOrNull(id: string): Promise<SessionSnapshot | null> {
    return this.sessions ? this.sessions.get(id) : null;
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
    const counts = this.registration
      ? await this.registration.counts(sessionId)
      : { confirmed: 0, waitlisted: 0, checkedIn: 0, walkIns: 0 };
    const online = this.live ? await this.live.onlineStats(sessionId) : { unique: 0, peak: 0 };
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
    if (unique.length !== ids.length) throw new BadInputError('DUPLICATE_DEPARTMENT', '承办单位重复');
    if (!this.directory) throw new BadInputError('UNKNOWN_DEPARTMENT', '承办单位不存在');
    const found = await this.directory.departments(unique);
    const byId = new Map(found.map((d) => [d.id, d]));
    const missing = unique.filter((id) => !byId.has(id));
    if (missing.length)
      throw new BadInputError('UNKNOWN_DEPARTMENT', '承办单位不存在', { departmentIds: missing });
    return unique.map((id) => byId.get(id)!);
  }

  async departmentsInRegion(regionCode: string): Promise<DepartmentSnapshot[]> {
    return this.directory?.departmentsInRegion ? this.directory.departmentsInRegion(regionCode) : [];
  }

  async workstationName(id: string): Promise<string | null> {
    return this.directory ? ((await this.directory.workstation(id))?.name ?? null) : null;
  }

  async regionName(code: string): Promise<string | null> {
    return this.directory ? this.directory.regionName(code) : null;
  }

  /** Users who may rate as residents: registered or attended, plus the topic's proposer and supporters. */
  async raters(s: SessionSnapshot): Promise<Set<string>> {
    const ids = new Set<string>();
    if (this.registration) for (const id of await this.registration.participantUserIds(s.id)) ids.add(id);
    if (s.topicId && this.sessions?.topicParticipantUserIds)
      for (const id of await this.sessions.topicParticipantUserIds(s.topicId)) ids.add(id);
    return ids;
  }

  async endedSessionIds(before: Date, limit: number): Promise<string[]> {
    return this.sessions?.endedSessionIds ? this.sessions.endedSessionIds(before, limit) : [];
  }

  async notify(userIds: string[], notice: Notice): Promise<void> {
    if (!this.notifier || !userIds.length) return;
    try {
      // A notice that carries a text message is also texted to those with a phone.
      await this.notifier.notifyUsers([...new Set(userIds)], notice, { sms: !!notice.sms });
    } catch (e) {
      // A notice failing must not undo the work it announces; the reminder job tries again next day.
      this.logger.warn({ msg: 'notify failed', kind: notice.kind, error: (e as Error).message });
    }
  }
}
