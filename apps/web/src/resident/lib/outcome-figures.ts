import type { Schemas } from '../../shared/api/client';

/**
 * What the charts draw: the server's summary of every published outcome of the region (suggestions by
 * handling state, and residents' ratings).
 */
export type OutcomeFigures = Omit<
  Schemas['PublicOutcomesSummaryResponse'],
  'sessions' | 'people' | 'suggestions'
>;
