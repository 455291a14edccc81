import { ApiProperty } from '@nestjs/swagger';
import type { OutcomeStatus } from './outcome.entity';
import type { SuggestionStatus } from '../suggestions/suggestion.entity';

export const OUTCOME_STATUSES: OutcomeStatus[] = ['pending', 'draft', 'published'];
export const SUGGESTION_STATUSES: SuggestionStatus[] = [
  'draft',
  'assigned',
  'replied',
  'completed',
  'rejected',
];
export const REPLY_GRADES = ['A', 'B', 'C'];
export const RATINGS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;

export class SuggestionDepartmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['lead', 'co'], enumName: 'DepartmentRole', description: 'lead 主办, co 会办' })
  role: 'lead' | 'co';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) countersignedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) opinion: string | null;
}

export class SuggestionReplyResponse {
  @ApiProperty({
    enum: REPLY_GRADES,
    enumName: 'ReplyGrade',
    description: 'A 已解决或采纳, B 列入计划, C 说明情况',
  })
  grade: string;
  @ApiProperty() content: string;
  @ApiProperty() adopted: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ description: 'co-handling departments have still to countersign' })
  awaitingCountersign: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'masked unless `pii:read`' }) contactPhone:
    string | null;
}

export class RatingCountsResponse {
  @ApiProperty({ type: 'integer' }) satisfied: number;
  @ApiProperty({ type: 'integer' }) basicallySatisfied: number;
  @ApiProperty({ type: 'integer' }) unsatisfied: number;
}

/** A suggestion to government departments (建议) and its handling. */
export class SuggestionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: ['session', 'report'],
    enumName: 'SuggestionOrigin',
    description:
      "session: a consultation's suggestion; report: a 社情民意 report with 批示 handed to departments",
  })
  origin: 'session' | 'report';
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "null for a report's suggestion",
  })
  sessionId: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the 社情民意 report it came from',
  })
  reportId: string | null;
  @ApiProperty({ description: "the session's title, or the report's" }) sessionTitle: string;
  @ApiProperty({ format: 'date-time' }) sessionStartsAt: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty() content: string;
  @ApiProperty({ enum: SUGGESTION_STATUSES, enumName: 'SuggestionStatus' }) status: string;
  @ApiProperty({ type: () => SuggestionDepartmentResponse, isArray: true })
  departments: SuggestionDepartmentResponse[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'the live message it came from' })
  sourceMessageId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the live question it came from' })
  sourceQuestionId: string | null;
  @ApiProperty({ type: () => SuggestionReplyResponse, nullable: true }) reply: SuggestionReplyResponse | null;
  @ApiProperty({ type: () => RatingCountsResponse }) ratings: RatingCountsResponse;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) assignedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) repliedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rejectedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
}

export class SuggestionTransitionResponse {
  @ApiProperty({ enum: SUGGESTION_STATUSES, enumName: 'SuggestionStatus', nullable: true }) from:
    string | null;
  @ApiProperty({ enum: SUGGESTION_STATUSES, enumName: 'SuggestionStatus' }) to: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

/** One suggestion with its history (who moved it from which status to which, when). */
export class SuggestionDetailResponse extends SuggestionResponse {
  @ApiProperty({ type: () => SuggestionTransitionResponse, isArray: true })
  transitions: SuggestionTransitionResponse[];
}

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: 'application/pdf' }) mime: string;
  @ApiProperty({ type: 'integer', description: 'bytes' }) size: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AttachmentListResponse {
  @ApiProperty({ type: () => AttachmentResponse, isArray: true }) items: AttachmentResponse[];
}

export class OutcomeAttendanceResponse {
  @ApiProperty({ type: 'integer' }) registered: number;
  @ApiProperty({ type: 'integer' }) onsite: number;
  @ApiProperty({ type: 'integer' }) onlineUnique: number;
  @ApiProperty({ type: 'integer' }) onlinePeak: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'when the figures were taken',
  })
  at: string | null;
}

/** A session's outcome (成果): summary, consensus, attendance, attachments and suggestions. */
export class OutcomeResponse {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ format: 'date-time' }) sessionStartsAt: string;
  @ApiProperty({ enum: OUTCOME_STATUSES, enumName: 'OutcomeStatus' }) status: OutcomeStatus;
  @ApiProperty({ description: '会议纪要' }) summary: string;
  @ApiProperty({ type: String, isArray: true, description: '共识, one point each' }) consensus: string[];
  @ApiProperty({ type: () => OutcomeAttendanceResponse }) attendance: OutcomeAttendanceResponse;
  @ApiProperty({ type: () => AttachmentResponse, isArray: true }) attachments: AttachmentResponse[];
  @ApiProperty({ type: () => SuggestionResponse, isArray: true, description: 'drafts only for staff' })
  suggestions: SuggestionResponse[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
}

export class TodoItemResponse {
  @ApiProperty({ enum: ['outcome.missing'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty({ enum: OUTCOME_STATUSES, enumName: 'OutcomeStatus' }) outcomeStatus: string;
  @ApiProperty({ type: 'integer' }) suggestions: number;
  @ApiProperty({ description: 'the caller organised it' }) mine: boolean;
}

export class RatingResultResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RATINGS, enumName: 'Rating' }) rating: string;
}

export class ReminderRunResponse {
  @ApiProperty({ type: 'integer' }) overdue: number;
  @ApiProperty({ type: 'integer' }) dueSoon: number;
}

export class OverdueDepartmentResponse {
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() name: string;
  @ApiProperty({
    type: 'integer',
    description: 'assigned suggestions past due still waiting for this department',
  })
  overdue: number;
  @ApiProperty({ type: String, format: 'date-time' }) oldestDueAt: string;
}

export class SentReminderResponse {
  @ApiProperty({ format: 'uuid' }) suggestionId: string;
  @ApiProperty({ enum: ['overdue', 'due_soon'] }) kind: string;
  @ApiProperty({ example: '2026-03-15', description: 'the Beijing day it was sent for' }) day: string;
  @ApiProperty({ type: String, format: 'date-time' }) sentAt: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty() content: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ type: String, isArray: true, description: 'departments still to answer' })
  departments: string[];
}

export class SupervisionOverviewResponse {
  @ApiProperty({ example: '530102' }) region: string;
  @ApiProperty({ type: () => OverdueDepartmentResponse, isArray: true, description: 'most overdue first' })
  overdueByDepartment: OverdueDepartmentResponse[];
  @ApiProperty({
    type: () => SentReminderResponse,
    isArray: true,
    description: 'the latest 100, newest first',
  })
  reminders: SentReminderResponse[];
}
