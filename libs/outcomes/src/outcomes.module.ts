import { Global, Module } from '@nestjs/common';
import { OUTCOME_STATUS_PORT, SUGGESTION_PORT } from '@xs/contracts';
import { ContextPorts } from './outcomes/context-ports';
import { OutcomesController } from './outcomes/outcomes.controller';
import { OutcomesRepository } from './outcomes/outcomes.repository';
import { OutcomesService } from './outcomes/outcomes.service';
import { PublicOutcomesRepository } from './public/public-outcomes.repository';
import { OutcomesSeed } from './seed/outcomes.seed';
import { StatsController } from './stats/stats.controller';
import { StatsRepository } from './stats/stats.repository';
import { StatsService } from './stats/stats.service';
import { SuggestionFilesService } from './suggestions/suggestion-files.service';
import { SuggestionPortAdapter } from './suggestions/suggestion-port';
import { SuggestionsController } from './suggestions/suggestions.controller';
import { SuggestionsRepository } from './suggestions/suggestions.repository';
import { SuggestionsService } from './suggestions/suggestions.service';
import { RemindersService } from './supervision/reminders.service';
import { SupervisionRepository } from './supervision/supervision.repository';

/** Outcomes and the closed loop: outcome, suggestions, department work, ratings, statistics. */
@Global()
@Module({
  controllers: [OutcomesController, SuggestionsController, StatsController],
  providers: [
    ContextPorts,
    OutcomesRepository,
    OutcomesService,
    SuggestionsRepository,
    SuggestionsService,
    SuggestionFilesService,
    SuggestionPortAdapter,
    RemindersService,
    SupervisionRepository,
    StatsRepository,
    StatsService,
    PublicOutcomesRepository,
    OutcomesSeed,
    { provide: SUGGESTION_PORT, useExisting: SuggestionPortAdapter },
    { provide: OUTCOME_STATUS_PORT, useExisting: OutcomesService },
  ],
  exports: [
    SUGGESTION_PORT,
    StatsService,
    StatsRepository,
    OutcomesRepository,
    SuggestionsRepository,
    ContextPorts,
  ],
})
export class OutcomesModule {}
