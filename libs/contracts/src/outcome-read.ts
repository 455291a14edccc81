/**
 * Outcomes provides it (OUTCOME_READ_PORT): what the exports context reads of outcomes — the rows of
 * its tables in keyset pages, the 统计 figures and a session's outcome with its suggestions — so that
 * exports never reaches into outcomes' repositories or tables.
 */

export type SuggestionStatus = 'draft' | 'assigned' | 'replied' | 'completed' | 'rejected';
export type ReplyGrade = 'A' | 'B' | 'C';

/** The words the documents and sheets use for a suggestion's status and a reply's grade. */
export const SUGGESTION_STATUS_ZH: Record<SuggestionStatus, string> = {
  draft: '草稿',
  assigned: '已交办',
  replied: '已答复',
  completed: '已办结',
  rejected: '不予采纳',
};
export const REPLY_GRADE_ZH: Record<string, string> = {
  A: 'A类（已解决）',
  B: 'B类（正在解决）',
  C: 'C类（列入计划或说明情况）',
};

/** A region (code prefix) and an optional [from, to) period on session start. */
export interface RegionPeriod {
  regionCode: string;
  from?: Date;
  to?: Date;
}

export interface StatsFigures {
  sessions: number;
  participants: { onsite: number; onlineUnique: number; onlinePeak: number };
  suggestions: { total: number; assigned: number; replied: number; completed: number; adopted: number };
  ratings: { total: number; satisfied: number; basicallySatisfied: number; unsatisfied: number };
  rates: {
    reply: number | null;
    completion: number | null;
    adoption: number | null;
    satisfaction: number | null;
  };
}

/** The total (regionCode null) first, then each child region. */
export interface StatsRow extends StatsFigures {
  regionCode: string | null;
}

export interface SuggestionExportRow {
  id: string;
  sessionTitle: string;
  sessionStartsAt: Date;
  regionCode: string;
  content: string;
  status: string;
  lead: string | null;
  co: string | null;
  assignedAt: Date | null;
  dueAt: Date | null;
  overdue: boolean;
  replyGrade: string | null;
  replyAdopted: boolean | null;
  replyContent: string | null;
  repliedAt: Date | null;
  completedAt: Date | null;
  rejectReason: string | null;
  replyContactPhoneEnc: string | null;
  fromLive: boolean;
  satisfied: number;
  basically: number;
  unsatisfied: number;
}

export interface SessionExportRow {
  sessionId: string;
  sessionTitle: string;
  sessionStartsAt: Date;
  regionCode: string;
  status: string;
  registeredCount: number;
  onsiteCount: number;
  onlineUnique: number;
  onlinePeak: number;
  consensusCount: number;
  suggestions: number;
  replied: number;
  adopted: number;
  publishedAt: Date | null;
}

/** A session's outcome as the 协商成果专报 tells it. */
export interface OutcomeReportView {
  sessionId: string;
  regionCode: string;
  workstationId: string;
  sessionTitle: string;
  sessionStartsAt: Date;
  summary: string;
  consensus: string[];
  onsiteCount: number;
  onlineUnique: number;
  onlinePeak: number;
  publishedAt: Date | null;
}

export interface OutcomeReportSuggestion {
  content: string;
  status: SuggestionStatus;
  dueAt: Date | null;
  replyGrade: ReplyGrade | null;
  replyAdopted: boolean | null;
  replyContent: string | null;
  departments: { name: string; role: 'lead' | 'co' }[];
}

export interface OutcomeReadPort {
  /** Checks the period (400 BAD_PERIOD when from ≥ to) and returns it. */
  period(regionCode: string, from?: Date, to?: Date): RegionPeriod;
  /** Consultation suggestions (not 社情民意 reports) in keyset pages, oldest session first. */
  suggestionRows(q: RegionPeriod, pageSize?: number): AsyncGenerator<SuggestionExportRow[]>;
  /** Session outcomes with their suggestion counts, in keyset pages. */
  sessionRows(q: RegionPeriod, pageSize?: number): AsyncGenerator<SessionExportRow[]>;
  /** The same figures as GET /stats: the total, then each child region. */
  statsRows(q: RegionPeriod): Promise<StatsRow[]>;
  /** The outcome and its suggestions, or null when none was formed. */
  report(sessionId: string): Promise<{
    outcome: OutcomeReportView;
    suggestions: OutcomeReportSuggestion[];
  } | null>;
}
export const OUTCOME_READ_PORT = 'xs:port:outcome-read';
