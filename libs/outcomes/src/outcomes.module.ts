import { Global, Module } from '@nestjs/common';
import { OUTCOME_CONSENSUS_PORT, OUTCOME_STATUS_PORT, SUGGESTION_PORT } from '@xs/contracts';
import { FollowUpsController } from './follow-up/follow-ups.controller';
import { FollowUpsRepository } from './follow-up/follow-up.repository';
import { FollowUpsService } from './follow-up/follow-ups.service';
import { MineController } from './mine/mine.controller';
import { MineRepository } from './mine/mine.repository';
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
  controllers: [
    OutcomesController,
    SuggestionsController,
    StatsController,
    FollowUpsController,
    MineController,
  ],
  providers: [
    ContextPorts,
    MineRepository,
    OutcomesRepository,
    OutcomesService,
    SuggestionsRepository,
    SuggestionsService,
    SuggestionFilesService,
    SuggestionPortAdapter,
    RemindersService,
    FollowUpsRepository,
    FollowUpsService,
    SupervisionRepository,
    StatsRepository,
    StatsService,
    PublicOutcomesRepository,
    OutcomesSeed,
    { provide: SUGGESTION_PORT, useExisting: SuggestionPortAdapter },
    { provide: OUTCOME_STATUS_PORT, useExisting: OutcomesService },
    { provide: OUTCOME_CONSENSUS_PORT, useExisting: OutcomesService },
  ],
  exports: [
    SUGGESTION_PORT,
    OUTCOME_CONSENSUS_PORT,
    StatsService,
    StatsRepository,
    OutcomesRepository,
    SuggestionsRepository,
    ContextPorts,
  ],
})
export class OutcomesModule {}
