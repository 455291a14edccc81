import type { PiiCipher } from '@xs/platform';
import type { SuggestionRow } from './suggestions.repository';

export interface SuggestionView {
  id: string;
  /** `session` (a consultation's suggestion) or `report` (a 社情民意 report with 批示 handed to departments). */
  origin: 'session' | 'report';
  sessionId: string | null;
  reportId: string | null;
  /** The session's title, or the report's. */
  sessionTitle: string;
  sessionStartsAt: string;
  regionCode: string;
  content: string;
  status: string;
  departments: {
    id: string;
    name: string;
    role: 'lead' | 'co';
    countersignedAt: string | null;
    opinion: string | null;
  }[];
  dueAt: string | null;
  overdue: boolean;
  sourceMessageId: string | null;
  sourceQuestionId: string | null;
  reply: {
    grade: string;
    content: string;
    adopted: boolean;
    submittedAt: string | null;
    awaitingCountersign: boolean;
    contactPhone: string | null;
  } | null;
  ratings: { satisfied: number; basicallySatisfied: number; unsatisfied: number };
  createdAt: string;
  assignedAt: string | null;
  repliedAt: string | null;
  completedAt: string | null;
  rejectedAt: string | null;
  rejectReason: string | null;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function isOverdue(r: Pick<SuggestionRow, 'status' | 'dueAt'>, now = new Date()): boolean {
  return r.status === 'assigned' && !!r.dueAt && new Date(r.dueAt) < now;
}

export function toSuggestionView(r: SuggestionRow, pii: PiiCipher, reveal: boolean): SuggestionView {
  return {
    id: r.id,
    origin: r.origin,
    sessionId: r.sessionId,
    reportId: r.reportId,
    sessionTitle: r.sessionTitle,
    sessionStartsAt: iso(r.sessionStartsAt)!,
    regionCode: r.regionCode,
    content: r.content,
    status: r.status,
    departments: r.departments.map((d) => ({
      id: d.id,
      name: d.name,
      role: d.role,
      countersignedAt: iso(d.countersignedAt),
      opinion: d.countersignOpinion,
    })),
    dueAt: iso(r.dueAt),
    overdue: isOverdue(r),
    sourceMessageId: r.sourceMessageId,
    sourceQuestionId: r.sourceQuestionId,
    reply: r.replyGrade
      ? {
          grade: r.replyGrade,
          content: r.replyContent ?? '',
          adopted: !!r.replyAdopted,
          submittedAt: iso(r.replySubmittedAt),
          awaitingCountersign: r.status === 'assigned',
          contactPhone: pii.reveal(r.replyContactPhoneEnc, reveal),
        }
      : null,
    ratings: {
      satisfied: r.satisfied,
      basicallySatisfied: r.basicallySatisfied,
      unsatisfied: r.unsatisfied,
    },
    createdAt: iso(r.createdAt)!,
    assignedAt: iso(r.assignedAt),
    repliedAt: iso(r.repliedAt),
    completedAt: iso(r.completedAt),
    rejectedAt: iso(r.rejectedAt),
    rejectReason: r.rejectReason,
  };
}
