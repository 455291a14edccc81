import { Injectable } from '@nestjs/common';
import type {
  OutcomeReadPort,
  OutcomeReportSuggestion,
  OutcomeReportView,
  RegionPeriod,
  SessionExportRow,
  StatsRow,
  SuggestionExportRow,
} from '@xs/contracts';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import { StatsRepository } from '../stats/stats.repository';
import { StatsService } from '../stats/stats.service';
import { SuggestionsRepository } from '../suggestions/suggestions.repository';
import { OutcomeRowsRepository } from './outcome-rows.repository';

/** OUTCOME_READ_PORT: what the exports context reads of outcomes. */
@Injectable()
export class OutcomeReadAdapter implements OutcomeReadPort {
  constructor(
    private readonly rows: OutcomeRowsRepository,
    private readonly stats: StatsService,
    private readonly statsRepo: StatsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly suggestions: SuggestionsRepository,
  ) {}

  period(regionCode: string, from?: Date, to?: Date): RegionPeriod {
    return this.stats.period(regionCode, from, to);
  }

  suggestionRows(q: RegionPeriod, pageSize?: number): AsyncGenerator<SuggestionExportRow[]> {
    return this.rows.suggestions(q, pageSize);
  }

  sessionRows(q: RegionPeriod, pageSize?: number): AsyncGenerator<SessionExportRow[]> {
    return this.rows.sessions(q, pageSize);
  }

  statsRows(q: RegionPeriod): Promise<StatsRow[]> {
    return this.statsRepo.figures(q);
  }

  async report(
    sessionId: string,
  ): Promise<{ outcome: OutcomeReportView; suggestions: OutcomeReportSuggestion[] } | null> {
    const outcome = await this.outcomes.find(undefined, sessionId);
    if (!outcome) return null;
    return { outcome, suggestions: await this.suggestions.bySession(sessionId) };
  }
}
