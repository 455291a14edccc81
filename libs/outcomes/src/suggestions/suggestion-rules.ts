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

export const STATUS_ZH: Record<SuggestionStatus, string> = {
  draft: '草稿',
  assigned: '已交办',
  replied: '已答复',
  completed: '已办结',
  rejected: '不予采纳',
};

export const GRADE_ZH: Record<string, string> = {
  A: 'A类（已解决）',
  B: 'B类（正在解决）',
  C: 'C类（列入计划或说明情况）',
};

export const RATING_ZH: Record<string, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};
