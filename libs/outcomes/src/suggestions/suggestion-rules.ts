import type { SuggestionStatus } from './suggestion.entity';

export type SuggestionAction = 'assign' | 'reply' | 'complete' | 'reject';

/** docs/api.md: draft → assigned → replied → completed; rejected from draft or assigned. */
const FROM: Record<SuggestionAction, SuggestionStatus[]> = {
  assign: ['draft'],
  reply: ['assigned'],
  complete: ['replied'],
  reject: ['draft', 'assigned'],
};

export const TARGET: Record<SuggestionAction, SuggestionStatus> = {
  assign: 'assigned',
  reply: 'replied',
  complete: 'completed',
  reject: 'rejected',
};

export function allowedFrom(action: SuggestionAction): readonly SuggestionStatus[] {
  return FROM[action];
}

export function mayTransition(action: SuggestionAction, from: SuggestionStatus): boolean {
  return FROM[action].includes(from);
}

export { SUGGESTION_STATUS_ZH as STATUS_ZH, REPLY_GRADE_ZH as GRADE_ZH } from '@xs/contracts';

export const RATING_ZH: Record<string, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

/**
 * The start of a suggestion's text, to tell apart the notices of several suggestions from one meeting
 * (they were identical): its first 24 characters on one line, then "…".
 */
export function gist(content: string, length = 24): string {
  const chars = [...content.replace(/\s+/g, ' ').trim()];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}
