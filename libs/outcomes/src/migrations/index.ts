import { OutcomesBase1795422849278 } from './1795422849278-outcomes-base';
import { OutcomesExportOrder1795422925454 } from './1795422925454-outcomes-export-order';
import { OutcomesRatingCounts1795424678667 } from './1795424678667-outcomes-rating-counts';
import { OutcomesStatsCover1795424984602 } from './1795424984602-outcomes-stats-cover';
import { OutcomesSuggestionCounts1795425764575 } from './1795425764575-outcomes-suggestion-counts';
import { OutcomesReportOrigin1796171290605 } from './1796171290605-outcomes-report-origin';

import { OutcomesFollowUps1796181957117 } from './1796181957117-outcomes-follow-ups';
export const outcomesMigrations = [
  OutcomesBase1795422849278,
  OutcomesExportOrder1795422925454,
  OutcomesRatingCounts1795424678667,
  OutcomesStatsCover1795424984602,
  OutcomesSuggestionCounts1795425764575,
  OutcomesReportOrigin1796171290605,
  OutcomesFollowUps1796181957117,
];
