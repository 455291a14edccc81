export * from './outcomes.module';
export * from './stats/stats.service';
export * from './stats/stats.repository';
export * from './outcomes/context-ports';
export * from './exports/outcome-rows.repository';
export * from './outcomes/outcomes.repository';
export * from './suggestions/suggestions.repository';
export * from './suggestions/suggestion-rules';
export * from './suggestions/suggestion.entity';
export * from './outcomes/outcome.entity';
export { RegionPeriodQuery } from './outcomes/outcomes.dto';
import { OutcomeFile, SessionOutcome } from './outcomes/outcome.entity';
import { SessionSuggestionCounts } from './stats/suggestion-counts.entity';
import {
  Suggestion,
  SuggestionDepartment,
  SuggestionRating,
  SuggestionReminder,
  SuggestionTransition,
} from './suggestions/suggestion.entity';

import { SuggestionFollowUp, SuggestionFollowUpRating } from './follow-up/follow-up.entity';

export const outcomesEntities = [
  SessionOutcome,
  OutcomeFile,
  Suggestion,
  SuggestionDepartment,
  SuggestionTransition,
  SuggestionRating,
  SuggestionReminder,
  SessionSuggestionCounts,
  SuggestionFollowUp,
  SuggestionFollowUpRating,
];
export { FollowUpsService } from './follow-up/follow-ups.service';
export { outcomesMigrations } from './migrations';
export { OutcomesSeed } from './seed/outcomes.seed';
