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

export function isOverdue(r: Pick<SuggestionRow, 'status' | 'due_at'>, now = new Date()): boolean {
  return r.status === 'assigned' && !!r.due_at && new Date(r.due_at) < now;
}

export function toSuggestionView(r: SuggestionRow, pii: PiiCipher, reveal: boolean): SuggestionView {
  return {
    id: r.id,
    origin: r.origin,
    sessionId: r.session_id,
    reportId: r.report_id,
    sessionTitle: r.session_title,
    sessionStartsAt: iso(r.session_starts_at)!,
    regionCode: r.region_code,
    content: r.content,
    status: r.status,
    departments: r.departments.map((d) => ({
      id: d.id,
      name: d.name,
      role: d.role,
      countersignedAt: iso(d.countersignedAt),
      opinion: d.countersignOpinion,
    })),
    dueAt: iso(r.due_at),
    overdue: isOverdue(r),
    sourceMessageId: r.source_message_id,
    sourceQuestionId: r.source_question_id,
    reply: r.reply_grade
      ? {
          grade: r.reply_grade,
          content: r.reply_content ?? '',
          adopted: !!r.reply_adopted,
          submittedAt: iso(r.reply_submitted_at),
          awaitingCountersign: r.status === 'assigned',
          contactPhone: pii.reveal(r.reply_contact_phone_enc, reveal),
        }
      : null,
    ratings: {
      satisfied: r.satisfied,
      basicallySatisfied: r.basically_satisfied,
      unsatisfied: r.unsatisfied,
    },
    createdAt: iso(r.created_at)!,
    assignedAt: iso(r.assigned_at),
    repliedAt: iso(r.replied_at),
    completedAt: iso(r.completed_at),
    rejectedAt: iso(r.rejected_at),
    rejectReason: r.reject_reason,
  };
}
