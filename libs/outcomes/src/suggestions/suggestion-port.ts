import { Injectable } from '@nestjs/common';
import type { SuggestionPort } from '@xs/contracts';
import type { EntityManager } from 'typeorm';
import { ContextPorts } from '../outcomes/context-ports';
import { SuggestionsRepository } from './suggestions.repository';
import { SuggestionsService } from './suggestions.service';

/** SUGGESTION_PORT: the live room promotes a message or question to a draft suggestion. */
@Injectable()
export class SuggestionPortAdapter implements SuggestionPort {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly repo: SuggestionsRepository,
    private readonly ports: ContextPorts,
  ) {}

  async createDraft(input: Parameters<SuggestionPort['createDraft']>[0]): Promise<{ id: string }> {
    const session = await this.ports.session(input.sessionId);
    const id = await this.suggestions.createFor(
      session,
      {
        content: input.content,
        departmentIds: input.departmentIds,
        sourceMessageId: input.sourceMessageId,
        sourceQuestionId: input.sourceQuestionId,
        sourceUserId: input.sourceUserId,
        createdBy: input.createdBy,
      },
      { id: input.createdBy, name: null },
    );
    return { id };
  }

  assignReport(
    m: EntityManager,
    input: Parameters<SuggestionPort['assignReport']>[1],
  ): Promise<{ id: string; created: boolean }> {
    return this.suggestions.assignReport(m, input);
  }

  async reportHandling(
    reportIds: string[],
  ): Promise<{ reportId: string; suggestionId: string; status: string }[]> {
    if (!reportIds.length) return [];
    return (await this.repo.reportStatuses(reportIds)).map((r) => ({
      reportId: r.reportId,
      suggestionId: r.id,
      status: r.status,
    }));
  }

  async countFromUser(userId: string, from: Date, to: Date): Promise<{ total: number; adopted: number }> {
    const [r] = await this.repo.countFromUser(userId, from, to);
    return { total: r?.total ?? 0, adopted: r?.adopted ?? 0 };
  }
}
