import { Inject, Injectable, Logger } from '@nestjs/common';
import { DIRECTORY_PORT, NOTIFIER, SUGGESTION_PORT, TOPIC_PORT } from '@xs/contracts';
import type {
  DirectoryPort,
  MemberSnapshot,
  Notice,
  Notifier,
  SuggestionPort,
  TopicPort,
  WorkstationSnapshot,
} from '@xs/contracts';
import type { EntityManager } from 'typeorm';
import { UsersService } from '@xs/identity';
import { Errors } from './errors';

/** What the opinion context asks other contexts, through their ports only. */
@Injectable()
export class OpinionPorts {
  private readonly logger = new Logger('opinion');

  constructor(
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    private readonly users: UsersService,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(SUGGESTION_PORT) private readonly suggestions: SuggestionPort,
    @Inject(TOPIC_PORT) private readonly topics: TopicPort,
  ) {}

  /** Makes a topic (议题) in scheduling from an entry. */
  createTopic(m: EntityManager, input: Parameters<TopicPort['createFromEntry']>[1]): Promise<{ id: string }> {
    return this.topics.createFromEntry(m, input);
  }

  /** Hands a report to departments through the outcomes context's suggestion flow. */
  assignReport(
    m: EntityManager,
    input: Parameters<SuggestionPort['assignReport']>[1],
  ): Promise<{ id: string; created: boolean }> {
    return this.suggestions.assignReport(m, input);
  }

  /** Where each assigned report's suggestion stands, by report id. */
  async handling(reportIds: string[]): Promise<Map<string, { suggestionId: string; status: string }>> {
    const rows = reportIds.length ? await this.suggestions.reportHandling(reportIds) : [];
    return new Map(rows.map((r) => [r.reportId, { suggestionId: r.suggestionId, status: r.status }]));
  }

  /** Enabled accounts handling these departments' work (承办人), to be told of an issue sent to them. */
  departmentHandlerIds(departmentIds: string[]): Promise<string[]> {
    return this.users.departmentHandlerIds(departmentIds);
  }

  async workstation(id: string): Promise<WorkstationSnapshot> {
    const w = await this.directory.workstation(id);
    if (!w || w.status === 'deleted') throw Errors.notFound('WORKSTATION_NOT_FOUND');
    return w;
  }

  memberForUser(userId: string): Promise<MemberSnapshot | null> {
    return this.directory.memberForUser(userId);
  }

  async isAssigned(memberId: string, workstationId: string): Promise<boolean> {
    return (await this.directory.assignedMemberIds(workstationId)).includes(memberId);
  }

  /** Members by id, all of which must exist. */
  async members(ids: string[]): Promise<MemberSnapshot[]> {
    const unique = [...new Set(ids)];
    const found = await this.directory.members(unique);
    const missing = unique.filter((id) => !found.some((m) => m.id === id));
    if (missing.length) throw Errors.badInput('UNKNOWN_MEMBER', { memberIds: missing });
    return unique.map((id) => found.find((m) => m.id === id)!);
  }

  async departmentNames(ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await this.directory.departments(unique);
    const missing = unique.filter((id) => !found.some((d) => d.id === id));
    if (missing.length) throw Errors.badInput('UNKNOWN_DEPARTMENT', { departmentIds: missing });
    return unique.map((id) => found.find((d) => d.id === id)!.name);
  }

  /** Members by id, those that exist (statistics keep counting work of a member since removed). */
  memberSnapshots(ids: string[]): Promise<MemberSnapshot[]> {
    return ids.length ? this.directory.members([...new Set(ids)]) : Promise.resolve([]);
  }

  regionName(code: string): Promise<string | null> {
    return this.directory.regionName(code).catch(() => null);
  }

  issuingCommittee(regionCode: string): Promise<string | null> {
    return this.directory.issuingCommittee(regionCode);
  }

  /** A failed notice never undoes what it announces; it is logged. */
  async notify(userIds: string[], notice: Notice): Promise<number> {
    if (!userIds.length) return 0;
    try {
      await this.notifier.notifyUsers([...new Set(userIds)], notice);
      return new Set(userIds).size;
    } catch (e) {
      this.logger.warn({ msg: 'notify failed', kind: notice.kind, error: (e as Error).message });
      return 0;
    }
  }
}
