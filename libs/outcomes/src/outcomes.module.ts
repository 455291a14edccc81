import { forwardRef, Module } from '@nestjs/common';
import { IdentityModule } from '@xs/identity';
import { DirectoryModule } from '@xs/directory';
import { SchedulingModule } from '@xs/scheduling';
import { RegistrationModule } from '@xs/registration';
import { LiveModule } from '@xs/live';
import { OutcomeReadAdapter } from './exports/outcome-read.port';
import { OutcomeRowsRepository } from './exports/outcome-rows.repository';
import {
  OUTCOME_CONSENSUS_PORT,
  OUTCOME_READ_PORT,
  OUTCOME_STATUS_PORT,
  SUGGESTION_PORT,
} from '@xs/contracts';
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
import { OutcomesErasureListener } from './erasure/outcomes-erasure.listener';
import { OutcomesErasureRepository } from './erasure/outcomes-erasure.repository';

/** Outcomes and the closed loop: outcome, suggestions, department work, ratings, statistics. */
@Module({
  imports: [
    forwardRef(() => IdentityModule),
    forwardRef(() => DirectoryModule),
    forwardRef(() => SchedulingModule),
    forwardRef(() => RegistrationModule),
    forwardRef(() => LiveModule),
  ],
  controllers: [
    OutcomesController,
    SuggestionsController,
    StatsController,
    FollowUpsController,
    MineController,
  ],
  providers: [
    OutcomesErasureRepository,
    OutcomesErasureListener,
    OutcomeRowsRepository,
    OutcomeReadAdapter,
    { provide: OUTCOME_READ_PORT, useExisting: OutcomeReadAdapter },
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
  exports: [SUGGESTION_PORT, OUTCOME_CONSENSUS_PORT, OUTCOME_STATUS_PORT, OUTCOME_READ_PORT],
})
export class OutcomesModule {}
